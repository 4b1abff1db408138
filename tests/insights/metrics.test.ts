import { newUser, postJson, SocketClient } from '../kit/web';
import { metric, OwnedServer, startOwnedServer } from './support';

describe('Prometheus metrics moving with real turns', () => {
  let owned: OwnedServer;
  let metricsUrl: string;

  beforeAll(async () => {
    owned = await startOwnedServer();
    metricsUrl = `${owned.server.url}/metrics`;
  });

  afterAll(() => owned?.close());

  const ask = (user: string, text: string) => postJson(`${owned.server.url}/api/messages`, { type: 'message', text, user, channel: 'webhook' });

  it('counts turns by channel and outcome, their latency, votes and open websockets', async () => {
    const before = {
      notCovered: await metric(metricsUrl, 'mnbot_turns_total', { channel: 'webhook', outcome: 'not_covered' }),
      answered: await metric(metricsUrl, 'mnbot_turns_total', { channel: 'websocket', outcome: 'answered' }),
      latency: await metric(metricsUrl, 'mnbot_turn_duration_seconds_count', { channel: 'webhook' }),
    };
    const user = await newUser(owned.server);
    const replies = (await ask(user, 'does it hurt?')).json as Array<{ id: string }>;
    await ask(user, 'is it safe during pregnancy?');
    expect(await metric(metricsUrl, 'mnbot_turns_total', { channel: 'webhook', outcome: 'not_covered' })).toBe(before.notCovered + 2);
    expect(await metric(metricsUrl, 'mnbot_turn_duration_seconds_count', { channel: 'webhook' })).toBe(before.latency + 2);

    const socket = await SocketClient.connect(owned.server.url.replace('http', 'ws'));
    const socketUser = await newUser(owned.server);
    socket.send({ type: 'message', text: 'how often should I microneedle?', user: socketUser, channel: 'websocket' });
    await socket.messages(1);
    expect(await metric(metricsUrl, 'mnbot_open_websockets')).toBe(1);
    expect(await metric(metricsUrl, 'mnbot_turns_total', { channel: 'websocket', outcome: 'answered' })).toBe(before.answered + 1);
    socket.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await metric(metricsUrl, 'mnbot_open_websockets')).toBe(0);

    await postJson(`${owned.server.url}/api/feedback`, { user, reply: replies[0].id, rating: 'down' });
    expect(await metric(metricsUrl, 'mnbot_feedback_total', { rating: 'down' })).toBe(1);
    expect(await metric(metricsUrl, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts question-log rows lost while the database fails, and keeps answering', async () => {
    // The earlier turns' rows wait for their batch: written first, so that only this turn's row meets the failure.
    await owned.server.insights.close();
    const before = await metric(metricsUrl, 'mnbot_question_log_write_failures_total', { reason: 'write_failed' });
    owned.db.mode = 'fail';
    try {
      const user = await newUser(owned.server);
      const { status, json } = await ask(user, 'how often should I microneedle?');
      expect(status).toBe(200);
      expect((json as Array<{ text: string }>)[0].text).toMatch(/4-6 weeks/);
      await owned.server.insights.close(); // waits for the queued write to fail
      expect(await metric(metricsUrl, 'mnbot_question_log_write_failures_total', { reason: 'write_failed' })).toBe(before + 1);
    } finally {
      owned.db.mode = 'ok';
    }
  });

  it('answers at once while the database hangs; the rows wait in the bounded queue', async () => {
    owned.db.mode = 'hang';
    try {
      const user = await newUser(owned.server);
      const started = Date.now();
      for (const q of ['how often should I microneedle?', 'what is microneedling?']) {
        const { status } = await ask(user, q);
        expect(status).toBe(200);
      }
      // Generous: the same two turns take milliseconds; a turn waiting on the hung database would never return.
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      owned.db.release();
    }
  });
});

describe('rate-limited requests', () => {
  let limited: OwnedServer;

  beforeAll(async () => {
    limited = await startOwnedServer({ security: { rateLimitPerMinute: 3 } });
  });

  afterAll(() => limited?.close());

  const ask = (user: string, text: string) => postJson(`${limited.server.url}/api/messages`, { type: 'message', text, user, channel: 'webhook' });

  it('counts rate-limited requests', async () => {
    const before = await metric(`${limited.server.url}/metrics`, 'mnbot_rate_limited_total');
    const user = await newUser(limited.server);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await ask(user, 'what is microneedling?')).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(await metric(`${limited.server.url}/metrics`, 'mnbot_rate_limited_total')).toBe(before + 2);
  });
});

describe('metrics on a port of their own', () => {
  let owned: OwnedServer;

  beforeAll(async () => {
    owned = await startOwnedServer({ siteOwner: { metricsPort: 0 } });
  });

  afterAll(() => owned?.close());

  it('serves /metrics only there', async () => {
    expect(owned.server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const response = await fetch(owned.server.metricsUrl as string);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('# TYPE mnbot_turns_total counter');
    expect((await fetch(`${owned.server.url}/metrics`)).status).toBe(404);
    expect((await fetch((owned.server.metricsUrl as string).replace('/metrics', '/other'))).status).toBe(404);
  });
});

describe('QUESTION_LOG=off', () => {
  let owned: OwnedServer;

  beforeAll(async () => {
    owned = await startOwnedServer({ siteOwner: { questionLog: false } });
  });

  afterAll(() => owned?.close());

  it('stores no question, still counts turns and takes feedback', async () => {
    const user = await newUser(owned.server);
    const { json } = await postJson(`${owned.server.url}/api/messages`, { type: 'message', text: 'does it hurt?', user, channel: 'webhook' });
    const [reply] = json as Array<{ id: string }>;
    await owned.server.insights.close();
    expect(await owned.db.query('SELECT * FROM questions')).toEqual([]);
    expect(await metric(`${owned.server.url}/metrics`, 'mnbot_turns_total', { channel: 'webhook', outcome: 'not_covered' })).toBe(1);
    expect((await postJson(`${owned.server.url}/api/feedback`, { user, reply: reply.id, rating: 'down' })).status).toBe(204);
  });
});
