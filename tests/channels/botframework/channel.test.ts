import { createSign, generateKeyPairSync } from 'node:crypto';
import type { RunningServer } from '../../../src/server/app';
import { capturingLogger, coreAnswer, post, ServiceRecorder, startChannelServer } from '../../kit/channels';
import nock, { isolateNetwork, restoreNetwork } from '../../kit/nock';
import { expectDeliveredOnceRestored, expectQueuedWhileDegraded, Outage, withChannelServer } from '../../kit/outage';

interface SentActivity {
  type: string;
  text: string;
  textFormat?: string;
  replyToId?: string;
  suggestedActions?: { actions: Array<{ type: string; title: string; value: string }> };
}

let sequence = 0;

function activity(serviceUrl: string, conversation: string, text: string): Record<string, unknown> {
  sequence += 1;
  return {
    type: 'message',
    id: `activity-${sequence}`,
    channelId: 'emulator',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `user-of-${conversation}`, name: 'Visitor' },
    recipient: { id: 'bot-id', name: 'Microneedling bot' },
    conversation: { id: conversation },
    text,
  };
}

beforeAll(isolateNetwork);
afterAll(restoreNetwork);

describe('Bot Framework channel in emulator mode (no credentials)', () => {
  let server: RunningServer;
  let recorder: ServiceRecorder;
  const { logger, lines } = capturingLogger();

  beforeAll(async () => {
    recorder = await ServiceRecorder.start();
    server = await startChannelServer({ BOTFRAMEWORK_ENABLED: 'true' }, logger);
  });
  afterAll(async () => {
    await server.close();
    await recorder.close();
  });

  const send = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    post(`${server.url}/api/botframework`, JSON.stringify(body), { 'content-type': 'application/json', ...headers });

  function activitiesTo(conversation: string): Array<{ url: string; activity: SentActivity }> {
    return recorder.requests
      .filter((r) => r.url.startsWith(`/v3/conversations/${conversation}/activities`))
      .map((r) => ({ url: r.url, activity: r.body as unknown as SentActivity }));
  }

  /** The messages, leaving out the typing activity each answer is preceded by. */
  const sentTo = (conversation: string) => activitiesTo(conversation).filter((s) => s.activity.type === 'message');

  it('logs that it is enabled, at which path, and warns that it is unauthenticated', () => {
    expect(server.channels).toEqual([{ name: 'botframework', path: '/api/botframework' }]);
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'messaging channels enabled', channels: [{ name: 'botframework', path: '/api/botframework' }] }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, channel: 'botframework', msg: expect.stringMatching(/without credentials/) }));
  });

  it('answers a repeated activity (the same activity id) once', async () => {
    const incoming = activity(recorder.url, 'conv-repeat', 'how often should I microneedle?');
    expect((await send(incoming)).status).toBe(200);
    expect((await send(incoming)).status).toBe(200);
    expect(sentTo('conv-repeat')).toHaveLength(1);
  });

  it('answers at the service URL as a reply, with Markdown text and suggested actions', async () => {
    const incoming = activity(recorder.url, 'conv-a', 'how often should I microneedle?');
    expect((await send(incoming)).status).toBe(200);
    // A typing activity first, sent while the answer is worked out.
    expect(activitiesTo('conv-a').map((s) => s.activity.type)).toEqual(['typing', 'message']);
    const [sent] = sentTo('conv-a');
    expect(sent.url).toBe(`/v3/conversations/conv-a/activities/${String(incoming.id)}`);
    expect(sent.activity).toMatchObject({ type: 'message', textFormat: 'markdown', replyToId: incoming.id });
    expect(sent.activity.text).toContain('4-6 weeks');
    const expected = coreAnswer('how often should I microneedle?').suggestions;
    expect(sent.activity.suggestedActions?.actions).toEqual(expected.map(({ title, payload }) => ({ type: 'imBack', title, value: payload })));
  });

  it('resolves a follow-up in the context of the same conversation only', async () => {
    await send(activity(recorder.url, 'conv-b', 'how often should I microneedle?'));
    await send(activity(recorder.url, 'conv-c', 'what is the aftercare?'));
    await send(activity(recorder.url, 'conv-b', 'and for stretch marks?'));
    const [, followUp] = sentTo('conv-b');
    expect(followUp.activity.text).toMatch(/stretch marks.*more sessions/);
  });

  it('renders Markdown lists for CommonMark (blank line before and after the list)', async () => {
    await send(activity(recorder.url, 'conv-d', 'what are the benefits?'));
    const [sent] = sentTo('conv-d');
    expect(sent.activity.text).toMatch(/:\n\n- scar treatment\n- anti-aging/);
    expect(sent.activity.text).toMatch(/acne improvement\n\nIt also names/);
  });

  it('refuses to send replies to a service URL that is not on this machine', async () => {
    const scope = nock('https://attacker.example').post(/.*/).reply(200, {});
    const response = await send(activity('https://attacker.example', 'conv-e', 'how often?'));
    expect(response.status).toBe(403);
    expect(response.json).toMatchObject({ error: 'forbidden' });
    expect(scope.isDone()).toBe(false);
  });

  it('answers a body that is not an activity with 400 JSON', async () => {
    expect(await send({ hello: 'world' })).toMatchObject({ status: 400, json: { error: 'bad_request' } });
  });
});

const APP_ID = '00000000-0000-0000-0000-000000000001';
const CREDENTIALS = { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'secret' };

/** Stands in for the Bot Framework service's signing key, published as its OpenID metadata says. */
const channelKey = generateKeyPairSync('rsa', { modulusLength: 2048 });

