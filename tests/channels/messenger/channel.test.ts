import { truncate } from '../../../src/channels/split';
import type { RunningServer } from '../../../src/server/app';
import { coreAnswer, hexHmac, post, startChannelServer } from '../../kit/channels';
import nock, { bodyOf, isolateNetwork, restoreNetwork } from '../../kit/nock';
import { expectDeliveredOnceRestored, expectDroppedAfterRetries, expectQueuedWhileDegraded, Outage, SHORT_RETRY, withChannelServer } from '../../kit/outage';

const APP_SECRET = 'messenger-app-secret';
const VERIFY_TOKEN = 'my-verify-token';
const PAGE_ID = '1111';
const ENV = { MESSENGER_VERIFY_TOKEN: VERIFY_TOKEN, MESSENGER_ACCESS_TOKEN: 'page-token', MESSENGER_APP_SECRET: APP_SECRET };

interface SendCall {
  query: URLSearchParams;
  body: {
    recipient: { id: string };
    messaging_type: string;
    message: { text: string; quick_replies?: Array<{ content_type: string; title: string; payload: string }> };
  };
}

const sent: SendCall[] = [];

function mockGraphApi(): void {
  nock('https://graph.facebook.com')
    .persist()
    .get('/v21.0/me')
    .query(true)
    .reply(200, { id: PAGE_ID, name: 'Microneedling page' })
    .post('/v21.0/me/messages')
    .query(true)
    .reply(200, (uri: string, requestBody: unknown) => {
      sent.push({ query: new URL(uri, 'https://graph.facebook.com').searchParams, body: JSON.parse(bodyOf(requestBody)) as SendCall['body'] });
      return { recipient_id: 'x', message_id: `m_${sent.length}` };
    });
}

function messageEvent(sender: string, message: Record<string, unknown>): string {
  return JSON.stringify({
    object: 'page',
    entry: [
      {
        id: PAGE_ID,
        time: Date.now(),
        messaging: [{ sender: { id: sender }, recipient: { id: PAGE_ID }, timestamp: Date.now(), message: { mid: `mid.${Date.now()}`, ...message } }],
      },
    ],
  });
}

describe('Messenger channel', () => {
  let server: RunningServer;
  let endpoint: string;

  beforeAll(async () => {
    isolateNetwork();
    mockGraphApi();
    server = await startChannelServer(ENV);
    endpoint = `${server.url}/api/messenger`;
  });
  afterAll(async () => {
    await server.close();
    restoreNetwork();
  });
  beforeEach(() => sent.splice(0));

  const signedPost = (body: string) =>
    post(endpoint, body, { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${hexHmac('sha256', APP_SECRET, body)}` });

  it('is enabled at /api/messenger', () => {
    expect(server.channels).toEqual([{ name: 'messenger', path: '/api/messenger' }]);
  });

  it('still answers at its earlier path, /api/facebook', async () => {
    const body = messageEvent('2001', { text: 'how often should I microneedle?' });
    const response = await post(`${server.url}/api/facebook`, body, {
      'content-type': 'application/json',
      'x-hub-signature-256': `sha256=${hexHmac('sha256', APP_SECRET, body)}`,
    });
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0].body.recipient.id).toBe('2001');
    expect(await post(`${server.url}/api/facebook`, body, { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' })).toMatchObject({
      status: 401,
    });
  });

  it('echoes the challenge of the verification handshake', async () => {
    const response = await fetch(`${endpoint}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1158201444');
  });

  it('refuses the handshake with a wrong verify token (403)', async () => {
    const response = await fetch(`${endpoint}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444`);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'forbidden' });
  });

  it('answers a signed message through the Send API: recipient, plain text and quick replies', async () => {
    const response = await signedPost(messageEvent('2001', { text: 'how often should I microneedle?' }));
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
    const [{ query, body }] = sent;
    expect(query.get('access_token')).toBe('page-token');
    expect(query.get('appsecret_proof')).toBe(hexHmac('sha256', APP_SECRET, 'page-token'));
    expect(body.recipient).toEqual({ id: '2001' });
    expect(body.messaging_type).toBe('RESPONSE');
    expect(body.message.text).toContain('4-6 weeks');
    const expected = coreAnswer('how often should I microneedle?').suggestions;
    expect(body.message.quick_replies).toEqual(expected.map((s) => ({ content_type: 'text', title: truncate(s.title, 20), payload: s.payload })));
    for (const reply of body.message.quick_replies ?? []) expect(reply.title.length).toBeLessThanOrEqual(20);
  });

  it('strips Markdown: bullets become "•"', async () => {
    await signedPost(messageEvent('2002', { text: 'what are the benefits?' }));
    expect(sent[0].body.message.text).toMatch(/\n• scar treatment\n• anti-aging/);
  });

  it('reads a tapped quick reply as its payload, and keeps context per sender', async () => {
    await signedPost(messageEvent('2003', { text: 'How often?', quick_reply: { payload: 'How often should I microneedle?' } }));
    await signedPost(messageEvent('2004', { text: 'what is the aftercare?' }));
    await signedPost(messageEvent('2003', { text: 'and for stretch marks?' }));
    const forSender = sent.filter((s) => s.body.recipient.id === '2003');
    expect(forSender[0].body.message.text).toContain('4-6 weeks');
    expect(forSender[1].body.message.text).toMatch(/stretch marks.*more sessions/);
  });

  it('accepts the older X-Hub-Signature (SHA-1) when that is the only one sent', async () => {
    const body = messageEvent('2005', { text: 'is microneedling safe?' });
    const response = await post(endpoint, body, { 'content-type': 'application/json', 'x-hub-signature': `sha1=${hexHmac('sha1', APP_SECRET, body)}` });
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
  });

  it.each<[string, Record<string, string>]>([
    ['a bad signature', { 'x-hub-signature-256': `sha256=${hexHmac('sha256', 'wrong-secret', messageEvent('2006', { text: 'hi' }))}` }],
    ['no signature', {}],
    ['a malformed signature', { 'x-hub-signature-256': 'sha256=zz' }],
  ])('rejects a message with %s (401 JSON) and sends nothing', async (_name, headers) => {
    const response = await post(endpoint, messageEvent('2006', { text: 'hi' }), { 'content-type': 'application/json', ...headers });
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ error: 'unauthorized' });
    expect(sent).toHaveLength(0);
  });

  it('ignores its own echoes and delivery receipts', async () => {
    await signedPost(messageEvent('2007', { text: 'echo', is_echo: true }));
    const receipt = JSON.stringify({
      object: 'page',
      entry: [{ id: PAGE_ID, time: 1, messaging: [{ sender: { id: '2007' }, recipient: { id: PAGE_ID }, delivery: { mids: ['m'], watermark: 1 } }] }],
    });
    expect((await signedPost(receipt)).status).toBe(200);
    expect(sent).toHaveLength(0);
  });
});

