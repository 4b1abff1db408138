import { newUser, postJson, SocketClient } from '../kit/web';
import { OwnedServer, startOwnedServer } from './support';

interface Sent {
  type: string;
  text: string;
  id?: string;
}

describe('reply ids, feedback and forgetting, over real HTTP and websockets', () => {
  let owned: OwnedServer;
  let url: string;

  beforeAll(async () => {
    owned = await startOwnedServer();
    url = owned.server.url;
  });

  afterAll(() => owned?.close());

  async function ask(user: string, text: string): Promise<Sent[]> {
    const { status, json } = await postJson(`${url}/api/messages`, { type: 'message', text, user, channel: 'webhook' });
    expect(status).toBe(200);
    return json as Sent[];
  }

  const vote = (body: unknown) => postJson(`${url}/api/feedback`, body);
  const rows = (sql: string, params: unknown[] = []) => owned.db.query<Record<string, unknown>>(sql, params);

  it('gives every webhook reply and websocket frame an id of its own', async () => {
    const user = await newUser(owned.server);
    const replies = await ask(user, 'how often should I microneedle? and does it hurt?');
    expect(replies.length).toBe(2);
    for (const r of replies) expect(r.id).toMatch(/^[\w-]{16}\.[\w-]{22}$/);
    expect(replies[0].id).not.toBe(replies[1].id);

    const socket = await SocketClient.connect(url.replace('http', 'ws'));
    const socketUser = await newUser(owned.server);
    socket.send({ type: 'hello', user: socketUser, channel: 'websocket' });
    socket.send({ type: 'message', text: 'what are the benefits?', user: socketUser, channel: 'websocket' });
    const frames = (await socket.messages(2)) as Sent[];
    socket.close();
    expect(frames.every((f) => typeof f.id === 'string')).toBe(true);
  });

  it('takes a vote on the visitor’s own reply, and a second vote replaces the first', async () => {
    const user = await newUser(owned.server);
    const [reply] = await ask(user, 'how often should I microneedle?');
    expect((await vote({ user, reply: reply.id, rating: 'down', comment: '  how   many sessions\n' })).status).toBe(204);
    expect(await rows('SELECT rating, comment FROM feedback WHERE reply_id = ?', [reply.id])).toEqual([{ rating: 'down', comment: 'how many sessions' }]);
    expect((await vote({ user, reply: reply.id, rating: 'up' })).status).toBe(204);
    expect(await rows('SELECT rating, comment FROM feedback WHERE reply_id = ?', [reply.id])).toEqual([{ rating: 'up', comment: null }]);
  });

  it('answers 404 for another visitor’s reply or an unknown one, and stores nothing', async () => {
    const alice = await newUser(owned.server);
    const mallory = await newUser(owned.server);
    const [reply] = await ask(alice, 'how often should I microneedle?');
    for (const body of [
      { user: mallory, reply: reply.id, rating: 'down' },
      { user: alice, reply: 'AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA', rating: 'down' },
      { user: alice, reply: 'no-such-reply', rating: 'up' },
    ]) {
      const response = await vote(body);
      expect(response.status).toBe(404);
      expect(response.json).toEqual({ error: 'not_found', message: expect.any(String) });
    }
    expect(await rows('SELECT * FROM feedback WHERE reply_id = ?', [reply.id])).toEqual([]);
  });

  it('answers 400 JSON for a bad body and 401 for an unsigned user', async () => {
    const user = await newUser(owned.server);
    const [reply] = await ask(user, 'what is microneedling?');
    const bad: unknown[] = [
      '[]',
      'null',
      '"text"',
      '{"user":',
      {},
      { user, reply: reply.id },
      { user, reply: reply.id, rating: 'meh' },
      { user, rating: 'up' },
      { user, reply: 42, rating: 'up' },
      { user, reply: reply.id, rating: 'up', comment: 7 },
      { user, reply: reply.id, rating: 'down', comment: 'x'.repeat(501) },
      { user: 5, reply: reply.id, rating: 'up' },
    ];
    for (const body of bad) {
      const response = await postJson(`${url}/api/feedback`, body, typeof body === 'string');
      expect([response.status, response.type]).toEqual([400, expect.stringMatching(/json/)]);
    }
    expect((await vote({ user: 'made-up.id', reply: reply.id, rating: 'up' })).status).toBe(401);
  });

  it('logs each question with a hashed user, redacted text, outcome, subject and latency', async () => {
    const user = await newUser(owned.server);
    const [reply] = await ask(user, 'does it hurt? write to me at jane@example.com');
    await owned.server.insights.forget('nobody'); // flushes the queue
    const [row] = await rows('SELECT * FROM questions WHERE reply_id = ?', [reply.id]);
    expect(row).toEqual(
      expect.objectContaining({
        channel: 'webhook',
        question: 'does it hurt? write to me at [email]',
        outcome: 'not_covered',
        intent: 'not_covered',
        subject: 'pain',
        answer: reply.text,
      }),
    );
    expect(row.user_hash).not.toBe(user);
    expect(JSON.stringify(row)).not.toContain(user.split('.')[0]);
    expect(row.latency_ms).toBeGreaterThan(0);
    expect(row.at).toBeGreaterThan(Date.now() - 60_000);
  });

  it('forgets a visitor: their questions, votes and conversation context; nobody else’s', async () => {
    const user = await newUser(owned.server);
    const other = await newUser(owned.server);
    const [reply] = await ask(user, 'how often should I microneedle?');
    const [kept] = await ask(other, 'how often should I microneedle?');
    await vote({ user, reply: reply.id, rating: 'down' });
    await vote({ user: other, reply: kept.id, rating: 'down' });
    const inContext = (await ask(user, 'and for stretch marks?'))[0].text;
    expect(inContext).toMatch(/4-6 weeks/);

    expect((await postJson(`${url}/api/forget`, { user })).status).toBe(204);
    const ids = [reply.id, kept.id];
    expect(await rows('SELECT reply_id FROM questions WHERE reply_id IN (?, ?)', ids)).toEqual([{ reply_id: kept.id }]);
    expect(await rows('SELECT reply_id FROM feedback WHERE reply_id IN (?, ?)', ids)).toEqual([{ reply_id: kept.id }]);
    // Without the context, the follow-up is read on its own.
    expect((await ask(user, 'and for stretch marks?'))[0].text).not.toBe(inContext);
    expect((await postJson(`${url}/api/forget`, { user: 'forged.id' })).status).toBe(401);
    expect((await postJson(`${url}/api/forget`, '[1]', true)).status).toBe(400);
  });

  it('answers 503 to feedback and forget while the database is down, and answers questions as usual', async () => {
    const user = await newUser(owned.server);
    const [reply] = await ask(user, 'how often should I microneedle?');
    owned.db.mode = 'fail';
    try {
      expect((await ask(user, 'what is microneedling?'))[0].text).toMatch(/microneedling/i);
      expect((await vote({ user, reply: reply.id, rating: 'up' })).status).toBe(503);
      expect((await postJson(`${url}/api/forget`, { user })).status).toBe(503);
    } finally {
      owned.db.mode = 'ok';
    }
  });
});