function channelToken(claims: Record<string, unknown>, signingKey = channelKey.privateKey): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'test-key' })}.${encode({ iss: 'https://api.botframework.com', aud: APP_ID, nbf: now - 60, exp: now + 600, ...claims })}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(signingKey).toString('base64url')}`;
}

/** The bot's own token (start-up check and outgoing replies), from the Microsoft identity platform, unless it is down. */
function mockBotToken(outage?: Outage): void {
  const token = () => [200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'bot-token' }] as [number, object];
  const interceptor = nock('https://login.microsoftonline.com')
    .persist()
    .post(/\/oauth2\/v2.0\/token/);
  if (outage) interceptor.reply(outage.reply(token));
  else interceptor.reply(...token());
}

/** The keys incoming tokens are checked against. */
function mockChannelKeys(): void {
  nock('https://login.botframework.com')
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, {
      issuer: 'https://api.botframework.com',
      jwks_uri: 'https://login.botframework.com/v1/.well-known/keys',
      id_token_signing_alg_values_supported: ['RS256'],
    })
    .get('/v1/.well-known/keys')
    .reply(200, { keys: [{ ...channelKey.publicKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', endorsements: ['msteams'] }] });
}

describe('Bot Framework channel with an app id', () => {
  let server: RunningServer;
  let recorder: ServiceRecorder;

  beforeAll(async () => {
    // botframework-connector prints rejected tokens (e.g. "jwt expired") with console.error.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    recorder = await ServiceRecorder.start();
    mockBotToken();
    mockChannelKeys();
    server = await startChannelServer(CREDENTIALS);
  });
  beforeEach(() => recorder.requests.splice(0));
  afterAll(async () => {
    await server.close();
    await recorder.close();
    nock.cleanAll();
    jest.restoreAllMocks();
  });

  function teamsActivity(text: string): Record<string, unknown> {
    return { ...activity(recorder.url, 'conv-teams', text), channelId: 'msteams' };
  }

  it("answers a request signed by the channel, with the bot's own token on the reply", async () => {
    const incoming = teamsActivity('<at>Microneedling bot</at> how often should I microneedle?');
    Object.assign(incoming, { entities: [{ type: 'mention', text: '<at>Microneedling bot</at>', mentioned: { id: 'bot-id', name: 'Microneedling bot' } }] });
    const token = channelToken({ serviceurl: recorder.url });
    const response = await post(`${server.url}/api/botframework`, JSON.stringify(incoming), {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(200);
    const reply = recorder.requests.find((r) => r.body.type === 'message');
    if (!reply) throw new Error('no reply sent');
    expect(reply.headers.authorization).toBe('Bearer bot-token');
    expect(JSON.stringify(reply.body)).toContain('4-6 weeks');
  });

  it.each<[string, () => Record<string, string>]>([
    ['no Authorization header', () => ({})],
    ['a token that is not a JWT', () => ({ authorization: 'Bearer not-a-token' })],
    ['a token for another bot', () => ({ authorization: `Bearer ${channelToken({ aud: 'another-app', serviceurl: recorder.url })}` })],
    ['a token for another service URL', () => ({ authorization: `Bearer ${channelToken({ serviceurl: 'https://elsewhere.example' })}` })],
    ['an expired token', () => ({ authorization: `Bearer ${channelToken({ serviceurl: recorder.url, nbf: 1, exp: 2 })}` })],
  ])('rejects a request with %s (401 JSON) and never answers it', async (_name, headers) => {
    expect(server.channels.map((c) => c.name)).toEqual(['botframework']);
    const response = await post(`${server.url}/api/botframework`, JSON.stringify(teamsActivity('how often?')), {
      'content-type': 'application/json',
      ...headers(),
    });
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ error: 'unauthorized' });
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('Bot Framework channel when the Microsoft identity platform and the service URL are unreachable at start-up', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterAll(() => {
    nock.cleanAll();
    jest.restoreAllMocks();
  });

  it('is degraded, queues the answer to a signed activity, and sends it once when both are back', async () => {
    const outage = new Outage();
    mockBotToken(outage);
    mockChannelKeys();
    // The channel's service URL: a port where nothing listens until the service comes back.
    const gone = await ServiceRecorder.start();
    const { port, url: serviceUrl } = gone;
    await gone.close();
    let service: ServiceRecorder | undefined;
    const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const body = JSON.stringify({ ...activity(serviceUrl, 'conv-outage', 'how often should I microneedle?'), channelId: 'msteams' });
    try {
      await withChannelServer(CREDENTIALS, async (server, lines) => {
        const postWith = (token: string) =>
          post(`${server.url}/api/botframework`, body, { 'content-type': 'application/json', authorization: `Bearer ${token}` });
        const scenario = {
          server,
          channel: 'botframework' as const,
          problem: /network_error/,
          lines,
          sendSigned: () => postWith(channelToken({ serviceurl: serviceUrl })),
          sendForged: () => postWith(channelToken({ serviceurl: serviceUrl }, attacker)),
          delivered: () => service?.requests ?? [],
        };
        await expectQueuedWhileDegraded(scenario);
        outage.restore();
        service = await ServiceRecorder.start(port);
        await expectDeliveredOnceRestored(scenario);
        const [reply] = service.requests;
        expect(reply.url).toMatch(/^\/v3\/conversations\/conv-outage\/activities\//);
        expect(reply.headers.authorization).toBe('Bearer bot-token');
        expect(reply.body).toMatchObject({ type: 'message', text: expect.stringContaining('4-6 weeks') });
      });
    } finally {
      await service?.close();
    }
  });
});
