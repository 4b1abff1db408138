import type { RunningServer } from '../../src/server/app';
import { sharedBot } from '../kit/bot';
import { startTestServer } from '../kit/server';
import { newUser, postJson } from '../kit/web';

describe('webhook POST /api/messages', () => {
  let server: RunningServer;
  let endpoint: string;

  beforeAll(async () => {
    server = await startTestServer();
    endpoint = `${server.url}/api/messages`;
  });
  afterAll(() => server.close());

  const users = new Map<string, string>();
  /** Each test name stands for one visitor with a signed id of their own. */
  async function idOf(name: string): Promise<string> {
    if (!users.has(name)) users.set(name, await newUser(server));
    return users.get(name) as string;
  }
  const ask = async (text: unknown, name = 'visitor-1') => postJson(endpoint, { type: 'message', text, user: await idOf(name), channel: 'webhook' });

  it('reports health', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('answers a question with messages and quick replies in the web adapter format', async () => {
    const { status, json } = await ask('how often should I microneedle?', 'webhook-a');
    expect(status).toBe(200);
    const [message] = json as Array<{ type: string; text: string; quick_replies: Array<{ title: string; payload: string }> }>;
    expect(message.type).toBe('message');
    expect(message.text).toContain('4-6 weeks');
    expect(message.quick_replies.length).toBeGreaterThanOrEqual(2);
    expect(message.quick_replies[0]).toEqual({ title: expect.any(String), payload: expect.any(String) });
  });

  it('keeps follow-up context per user', async () => {
    await ask('how often should I microneedle?', 'webhook-b');
    await ask('what is the aftercare?', 'webhook-c');
    const b = (await ask('and for stretch marks?', 'webhook-b')).json as Array<{ text: string }>;
    expect(b[0].text).toMatch(/stretch marks.*more sessions/);
    const c = (await ask('why?', 'webhook-c')).json as Array<{ text: string }>;
    expect(c[0].text).toMatch(/healing/);
  });

  it('welcomes on hello with the disclaimer', async () => {
    const { json } = await postJson(endpoint, { type: 'hello', user: await idOf('webhook-d') });
    expect((json as Array<{ text: string }>)[0].text).toMatch(/not medical advice/);
  });

  it.each([
    ['malformed JSON', '{"type":', 400],
    ['a JSON array', '[1,2]', 400],
    ['a body over 16 KB', JSON.stringify({ type: 'message', user: 'x', text: 'a'.repeat(17_000) }), 413],
    ['a missing type', JSON.stringify({ text: 'hi', user: 'x' }), 400],
    ['a missing user', JSON.stringify({ type: 'message', text: 'hi' }), 401],
    ['a non-string user', JSON.stringify({ type: 'message', text: 'hi', user: { id: 1 } }), 401],
    ['a user id the server did not sign', JSON.stringify({ type: 'message', text: 'hi', user: 'visitor-1' }), 401],
    ['__proto__ as user id', JSON.stringify({ type: 'message', text: 'hi', user: '__proto__' }), 401],
    ['constructor as user id', JSON.stringify({ type: 'message', text: 'hi', user: 'constructor' }), 401],
  ])('answers %s with a JSON error, never a stack trace', async (_name, body, status) => {
    const response = await postJson(endpoint, body, true);
    expect(response.status).toBe(status);
    expect(response.type).toMatch(/application\/json/);
    expect(JSON.stringify(response.json)).not.toMatch(/at .*\.js|Error:/);
  });

  it('acknowledges an unknown event type with no reply', async () => {
    expect(await postJson(endpoint, { type: 'custom_event', user: await idOf('webhook-e') })).toMatchObject({ status: 200, json: [] });
  });

  it.each([[undefined], [''], [12345], [{ nested: true }]])('replies politely to text %p', async (text) => {
    const { status, json } = await ask(text, 'webhook-f');
    expect(status).toBe(200);
    expect((json as Array<{ text: string }>)[0].text).toMatch(/type your question/);
  });

  it('asks to shorten a message over 1,000 characters', async () => {
    const { json } = await ask('is it safe? '.repeat(100), 'webhook-g');
    expect((json as Array<{ text: string }>)[0].text).toMatch(/fewer than 1,000 characters/);
  });

  it('answers 404 in JSON for unknown paths', async () => {
    const response = await fetch(`${server.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found' });
  });
});

describe('a turn that fails', () => {
  it('apologises to the user and keeps the server alive', async () => {
    const bot = sharedBot();
    const failing = Object.create(bot) as typeof bot;
    failing.respond = () => {
      throw new Error('boom');
    };
    const server = await startTestServer(failing);
    try {
      const { status, json } = await postJson(`${server.url}/api/messages`, { type: 'message', text: 'how often?', user: await newUser(server) });
      expect(status).toBe(200);
      expect((json as Array<{ text: string }>)[0].text).toMatch(/something went wrong/i);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
