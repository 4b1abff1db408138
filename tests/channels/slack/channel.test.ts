import type { RunningServer } from '../../../src/server/app';
import { capturingLogger, channelStates, coreAnswer, post, slackSignature, startChannelServer } from '../../kit/channels';
import { newUser, say } from '../../kit/web';
import nock, { bodyOf, isolateNetwork, restoreNetwork } from '../../kit/nock';
import { expectDeliveredOnceRestored, expectQueuedWhileDegraded, Outage, withChannelServer } from '../../kit/outage';

const SECRET = 'slack-signing-secret';
const BOT_USER = 'UBOT0001';

interface PostedMessage {
  channel: string;
  text: string;
  thread_ts?: string;
  blocks: Array<{ type: string; text?: { type: string; text: string }; elements?: Array<{ type: string; text: { text: string }; value: string }> }>;
}

const posted: PostedMessage[] = [];

function mockSlackApi(): void {
  nock('https://slack.com')
    .persist()
    .post('/api/auth.test')
    .reply(200, { ok: true, user_id: BOT_USER, team: 'Test team', team_id: 'T0001', bot_id: 'B0001' })
    .post('/api/chat.postMessage')
    .reply(200, (_uri: string, requestBody: unknown) => {
      // The Web API client posts form fields, with blocks as a JSON string.
      const fields = Object.fromEntries(new URLSearchParams(bodyOf(requestBody)));
      const message = { ...fields, blocks: JSON.parse(fields.blocks ?? '[]') } as PostedMessage;
      posted.push(message);
      return { ok: true, channel: message.channel, ts: `1700000100.${String(posted.length).padStart(6, '0')}` };
    });
}

let eventCount = 0;

function messageEvent(event: Record<string, unknown>): Record<string, unknown> {
  eventCount += 1;
  return {
    token: 'legacy-verification-token',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: `Ev${eventCount}`,
    event_time: 1700000000 + eventCount,
    authed_users: [BOT_USER],
    event: { event_ts: `1700000000.${String(eventCount).padStart(6, '0')}`, ts: `1700000000.${String(eventCount).padStart(6, '0')}`, ...event },
  };
}

function directMessage(channel: string, text: string): Record<string, unknown> {
  return messageEvent({ type: 'message', channel, channel_type: 'im', user: `U-${channel}`, text });
}

