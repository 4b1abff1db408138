import type { RunningServer } from '../../src/server/app';
import { startTestServer } from '../kit/server';
import { newUser, SocketClient } from '../kit/web';

describe('websocket', () => {
  let server: RunningServer;
  let wsUrl: string;
  const clients: SocketClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    wsUrl = server.url.replace('http', 'ws');
  });
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(() => server.close());

  const users = new Map<string, string>();
  async function idOf(name: string): Promise<string> {
    if (!users.has(name)) users.set(name, await newUser(server));
    return users.get(name) as string;
  }

  async function connect(): Promise<SocketClient> {
    const client = await SocketClient.connect(wsUrl);
    clients.push(client);
    return client;
  }

  it('welcomes on hello, then answers questions and follow-ups in order', async () => {
    const client = await connect();
    client.send({ type: 'hello', user: await idOf('ws-a'), channel: 'websocket' });
    const [welcome] = await client.messages(1);
    expect(welcome.text).toMatch(/not medical advice/);
    expect(welcome.quick_replies?.length).toBeGreaterThan(0);

    client.send({ type: 'message', text: 'what happens right after a session?', user: await idOf('ws-a'), channel: 'websocket' });
    await client.messages(3);
    client.send({ type: 'message', text: 'how long does that last?', user: await idOf('ws-a'), channel: 'websocket' });
    const messages = await client.messages(4);
    expect(messages[1].text).toMatch(/warm and tight/);
    expect(messages[2].text).toMatch(/doesn't cover other side effects/);
    expect(messages[3].text).toMatch(/hour or two/);
  });

  it('says welcome back on reconnect', async () => {
    const client = await connect();
    client.send({ type: 'welcome_back', user: await idOf('ws-b'), channel: 'websocket' });
    const [message] = await client.messages(1);
    expect(message.text).toMatch(/welcome back/i);
  });

  it('survives malformed frames and keeps answering', async () => {
    const client = await connect();
    client.send('not json at all');
    client.send('{"type":"message"');
    client.send({ type: 'message', user: await idOf('ws-c'), text: { evil: true } });
    client.send({ type: 'message', user: await idOf('ws-c'), text: 'is microneedling safe?' });
    const messages = await client.messages(2);
    expect(messages.map((m) => m.text).join(' ')).toMatch(/safest/);
    expect(client.frames.filter((f) => f.type === 'error')).toHaveLength(2);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("keeps each user's context apart", async () => {
    const [a, b] = [await connect(), await connect()];
    a.send({ type: 'message', user: await idOf('ws-d'), text: 'how often should I microneedle?' });
    b.send({ type: 'message', user: await idOf('ws-e'), text: 'what are the benefits?' });
    await Promise.all([a.messages(1), b.messages(1)]);
    a.send({ type: 'message', user: await idOf('ws-d'), text: 'and for scars?' });
    b.send({ type: 'message', user: await idOf('ws-e'), text: 'and for scars?' });
    const [[, forA], [, forB]] = await Promise.all([a.messages(2), b.messages(2)]);
    expect(forA.text).toMatch(/interval|4-6 weeks/);
    expect(forB.text).toMatch(/collagen and elastin/);
  });
});
