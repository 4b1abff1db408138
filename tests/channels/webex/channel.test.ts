import type { RunningServer } from '../../../src/server/app';
import { messageText } from '../../../src/channels/webex/adapter';
import { capturingLogger, channelStates, expectNoUnhandledRejection, hexHmac, post, ServiceRecorder, startChannelServer, waitFor } from '../../kit/channels';
import nock, { bodyOf, isolateNetwork, restoreNetwork } from '../../kit/nock';
import { expectDeliveredOnceRestored, expectDroppedAfterRetries, expectQueuedWhileDegraded, Outage, SHORT_RETRY, withChannelServer } from '../../kit/outage';
import { newUser, say } from '../../kit/web';

const API = 'https://webexapis.com';
const TOKEN = 'webex-bot-token';
const SECRET = 'webex-webhook-secret';
const PUBLIC_ADDRESS = 'https://bot.example.com';
const ENV = { WEBEX_ACCESS_TOKEN: TOKEN, WEBEX_PUBLIC_ADDRESS: PUBLIC_ADDRESS, WEBEX_SECRET: SECRET };
const BOT_ID = Buffer.from('ciscospark://us/PEOPLE/bot-0000').toString('base64');
const BOT_NAME = 'Microneedling Bot';

interface Posted {
  roomId: string;
  text?: string;
  markdown?: string;
  parentId?: string;
}

interface StoredMessage {
  id: string;
  roomId: string;
  roomType: string;
  personId: string;
  personEmail: string;
  text: string;
  html?: string;
  parentId?: string;
}

/** What the mocked API received, and the messages it can hand out. */
const api = { posted: [] as Posted[], webhooks: [] as Array<{ method: string; uri: string; body: Record<string, unknown> }>, fetched: [] as string[] };
const messages = new Map<string, StoredMessage>();

function mockWebexApi(existingWebhooks: Array<{ id: string; name: string }> = []): void {
  nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
    .persist()
    .get('/v1/people/me')
    .reply(200, { id: BOT_ID, displayName: BOT_NAME, emails: ['bot@webex.bot'] })
    .get('/v1/webhooks')
    .reply(200, { items: existingWebhooks })
    .post('/v1/webhooks')
    .reply(200, (uri: string, body: unknown) => {
      api.webhooks.push({ method: 'POST', uri, body: JSON.parse(bodyOf(body)) as Record<string, unknown> });
      return { id: 'hook-new' };
    })
    .put(/\/v1\/webhooks\/.+/)
    .reply(200, (uri: string, body: unknown) => {
      api.webhooks.push({ method: 'PUT', uri, body: JSON.parse(bodyOf(body)) as Record<string, unknown> });
      return { id: uri.split('/').pop() };
    })
    .get(/\/v1\/messages\/.+/)
    .reply((uri: string) => {
      const id = decodeURIComponent(uri.split('/').pop() ?? '');
      api.fetched.push(id);
      const message = messages.get(id);
      return message ? [200, message] : [404, { message: 'not found' }];
    })
    .post('/v1/messages')
    .reply(200, (_uri: string, body: unknown) => {
      api.posted.push(JSON.parse(bodyOf(body)) as Posted);
      return { id: `sent-${api.posted.length}` };
    });
}

let count = 0;

