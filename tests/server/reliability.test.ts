import pino from 'pino';
import { startServer, RunningServer } from '../../src/server/app';
import { sharedBot } from '../kit/bot';
import { capturingLogger } from '../kit/channels';
import { newUser, postJson, say, SocketClient } from '../kit/web';

function start(rateLimitPerMinute: number, logger = pino({ level: 'silent' })): Promise<RunningServer> {
  return startServer({ bot: sharedBot(), logger, port: 0, host: '127.0.0.1', security: { rateLimitPerMinute } });
}

const ask = (server: RunningServer, user: string, text = 'is microneedling safe?') =>
  postJson(`${server.url}/api/messages`, { type: 'message', user, text, channel: 'webhook' });

describe('rate limits per user, per IP and per new id', () => {
  it('leaves a second id on the same IP fully served while a first one sends 10× its limit', async () => {
    const server = await start(3);
    try {
      const [flooder, neighbour] = [await newUser(server), await newUser(server)];
      const flood = [];
      for (let i = 0; i < 30; i++) flood.push((await ask(server, flooder)).status);
      expect(flood.filter((s) => s === 200)).toHaveLength(3);
      expect(flood.filter((s) => s === 429)).toHaveLength(27);
      // The per-IP allowance is 15: only the flooder's 3 accepted messages counted toward it.
      for (let i = 0; i < 3; i++) expect((await ask(server, neighbour)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('caps how many new ids one IP gets per minute', async () => {
    const server = await start(3);
    try {
      const statuses = [];
      for (let i = 0; i < 50; i++) statuses.push((await fetch(`${server.url}/api/session`, { method: 'POST' })).status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(47);
    } finally {
      await server.close();
    }
  });
});

describe('a message sent twice', () => {
  let server: RunningServer;
  const { logger, lines } = capturingLogger();
  const turns = () => lines.filter((l) => l.msg === 'turn').length;

  beforeAll(async () => {
    server = await start(0, logger);
  });
  afterAll(() => server.close());

  it('over the webhook runs one turn and gets the same replies twice', async () => {
    const user = await newUser(server);
    const before = turns();
    const first = await say(server, user, 'how often should I microneedle?', { id: 'msg-1' });
    const repeat = await say(server, user, 'how often should I microneedle?', { id: 'msg-1' });
    expect(repeat).toEqual(first);
    expect(first[0].text).toMatch(/4-6 weeks/);
    expect(turns() - before).toBe(1);
    // The context moved once: the follow-up reads the first question, and a new id is a new turn.
    expect((await say(server, user, 'and for scars?', { id: 'msg-2' }))[0].text).toMatch(/scars take more sessions/);
    expect(turns() - before).toBe(2);
  });

  it('over the websocket runs one turn and sends the same replies again', async () => {
    const client = await SocketClient.connect(server.url.replace('http', 'ws'));
    try {
      const user = await newUser(server);
      const before = turns();
      const frame = { type: 'message', user, channel: 'websocket', text: 'what are the benefits?', id: 'ws-1' };
      client.send(frame);
      const [first] = await client.messages(1);
      client.send(frame);
      const [, repeat] = await client.messages(2);
      expect(repeat).toEqual(first);
      expect(turns() - before).toBe(1);
    } finally {
      client.close();
    }
  });

  it('without an id is answered each time', async () => {
    const user = await newUser(server);
    const before = turns();
    await say(server, user, 'is microneedling safe?');
    await say(server, user, 'is microneedling safe?');
    expect(turns() - before).toBe(2);
  });
});
