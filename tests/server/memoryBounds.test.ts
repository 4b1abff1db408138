import { Writable } from 'node:stream';
import pino from 'pino';
import { RunningServer, startServer } from '../../src/server/app';
import { sharedBot } from '../kit/bot';
import { newUser, say as sayOverWebhook } from '../kit/web';

/** Conversations held in memory without Redis are bounded in time and count, and visitors never notice but by losing context. */
const FIRST = 'how often should I microneedle?';
const FOLLOW_UP = 'and for stretch marks?';

const servers: RunningServer[] = [];
afterEach(async () => {
  jest.useRealTimers();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(
  { ttlSeconds, maxConversations }: { ttlSeconds: number; maxConversations: number },
  rateLimitPerMinute = 30,
): Promise<{ server: RunningServer; logs: string[] }> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const server = await startServer({
    bot: sharedBot(),
    logger: pino({ level: 'debug' }, sink),
    port: 0,
    host: '127.0.0.1',
    env: {},
    contextTtlMs: ttlSeconds * 1000,
    memory: { maxConversations },
    security: { rateLimitPerMinute },
  });
  servers.push(server);
  return { server, logs };
}

async function say(server: RunningServer, user: string, text: string): Promise<string> {
  return (await sayOverWebhook(server, user, text)).map((m) => m.text).join('\n');
}

/** What a visitor with no context gets for the follow-up, and what one who just asked FIRST gets. */
async function followUpAnswers(server: RunningServer): Promise<{ fresh: string; inContext: string }> {
  const fresh = await say(server, await newUser(server), FOLLOW_UP);
  const user = await newUser(server);
  await say(server, user, FIRST);
  const inContext = await say(server, user, FOLLOW_UP);
  expect(inContext).not.toBe(fresh);
  return { fresh, inContext };
}

describe('conversations in memory', () => {
  it('answers an evicted conversation as a new one; the least recently used goes first, and eviction is logged', async () => {
    const { server, logs } = await start({ ttlSeconds: 600, maxConversations: 2 });
    const { fresh, inContext } = await followUpAnswers(server);
    const [a, b, c] = [await newUser(server), await newUser(server), await newUser(server)];
    await say(server, a, FIRST);
    await say(server, b, FIRST);
    // A's turn makes it the most recently used, so C's first turn evicts B.
    expect(await say(server, a, 'how many sessions will I need?')).not.toBe('');
    await say(server, c, FIRST);
    expect(await say(server, b, FOLLOW_UP)).toBe(fresh);
    expect(await say(server, c, FOLLOW_UP)).toBe(inContext);
    const evictions = logs
      .map((line) => JSON.parse(line) as { msg: string; evicted?: number })
      .filter((l) => l.msg === 'least recently used conversation evicted');
    expect(evictions.length).toBeGreaterThanOrEqual(3);
    expect(evictions.map((l) => l.evicted)).toEqual(evictions.map((_, i) => i + 1));
  });

  it('forgets a conversation idle for longer than its time to live, and answers it as a new one', async () => {
    jest.useFakeTimers({
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    const { server } = await start({ ttlSeconds: 60, maxConversations: 100 });
    const { fresh, inContext } = await followUpAnswers(server);
    const [idle, active] = [await newUser(server), await newUser(server)];
    await say(server, idle, FIRST);
    await say(server, active, FIRST);
    jest.setSystemTime(Date.now() + 45_000);
    await say(server, active, 'what are the benefits?');
    await say(server, active, FIRST);
    jest.setSystemTime(Date.now() + 30_000);
    expect(await say(server, idle, FOLLOW_UP)).toBe(fresh);
    expect(await say(server, active, FOLLOW_UP)).toBe(inContext);
  });
});