/** Stores a message as Webex would, and returns the webhook announcing it. */
function webhookFor(message: Omit<StoredMessage, 'id' | 'roomType' | 'personEmail'> & { roomType?: string }): string {
  count += 1;
  const stored: StoredMessage = { id: `msg-${count}`, roomType: 'direct', personEmail: `${message.personId}@example.com`, ...message };
  messages.set(stored.id, stored);
  return JSON.stringify({
    id: 'hook-new',
    name: 'microneedling-bot',
    resource: 'messages',
    event: 'created',
    orgId: 'org',
    createdBy: BOT_ID,
    appId: 'app',
    ownedBy: 'creator',
    status: 'active',
    actorId: stored.personId,
    data: {
      id: stored.id,
      roomId: stored.roomId,
      personId: stored.personId,
      personEmail: stored.personEmail,
      roomType: stored.roomType,
      created: new Date().toISOString(),
    },
  });
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

function reset(): void {
  api.posted.splice(0);
  api.webhooks.splice(0);
  api.fetched.splice(0);
}

describe('Webex channel', () => {
  let server: RunningServer;
  let endpoint: string;

  beforeAll(async () => {
    isolateNetwork();
    reset();
    mockWebexApi();
    server = await startChannelServer(ENV);
    endpoint = `${server.url}/api/webex`;
  });
  afterAll(async () => {
    await server.close();
    restoreNetwork();
  });

  const signed = (body: string, signature = hexHmac('sha1', SECRET, body)) =>
    post(endpoint, body, { 'content-type': 'application/json', 'x-spark-signature': signature });

  it('is enabled at /api/webex and registered its webhook at start-up, with the secret', () => {
    expect(server.channels).toEqual([{ name: 'webex', path: '/api/webex' }]);
    expect(api.webhooks).toEqual([
      {
        method: 'POST',
        uri: '/v1/webhooks',
        body: { name: 'microneedling-bot', targetUrl: `${PUBLIC_ADDRESS}/api/webex`, resource: 'messages', event: 'created', secret: SECRET },
      },
    ]);
  });

  describe('messages', () => {
    beforeEach(reset);

    it('answers a signed message in its room, with Markdown and a plain-text fallback', async () => {
      const response = await signed(webhookFor({ roomId: 'room-1', personId: 'person-1', text: 'how often should I microneedle?' }));
      expect(response.status).toBe(200);
      await until(() => api.posted.length > 0);
      const [reply] = api.posted;
      expect(reply.roomId).toBe('room-1');
      expect(reply.text).toContain('4-6 weeks');
      expect(reply.markdown).toContain('4-6 weeks');
      expect(reply.markdown).toContain('You could also ask:');
    });

    it('answers a follow-up in the same room in context', async () => {
      await signed(webhookFor({ roomId: 'room-2', personId: 'person-2', text: 'how often should I microneedle?' }));
      await until(() => api.posted.length === 1);
      await signed(webhookFor({ roomId: 'room-2', personId: 'person-2', text: 'and for stretch marks?' }));
      await until(() => api.posted.length === 2);
      expect(api.posted[1].roomId).toBe('room-2');
      expect(api.posted[1].text).toMatch(/stretch marks.*more sessions/);
    });

    it('reads a message in a group space without the mention of the bot, and answers in its thread', async () => {
      const html = `<p><spark-mention data-object-type="person" data-object-id="${BOT_ID}">Microneedling</spark-mention> how often should I microneedle?</p>`;
      await signed(
        webhookFor({
          roomId: 'space-1',
          roomType: 'group',
          personId: 'person-3',
          text: 'Microneedling how often should I microneedle?',
          html,
          parentId: 'thread-1',
        }),
      );
      await until(() => api.posted.length > 0);
      expect(api.posted[0]).toMatchObject({ roomId: 'space-1', parentId: 'thread-1', text: expect.stringContaining('4-6 weeks') });
    });

    it("ignores the bot's own messages, without fetching them", async () => {
      const response = await signed(webhookFor({ roomId: 'room-4', personId: BOT_ID, text: 'Microneedling is usually done every 4-6 weeks.' }));
      expect(response.status).toBe(200);
      await settle();
      expect(api.fetched).toEqual([]);
      expect(api.posted).toEqual([]);
    });

    it('acknowledges other events and does nothing', async () => {
      const body = JSON.stringify({ resource: 'memberships', event: 'created', data: { id: 'membership-1', roomId: 'room-5', personId: 'person-5' } });
      expect((await signed(body)).status).toBe(200);
      await settle();
      expect(api.fetched).toEqual([]);
      expect(api.posted).toEqual([]);
    });

    it.each<[string, string | undefined]>([
      ['a bad signature', hexHmac('sha1', 'another-secret', '{}')],
      ['a malformed signature', 'not-hex'],
      ['no signature', undefined],
    ])('refuses a webhook with %s (401 JSON) and calls no API', async (_name, signature) => {
      const body = webhookFor({ roomId: 'room-6', personId: 'person-6', text: 'how often should I microneedle?' });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (signature) headers['x-spark-signature'] = signature;
      const response = await post(endpoint, body, headers);
      expect(response.status).toBe(401);
      expect(response.json).toMatchObject({ error: 'unauthorized' });
      await settle();
      expect(api.fetched).toEqual([]);
      expect(api.posted).toEqual([]);
    });
  });
});

describe('Webex webhook registration', () => {
  it('updates the webhook of the same name instead of adding one', async () => {
    isolateNetwork();
    reset();
    mockWebexApi([
      { id: 'other', name: 'someone-else' },
      { id: 'hook-1', name: 'microneedling-bot' },
    ]);
    const server = await startChannelServer({ ...ENV, WEBEX_PUBLIC_ADDRESS: `${PUBLIC_ADDRESS}/` });
    try {
      expect(server.channels).toEqual([{ name: 'webex', path: '/api/webex' }]);
      expect(api.webhooks).toEqual([
        { method: 'PUT', uri: '/v1/webhooks/hook-1', body: { name: 'microneedling-bot', targetUrl: `${PUBLIC_ADDRESS}/api/webex`, secret: SECRET } },
      ]);
    } finally {
      await server.close();
      restoreNetwork();
    }
  });
});

describe('Webex channel when the API fails', () => {
  it('logs a message it cannot read, retries a reply Webex could not take, keeps the server up, and leaves no unhandled rejection', () =>
    expectNoUnhandledRejection(async () => {
      const { logger, lines } = capturingLogger();
      isolateNetwork();
      nock(API)
        .get('/v1/people/me')
        .reply(200, { id: BOT_ID, displayName: BOT_NAME })
        .get('/v1/webhooks')
        .reply(200, { items: [] })
        .post('/v1/webhooks')
        .reply(200, { id: 'hook' })
        .get('/v1/messages/gone')
        .reply(404, { message: 'not found' })
        .get('/v1/messages/ok')
        .reply(200, { id: 'ok', roomId: 'room-9', roomType: 'direct', personId: 'person-9', text: 'how often should I microneedle?' })
        .post('/v1/messages')
        .times(2)
        .reply(500, { message: 'server error' })
        .post('/v1/messages')
        .reply(200, { id: 'sent' });
      const server = await startChannelServer(ENV, logger);
      try {
        const send = (id: string) => {
          const body = JSON.stringify({ resource: 'messages', event: 'created', data: { id, roomId: 'room-9', personId: 'person-9' } });
          return post(`${server.url}/api/webex`, body, { 'content-type': 'application/json', 'x-spark-signature': hexHmac('sha1', SECRET, body) });
        };
        expect((await send('gone')).status).toBe(200);
        await until(() => lines.some((l) => l.msg === 'channel adapter failed'));
        expect(lines).toContainEqual(
          expect.objectContaining({
            level: 50,
            channel: 'webex',
            msg: 'channel adapter failed',
            err: expect.objectContaining({ message: expect.stringContaining('answered 404') }),
          }),
        );
        expect((await send('ok')).status).toBe(200);
        // Two 500s, then the reply goes through: sent once, and the channel is ready again.
        await until(() => nock.isDone());
        await until(() => lines.some((l) => l.msg === 'turn'));
        expect(lines.filter((l) => l.msg === 'turn failed')).toEqual([]);
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      } finally {
        await server.close();
        restoreNetwork();
      }
    }));
});

describe('Webex channel when Webex is unreachable at start-up', () => {
  beforeEach(isolateNetwork);
  afterEach(restoreNetwork);

  it.each<[string, () => void, string]>([
    ['answers 500', () => nock(API).persist().get('/v1/people/me').reply(500, { message: 'down' }), 'GET /people/me answered 500'],
    [
      'refuses the connection',
      () => nock(API).persist().get('/v1/people/me').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }),
      'GET /people/me failed',
    ],
    [
      'fails the webhook registration',
      () => nock(API).persist().get('/v1/people/me').reply(200, { id: BOT_ID }).get('/v1/webhooks').reply(401, { message: 'bad token' }),
      'GET /webhooks answered 401',
    ],
  ])('is mounted but degraded when Webex %s: refuses unsigned requests, and the other channels keep answering', async (_name, mock, problem) => {
    mock();
    const recorder = await ServiceRecorder.start();
    const { logger, lines } = capturingLogger();
    const server = await startChannelServer({ ...ENV, BOTFRAMEWORK_ENABLED: 'true' }, logger);
    try {
      expect(server.channels.map((c) => c.name)).toEqual(['botframework', 'webex']);
      expect((await channelStates(server)).webex).toMatchObject({ state: 'degraded', lastError: expect.stringContaining(problem) });
      expect(lines).toContainEqual(expect.objectContaining({ level: 40, channel: 'webex', msg: 'platform unreachable; retrying in the background' }));
      expect((await post(`${server.url}/api/webex`, '{}', { 'content-type': 'application/json' })).status).toBe(401);

      const activity = {
        type: 'message',
        id: 'a1',
        channelId: 'emulator',
        serviceUrl: recorder.url,
        text: 'how often should I microneedle?',
        from: { id: 'u1' },
        recipient: { id: 'bot' },
        conversation: { id: 'c1' },
      };
      expect((await post(`${server.url}/api/botframework`, JSON.stringify(activity), { 'content-type': 'application/json' })).status).toBe(200);
      expect(JSON.stringify(recorder.requests.find((r) => r.body.type === 'message')?.body)).toContain('4-6 weeks');
      // The web channel keeps answering.
      const web = await say(server, await newUser(server), 'how often should I microneedle?');
      expect(web.map((m) => m.text).join('\n')).toContain('4-6 weeks');
    } finally {
      await server.close();
      await recorder.close();
    }
  });
});

