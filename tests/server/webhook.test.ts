import type { RunningServer } from '../../src/server/app';
import { sharedBot } from '../support/bot';
import { postJson, startTestServer } from '../support/server';

describe('webhook POST /api/messages', () => {
  let server: RunningServer;
  let endpoint: string;

  beforeAll(async () => {
    server = await startTestServer();
    endpoint = `${server.url}/api/messages`;
  });
  afterAll(() => server.close());

  const ask = (text: unknown, user = 'visitor-1') => postJson(endpoint, { type: 'message', text, user, channel: 'webhook' });

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
    const { json } = await postJson(endpoint, { type: 'hello', user: 'webhook-d' });
    expect((json as Array<{ text: string }>)[0].text).toMatch(/not medical advice/);
  });

  it.each([
    ['malformed JSON', '{"type":', 400],
    ['a JSON array', '[1,2]', 400],
    ['a body over 16 KB', JSON.stringify({ type: 'message', user: 'x', text: 'a'.repeat(17_000) }), 413],
    ['a missing user', JSON.stringify({ type: 'message', text: 'hi' }), 400],
    ['a non-string user', JSON.stringify({ type: 'message', text: 'hi', user: { id: 1 } }), 400],
    ['a user id with odd characters', JSON.stringify({ type: 'message', text: 'hi', user: '../../etc' }), 400],
  ])('answers %s with a JSON error, never a stack trace', async (_name, body, status) => {
    const response = await postJson(endpoint, body, true);
    expect(response.status).toBe(status);
    expect(response.type).toMatch(/application\/json/);
    expect(JSON.stringify(response.json)).not.toMatch(/at .*\.js|Error:/);
  });

  it('acknowledges an unknown event type with no reply', async () => {
    expect(await postJson(endpoint, { type: 'custom_event', user: 'webhook-e' })).toMatchObject({ status: 200, json: [] });
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
      const { status, json } = await postJson(`${server.url}/api/messages`, { type: 'message', text: 'how often?', user: 'unlucky' });
      expect(status).toBe(200);
      expect((json as Array<{ text: string }>)[0].text).toMatch(/something went wrong/i);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