describe('Messenger channel when the Graph API is unreachable at start-up', () => {
  let outage: Outage;
  const delivered: SendCall['body'][] = [];

  beforeEach(() => {
    outage = new Outage();
    delivered.splice(0);
    isolateNetwork();
    nock('https://graph.facebook.com')
      .persist()
      .get('/v21.0/me')
      .query(true)
      .reply(outage.reply(() => [200, { id: PAGE_ID, name: 'Microneedling page' }]))
      .post('/v21.0/me/messages')
      .query(true)
      .reply(
        outage.reply((_uri, body) => {
          delivered.push(JSON.parse(bodyOf(body)) as SendCall['body']);
          return [200, { recipient_id: '3001', message_id: `m_${delivered.length}` }];
        }),
      );
  });
  afterEach(restoreNetwork);

  function scenario(server: RunningServer, lines: Array<Record<string, unknown>>) {
    const body = messageEvent('3001', { text: 'how often should I microneedle?' });
    const signedWith = (secret: string) => () =>
      post(`${server.url}/api/messenger`, body, { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${hexHmac('sha256', secret, body)}` });
    return {
      server,
      channel: 'messenger' as const,
      problem: /Graph API (GET|POST) \/me.* failed: connect ECONNREFUSED/,
      lines,
      sendSigned: signedWith(APP_SECRET),
      sendForged: signedWith('guessed-secret'),
      delivered: () => delivered,
    };
  }

  it('is degraded, queues the answer to a signed message, and sends it once when the Graph API is back', () =>
    withChannelServer(ENV, async (server, lines) => {
      await expectQueuedWhileDegraded(scenario(server, lines));
      outage.restore();
      await expectDeliveredOnceRestored(scenario(server, lines));
      expect(delivered[0]).toMatchObject({ recipient: { id: '3001' }, messaging_type: 'RESPONSE', message: { text: expect.stringContaining('4-6 weeks') } });
      expect(lines).toContainEqual(expect.objectContaining({ channel: 'messenger', pageId: PAGE_ID, msg: 'messenger page connected' }));
    }));

  it('drops the answer after its retries when the Graph API never comes back, and says so in /healthz and the log', () =>
    withChannelServer(
      ENV,
      async (server, lines) => {
        await expectQueuedWhileDegraded(scenario(server, lines));
        await expectDroppedAfterRetries(scenario(server, lines));
      },
      SHORT_RETRY,
    ));
});
