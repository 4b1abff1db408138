import Redis from 'ioredis';
import { MemoryTurnLock, RedisTurnLock, TurnLock } from '../../src/state/turnLock';
import { redisAvailable, TestRedis } from '../kit/redis';

/** Starts three overlapping turns of one conversation and records when each starts and ends. */
async function overlappingTurns(locks: TurnLock[]): Promise<string[]> {
  const events: string[] = [];
  const turn = (name: string, ms: number) => async () => {
    events.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    events.push(`end ${name}`);
  };
  await Promise.all([locks[0].run('c', turn('1', 60)), locks[1 % locks.length].run('c', turn('2', 5)), locks[0].run('c', turn('3', 5))]);
  return events;
}

describe('MemoryTurnLock', () => {
  it('runs the turns of one conversation one at a time, in order', async () => {
    expect(await overlappingTurns([new MemoryTurnLock()])).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('keeps going after a failed turn', async () => {
    const lock = new MemoryTurnLock();
    await expect(lock.run('c', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run('c', async () => 'next')).resolves.toBe('next');
  });
});

const describeWithRedis = redisAvailable() ? describe : describe.skip;

describeWithRedis('RedisTurnLock', () => {
  let redis: TestRedis;
  const clients: Redis[] = [];
  const options = { prefix: 'lock:', leaseMs: 2000, waitMs: 2000 };

  beforeAll(async () => {
    redis = await TestRedis.start();
  });
  afterAll(async () => {
    clients.forEach((c) => c.disconnect());
    await redis.stop();
  });

  /** An instance whose client is connected: without an offline queue, a command sent before that fails and the turn goes unlocked. */
  async function instance(onDegraded: (err: unknown) => void = () => undefined): Promise<RedisTurnLock> {
    const client = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    clients.push(client);
    if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
    return new RedisTurnLock(client, options, onDegraded);
  }

  it('serialises one conversation across two instances', async () => {
    const degraded: unknown[] = [];
    const [a, b] = await Promise.all([instance((err) => degraded.push(err)), instance((err) => degraded.push(err))]);
    const events = await overlappingTurns([a, b]);
    expect(degraded).toEqual([]);
    for (let i = 0; i < events.length; i += 2) expect(events[i].replace('start', 'end')).toBe(events[i + 1]);
  });

  it('goes ahead without the lock when Redis is away', async () => {
    const lock = await instance();
    await redis.stop();
    await expect(lock.run('c', async () => 'answered')).resolves.toBe('answered');
    await redis.restart();
  });
});
