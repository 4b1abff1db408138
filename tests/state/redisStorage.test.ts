import Redis from 'ioredis';
import { RedisStorage } from '../../src/state/redisStorage';
import { redisAvailable, TestRedis } from '../kit/redis';

const describeWithRedis = redisAvailable() ? describe : describe.skip;

describeWithRedis('RedisStorage', () => {
  let redis: TestRedis;
  let client: Redis;
  let storage: RedisStorage;

  beforeAll(async () => {
    redis = await TestRedis.start();
    client = new Redis(redis.url);
    storage = new RedisStorage(client, { prefix: 'test:', ttlSeconds: 60 });
  });
  afterAll(async () => {
    client.disconnect();
    await redis.stop();
  });

  it('writes, reads and deletes items under its prefix', async () => {
    await storage.write({ 'a/1': { intent: 'frequency', updatedAt: 5 }, 'a/2': { n: 2 } });
    expect(await storage.read(['a/1', 'a/2', 'missing'])).toEqual({ 'a/1': { intent: 'frequency', updatedAt: 5 }, 'a/2': { n: 2 } });
    expect(await client.exists('test:a/1')).toBe(1);
    await storage.delete(['a/1']);
    expect(await storage.read(['a/1'])).toEqual({});
  });

  it('sets a time-to-live on every item', async () => {
    await storage.write({ ttl: { x: 1 } });
    const ttl = await client.ttl('test:ttl');
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
  });
});