describe('Webex channel through an outage of the Webex API', () => {
  let outage: Outage;
  /** What Webex's API took while it was reachable: the calls that went through, and the replies posted. */
  const calls: string[] = [];
  const delivered: Posted[] = [];
  const message: StoredMessage = {
    id: 'msg-outage',
    roomId: 'room-outage',
    roomType: 'direct',
    personId: 'person-outage',
    personEmail: 'visitor@example.com',
    text: 'how often should I microneedle?',
  };

  beforeEach(() => {
    outage = new Outage();
    calls.splice(0);
    delivered.splice(0);
    isolateNetwork();
    const answered =
      <T>(answer: (uri: string, body: unknown) => T) =>
      (uri: string, body: unknown): [number, T] => {
        calls.push(uri);
        return [200, answer(uri, body)];
      };
    nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .persist()
      .get('/v1/people/me')
      .reply(outage.reply(answered(() => ({ id: BOT_ID, displayName: BOT_NAME }))))
      .get('/v1/webhooks')
      .reply(outage.reply(answered(() => ({ items: [] }))))
      .post('/v1/webhooks')
      .reply(outage.reply(answered(() => ({ id: 'hook-new' }))))
      .get(`/v1/messages/${message.id}`)
      .reply(outage.reply(answered(() => message)))
      .post('/v1/messages')
      .reply(
        outage.reply(
          answered((_uri, body) => {
            delivered.push(JSON.parse(bodyOf(body)) as Posted);
            return { id: `sent-${delivered.length}` };
          }),
        ),
      );
  });
  afterEach(restoreNetwork);

  /** The webhook Webex posts for the visitor's message, signed with the registered secret or with a guessed one. */
  function scenario(server: { url: string }, lines: Array<Record<string, unknown>>) {
    const body = JSON.stringify({
      id: 'hook-new',
      name: 'microneedling-bot',
      resource: 'messages',
      event: 'created',
      data: { id: message.id, roomId: message.roomId, roomType: 'direct', personId: message.personId, personEmail: message.personEmail },
    });
    const signedWith = (secret: string) => () =>
      post(`${server.url}/api/webex`, body, { 'content-type': 'application/json', 'x-spark-signature': hexHmac('sha1', secret, body) });
    return {
      server,
      channel: 'webex' as const,
      problem: /GET \/people\/me failed: .*ECONNREFUSED/,
      lines,
      sendSigned: signedWith(SECRET),
      sendForged: signedWith('guessed-secret'),
      delivered: () => delivered,
    };
  }

  it('is degraded, takes a signed webhook and holds the message, then answers it once when Webex is back', () =>
    withChannelServer(ENV, async (server, lines) => {
      await expectQueuedWhileDegraded(scenario(server, lines));
      expect(calls).toEqual([]);
      outage.restore();
      await expectDeliveredOnceRestored(scenario(server, lines));
      expect(delivered[0]).toMatchObject({
        roomId: message.roomId,
        text: expect.stringContaining('4-6 weeks'),
        markdown: expect.stringContaining('4-6 weeks'),
      });
      // Back, the channel found its identity, registered its webhook and read the held message exactly once.
      expect(calls.filter((uri) => uri === `/v1/messages/${message.id}`)).toHaveLength(1);
      await waitFor(() => lines.some((l) => l.msg === 'webex bot connected'), 10_000, 'the webhook to be registered');
      expect(lines).toContainEqual(expect.objectContaining({ channel: 'webex', webhook: `${PUBLIC_ADDRESS}/api/webex`, msg: 'webex bot connected' }));
    }));

  it('drops the held message after its retries when Webex never comes back: counted in /healthz, logged, and the server stays up', () =>
    expectNoUnhandledRejection(async () => {
      await withChannelServer(
        ENV,
        async (server, lines) => {
          const outageScenario = { ...scenario(server, lines), gaveUpOn: 'read a message' as const };
          await expectQueuedWhileDegraded(outageScenario);
          await expectDroppedAfterRetries(outageScenario);
          expect(calls).toEqual([]);
        },
        SHORT_RETRY,
      );
    }));
});

describe('messageText', () => {
  const identity = { id: BOT_ID, displayName: BOT_NAME };

  it('removes the mention of the bot, by either form of its id, and the HTML', () => {
    const byUuid = '<p><spark-mention data-object-type="person" data-object-id="bot-0000">Bot</spark-mention> is it safe &amp; painless?</p>';
    expect(messageText({ text: 'Bot is it safe & painless?', html: byUuid }, identity)).toBe('is it safe & painless?');
  });

  it('keeps the text as it is without a mention, and removes a leading display name', () => {
    expect(messageText({ text: 'how often should I microneedle?' }, identity)).toBe('how often should I microneedle?');
    expect(messageText({ text: 'Microneedling Bot, how often?' }, identity)).toBe('how often?');
    const other = '<p><spark-mention data-object-type="person" data-object-id="someone">Ann</spark-mention> look</p>';
    expect(messageText({ text: 'Ann look', html: other }, identity)).toBe('Ann look');
  });
});