function buttonClick(channel: string, value: string): string {
  const payload = {
    type: 'block_actions',
    user: { id: `U-${channel}`, username: 'visitor', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000100.000001', channel_id: channel, is_ephemeral: false },
    trigger_id: '123.456.abc',
    team: { id: 'T0001', domain: 'test' },
    channel: { id: channel, name: 'directmessage' },
    response_url: 'https://hooks.slack.com/actions/T0001/1/abc',
    actions: [
      {
        action_id: 'suggestion-1',
        block_id: 'suggestions',
        text: { type: 'plain_text', text: 'Benefits' },
        value,
        type: 'button',
        action_ts: '1700000200.000001',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe('Slack channel', () => {
  let server: RunningServer;
  let endpoint: string;
  const { logger, lines } = capturingLogger();

  beforeAll(async () => {
    isolateNetwork();
    mockSlackApi();
    server = await startChannelServer({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test' }, logger);
    endpoint = `${server.url}/api/slack`;
  });
  afterAll(async () => {
    await server.close();
    restoreNetwork();
  });
  beforeEach(() => posted.splice(0));

  /** Posts as Slack does: signed with the signing secret over "v0:timestamp:body". */
  function signed(body: string, contentType = 'application/json', timestamp = Math.floor(Date.now() / 1000)) {
    return post(endpoint, body, {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SECRET, timestamp, body),
    });
  }

  it('is enabled at /api/slack after checking the token with auth.test', () => {
    expect(server.channels).toEqual([{ name: 'slack', path: '/api/slack' }]);
    expect(lines).toContainEqual(expect.objectContaining({ channel: 'slack', botUserId: BOT_USER, msg: 'slack workspace connected' }));
  });

  it('answers the url_verification challenge', async () => {
    const response = await signed(JSON.stringify({ token: 't', challenge: 'challenge-123', type: 'url_verification' }));
    expect(response).toMatchObject({ status: 200, json: { challenge: 'challenge-123' } });
  });

  it('answers a direct message with chat.postMessage: mrkdwn text and suggested questions as buttons', async () => {
    const response = await signed(JSON.stringify(directMessage('D0001', 'how often should I microneedle?')));
    expect(response.status).toBe(200);
    expect(posted).toHaveLength(1);
    const [message] = posted;
    expect(message.channel).toBe('D0001');
    expect(message.text).toContain('4-6 weeks');
    expect(message.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: message.text } });
    const buttons = message.blocks[1].elements ?? [];
    const expected = coreAnswer('how often should I microneedle?').suggestions;
    expect(buttons.map((b) => [b.type, b.text.text, b.value])).toEqual(expected.map((s) => ['button', s.title, s.payload]));
  });

  it('converts Markdown bullets to Slack mrkdwn', async () => {
    await signed(JSON.stringify(directMessage('D0002', 'what are the benefits?')));
    expect(posted[0].text).toMatch(/\n• scar treatment\n• anti-aging/);
  });

  it('answers a button click (block_actions) like the typed question, in the same conversation context', async () => {
    const response = await signed(buttonClick('D0003', 'How often should I microneedle?'), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    expect(posted[0]).toMatchObject({ channel: 'D0003', text: expect.stringContaining('4-6 weeks') });
    // A typed follow-up after the click resolves against the clicked question: both share one context.
    await signed(JSON.stringify(directMessage('D0003', 'and for stretch marks?')));
    expect(posted[1].text).toMatch(/stretch marks.*more sessions/);
  });

  it('answers a mention in a thread of its own, and follows up in that thread', async () => {
    const mention = messageEvent({ type: 'app_mention', channel: 'C0001', user: 'U0009', text: `<@${BOT_USER}> how often should I microneedle?` });
    await signed(JSON.stringify(mention));
    const threadTs = (mention.event as { ts: string }).ts;
    expect(posted[0]).toMatchObject({ channel: 'C0001', thread_ts: threadTs, text: expect.stringContaining('4-6 weeks') });
    await signed(
      JSON.stringify(
        messageEvent({ type: 'app_mention', channel: 'C0001', user: 'U0009', thread_ts: threadTs, text: `<@${BOT_USER}> and for stretch marks?` }),
      ),
    );
    expect(posted[1]).toMatchObject({ thread_ts: threadTs, text: expect.stringMatching(/stretch marks.*more sessions/) });
  });

  it('ignores its own messages, other bots and channel chatter', async () => {
    await signed(JSON.stringify(directMessage('D0004', 'hello')).replace('"type":"message"', '"type":"message","bot_id":"B0001"'));
    await signed(JSON.stringify(messageEvent({ type: 'message', channel: 'C0002', channel_type: 'channel', user: 'U0010', text: 'how often?' })));
    await signed(JSON.stringify(messageEvent({ type: 'message', subtype: 'message_changed', channel: 'D0004', channel_type: 'im' })));
    expect(posted).toHaveLength(0);
  });

  it('answers a delivery and its retry (X-Slack-Retry-Num, the same event) once', async () => {
    const body = JSON.stringify(directMessage('D0005', 'how often should I microneedle?'));
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SECRET, timestamp, body),
    };
    expect((await post(endpoint, body, headers)).status).toBe(200);
    expect((await post(endpoint, body, { ...headers, 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).status).toBe(200);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ channel: 'D0005', text: expect.stringContaining('4-6 weeks') });
  });

  describe('rejects with 401 JSON, without calling Slack, and stays up:', () => {
    const body = JSON.stringify(directMessage('D0006', 'how often should I microneedle?'));
    const now = () => Math.floor(Date.now() / 1000);

    it.each<[string, () => Record<string, string>, string]>([
      ['a bad signature', () => ({ 'x-slack-request-timestamp': String(now()), 'x-slack-signature': slackSignature('wrong-secret', now(), body) }), body],
      ['a missing signature header', () => ({ 'x-slack-request-timestamp': String(now()) }), body],
      ['a signature of the wrong length', () => ({ 'x-slack-request-timestamp': String(now()), 'x-slack-signature': 'v0=abc' }), body],
      ['an empty body', () => ({ 'x-slack-request-timestamp': String(now()), 'x-slack-signature': slackSignature(SECRET, now(), '') }), ''],
      [
        'a timestamp over 5 minutes old',
        () => ({ 'x-slack-request-timestamp': String(now() - 301), 'x-slack-signature': slackSignature(SECRET, now() - 301, body) }),
        body,
      ],
      ['a missing timestamp', () => ({ 'x-slack-signature': slackSignature(SECRET, now(), body) }), body],
    ])('%s', async (_name, headers, payload) => {
      const response = await post(endpoint, payload, { 'content-type': 'application/json', ...headers() });
      expect(response.status).toBe(401);
      expect(response.json).toMatchObject({ error: 'unauthorized' });
      expect(posted).toHaveLength(0);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });

    it('an unsigned url_verification challenge', async () => {
      const response = await post(endpoint, JSON.stringify({ challenge: 'x', type: 'url_verification' }), { 'content-type': 'application/json' });
      expect(response.status).toBe(401);
    });
  });
});

describe('Slack channel whose token Slack refuses', () => {
  it('is mounted but degraded, says why in /healthz, refuses forged requests, and the web channel keeps working', async () => {
    isolateNetwork();
    nock('https://slack.com').persist().post('/api/auth.test').reply(200, { ok: false, error: 'invalid_auth' });
    const { logger } = capturingLogger();
    const server = await startChannelServer({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-revoked' }, logger);
    try {
      expect(server.channels).toEqual([{ name: 'slack', path: '/api/slack' }]);
      expect((await channelStates(server)).slack).toMatchObject({ state: 'degraded', lastError: expect.stringMatching(/invalid_auth/) });
      expect((await post(`${server.url}/api/slack`, '{}', { 'content-type': 'application/json' })).status).toBe(401);
      // The web channel keeps answering.
      const web = await say(server, await newUser(server), 'how often should I microneedle?');
      expect(web.map((m) => m.text).join('\n')).toContain('4-6 weeks');
    } finally {
      await server.close();
      restoreNetwork();
    }
  });
});

describe('Slack channel when Slack is unreachable at start-up', () => {
  afterEach(restoreNetwork);

  it('is degraded, queues the answer to a signed message, and posts it once when Slack is back', async () => {
    isolateNetwork();
    const outage = new Outage();
    const delivered: Array<Record<string, string>> = [];
    nock('https://slack.com')
      .persist()
      .post('/api/auth.test')
      .reply(outage.reply(() => [200, { ok: true, user_id: BOT_USER, team: 'Test team', team_id: 'T0001', bot_id: 'B0001' }]))
      .post('/api/chat.postMessage')
      .reply(
        outage.reply((_uri, body) => {
          delivered.push(Object.fromEntries(new URLSearchParams(bodyOf(body))));
          return [200, { ok: true, channel: 'D0100', ts: '1700000300.000001' }];
        }),
      );
    const body = JSON.stringify({ ...directMessage('D0100', 'how often should I microneedle?'), authorizations: [{ user_id: BOT_USER, is_bot: true }] });
    await withChannelServer({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test' }, async (server, lines) => {
      const signedWith = (secret: string) => () => {
        const timestamp = Math.floor(Date.now() / 1000);
        return post(`${server.url}/api/slack`, body, {
          'content-type': 'application/json',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': slackSignature(secret, timestamp, body),
        });
      };
      const scenario = {
        server,
        channel: 'slack' as const,
        problem: /ECONNREFUSED/,
        lines,
        sendSigned: signedWith(SECRET),
        sendForged: signedWith('guessed-secret'),
        delivered: () => delivered,
      };
      await expectQueuedWhileDegraded(scenario);
      outage.restore();
      await expectDeliveredOnceRestored(scenario);
      expect(delivered[0]).toMatchObject({ channel: 'D0100', text: expect.stringContaining('4-6 weeks') });
    });
  });
});
