import Redis from 'ioredis';
import WebSocket from 'ws';
import { Instance } from '../kit/instances';
import { newUser } from '../kit/web';
import { redisAvailable, TestRedis } from '../kit/redis';

/**
 * SIGTERM on the built server, as an orchestrator stops an instance: websockets are closed with 1001 (the widget
 * reconnects, elsewhere behind a load balancer), a turn in flight is answered, new connections are refused and
 * the process exits 0 within 5 s. The turn is held in flight by taking its Redis turn lock from the test, so
 * the timing is deterministic rather than a race against a turn that takes a millisecond.
 */
const describeWithRedis = redisAvailable() ? describe : describe.skip;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithRedis('graceful shutdown on SIGTERM', () => {
  let redis: TestRedis;
  let client: Redis;
  let server: Instance | undefined;

  beforeAll(async () => {
    redis = await TestRedis.start();
    client = new Redis(redis.url);
  });
  afterEach(async () => {
    if (server?.running) console.error(`--- server output ---\n${server.output}`);
    await server?.kill('SIGKILL');
  });
  afterAll(async () => {
    client.disconnect();
    await redis.stop();
  });

  it('closes sockets with 1001, answers the turn in flight, refuses newcomers and exits 0 within 5 s', async () => {
    server = await Instance.start('shutdown', { REDIS_URL: redis.url, REDIS_PREFIX: 'shutdown:' });
    const instance = server;

    // A websocket visitor, greeted, so the socket is bound to its signed id.
    const socketUser = await newUser(instance);
    const socket = new WebSocket(instance.wsUrl);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const events: string[] = [];
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => {
        events.push(`close ${code}`);
        resolve({ code, reason: String(reason) });
      }),
    );
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; text?: string };
      events.push(frame.type === 'message' ? `message ${frame.text?.slice(0, 40)}` : frame.type);
    });
    const greeted = new Promise<void>((resolve) => socket.once('message', () => resolve()));
    socket.send(JSON.stringify({ type: 'hello', user: socketUser, channel: 'websocket' }));
    await greeted;

    // A webhook turn and a websocket turn that wait for their conversation's lock, held here as another
    // instance would hold it.
    const user = await newUser(instance);
    const lock = `shutdown:lock:webhook/${user}/${user}`;
    const socketLock = `shutdown:lock:websocket/${socketUser}/${socketUser}`;
    await client.set(lock, 'another-instance', 'PX', 10_000);
    await client.set(socketLock, 'another-instance', 'PX', 10_000);
    socket.send(JSON.stringify({ type: 'message', text: 'what is the aftercare?', user: socketUser, channel: 'websocket' }));
    const inFlight = fetch(`${instance.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'how often should I microneedle?', user, channel: 'webhook' }),
    }).then(async (response) => ({ status: response.status, body: await response.text() }));
    await sleep(300);

    const stoppedAt = Date.now();
    instance.child.kill('SIGTERM');
    await sleep(200);

    // The listener is closed: a new HTTP request or websocket cannot connect.
    await expect(fetch(`${instance.url}/healthz`, { signal: AbortSignal.timeout(1000) })).rejects.toThrow();
    const newcomer = new WebSocket(instance.wsUrl);
    await expect(
      new Promise((resolve, reject) => {
        newcomer.once('open', () => resolve('open'));
        newcomer.once('error', reject);
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
    expect(instance.running).toBe(true);

    // The other instance's turns end: the ones in flight go ahead and are answered in full.
    await client.del(lock, socketLock);
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as Array<{ text: string }>)[0].text).toMatch(/4-6 weeks/);

    expect(await closed).toEqual({ code: 1001, reason: 'server shutting down' });
    // The socket got its answer before being closed.
    expect(events.slice(1)).toEqual(['typing', expect.stringMatching(/^message .*aftercare advice/), 'close 1001']);
    const exit = await instance.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(instance.logs(50)).toEqual([]);
  }, 90_000);
});

describe('SIGTERM with memory state', () => {
  it('closes an idle websocket with 1001 and exits 0 at once', async () => {
    const server = await Instance.start('idle');
    try {
      const socket = new WebSocket(server.wsUrl);
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      const greeted = new Promise<void>((resolve) => socket.once('message', () => resolve()));
      socket.send(JSON.stringify({ type: 'hello', user: await newUser(server), channel: 'websocket' }));
      await greeted;
      const stoppedAt = Date.now();
      expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
      expect(Date.now() - stoppedAt).toBeLessThan(1000);
      expect(await closed).toBe(1001);
      expect(server.logs(50)).toEqual([]);
    } finally {
      await server.kill('SIGKILL');
    }
  }, 90_000);
});
