import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { botFrameworkChannel, isLoopbackUrl } from '../../src/channels/botframework';
import { messengerChannel, messengerSignatureProblem } from '../../src/channels/messenger';
import { jsonBody } from '../../src/channels/http';
import { loadAdapterPackage } from '../../src/channels/load';
import { shapeSlackActivity, slackChannel, slackSignatureProblem } from '../../src/channels/slack';
import { twilioChannel } from '../../src/channels/twilio';
import { ChannelConfigError } from '../../src/channels/types';
import { DEFAULT_SECURITY } from '../../src/channels/web/security';
import { verifyWebexSignature, webexChannel } from '../../src/channels/webex';
import { hexHmac, post, slackSignature } from '../kit/signing';

const silent = pino({ level: 'silent' });
const settings = (env: NodeJS.ProcessEnv) => ({ env, security: DEFAULT_SECURITY });

describe('slackSignatureProblem', () => {
  const secret = 'signing-secret';
  const body = Buffer.from('{"type":"event_callback"}');
  const now = 1_700_000_000;
  const check = (overrides: Partial<{ rawBody: Buffer | undefined; timestamp: string | undefined; signature: string | undefined }>, at = now) =>
    slackSignatureProblem(secret, { rawBody: body, timestamp: String(now), signature: slackSignature(secret, now, String(body)), ...overrides }, at);

  it('accepts a fresh, correctly signed request, up to 5 minutes either way', () => {
    expect(check({})).toBeUndefined();
    expect(check({}, now + 300)).toBeUndefined();
    expect(check({}, now - 300)).toBeUndefined();
  });

  it.each<[string, Parameters<typeof check>[0], number, string]>([
    ['an empty body', { rawBody: undefined }, now, 'empty body'],
    ['no signature', { signature: undefined }, now, 'missing X-Slack-Signature'],
    ['no timestamp', { timestamp: undefined }, now, 'missing or malformed X-Slack-Request-Timestamp'],
    ['a non-numeric timestamp', { timestamp: '12abc' }, now, 'missing or malformed X-Slack-Request-Timestamp'],
    ['a timestamp 301 s old', {}, now + 301, 'stale timestamp'],
    ['a signature of another secret', { signature: slackSignature('other', now, String(body)) }, now, 'bad signature'],
    ['a short signature', { signature: 'v0=abc' }, now, 'bad signature'],
    ['a signature without the v0= prefix', { signature: slackSignature(secret, now, String(body)).slice(3) }, now, 'bad signature'],
    ['a non-hex signature', { signature: `v0=${'z'.repeat(64)}` }, now, 'bad signature'],
  ])('refuses %s', (_name, overrides, at, problem) => {
    expect(check(overrides, at)).toBe(problem);
  });
});

describe('messengerSignatureProblem', () => {
  const body = Buffer.from('{"object":"page"}');
  const sha256 = `sha256=${hexHmac('sha256', 'app-secret', String(body))}`;
  const sha1 = `sha1=${hexHmac('sha1', 'app-secret', String(body))}`;

  it('accepts X-Hub-Signature-256, or X-Hub-Signature alone', () => {
    expect(messengerSignatureProblem('app-secret', body, sha256, undefined)).toBeUndefined();
    expect(messengerSignatureProblem('app-secret', body, undefined, sha1)).toBeUndefined();
  });

  it('checks the SHA-256 signature when both are sent, and refuses missing or wrong ones', () => {
    expect(messengerSignatureProblem('app-secret', body, 'sha256=00', sha1)).toBe('bad X-Hub-Signature-256');
    expect(messengerSignatureProblem('app-secret', body, undefined, undefined)).toBe('missing X-Hub-Signature-256');
    expect(messengerSignatureProblem('other-secret', body, sha256, undefined)).toBe('bad X-Hub-Signature-256');
    expect(messengerSignatureProblem('app-secret', undefined, sha256, undefined)).toBe('empty body');
  });
});

describe('verifyWebexSignature', () => {
  const secret = 'webex-secret';
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    const app = express();
    app.post('/api/webex', jsonBody(), verifyWebexSignature(secret, silent), (_req, res) => {
      res.json({ reached: true });
    });
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webex`;
    close = () => server.close();
  });
  afterAll(() => close());

  const body = JSON.stringify({ id: 'Y2lzY29', resource: 'messages', event: 'created', data: { id: 'msg-1' } });

  it('passes a request signed with HMAC-SHA1 of the raw body', async () => {
    const response = await post(url, body, { 'content-type': 'application/json', 'x-spark-signature': hexHmac('sha1', secret, body) });
    expect(response).toMatchObject({ status: 200, json: { reached: true } });
  });

  it.each<[string, Record<string, string>]>([
    ['a wrong signature', { 'x-spark-signature': hexHmac('sha1', 'other', body) }],
    ['a SHA-256 signature', { 'x-spark-signature': hexHmac('sha256', secret, body) }],
    ['no signature', {}],
  ])('refuses %s with 401 JSON', async (_name, headers) => {
    const response = await post(url, body, { 'content-type': 'application/json', ...headers });
    expect(response).toMatchObject({ status: 401, json: { error: 'unauthorized' } });
  });
});

describe('shapeSlackActivity', () => {
  const bot = 'UBOT';
  const activity = (channelData: Record<string, unknown>, type = 'message', text: string | null = 'hi') =>
    ({ type, text, channelData, conversation: { id: 'C1' } }) as Parameters<typeof shapeSlackActivity>[0];

  it('answers direct messages, without a leading mention', () => {
    const a = activity({ type: 'message', channel_type: 'im', user: 'U1' }, 'message', `<@${bot}> how often?`);
    expect(shapeSlackActivity(a, bot)).toBe(true);
    expect(a.text).toBe('how often?');
  });

  it('answers a mention in a thread started at the mention', () => {
    const a = activity({ type: 'app_mention', user: 'U1', ts: '1.5', text: `hey <@${bot}|microbot>: is it safe?` }, 'event', null);
    expect(shapeSlackActivity(a, bot)).toBe(true);
    expect(a).toMatchObject({ type: 'message', text: 'hey is it safe?', conversation: { id: 'C1', thread_ts: '1.5' } });
  });

  it('answers a button click in the thread of the message it was on', () => {
    const a = activity({ type: 'block_actions', user: { id: 'U1' }, container: { thread_ts: '2.5' } }, 'message', 'How often?');
    expect(shapeSlackActivity(a, bot)).toBe(true);
    expect(a.conversation).toEqual({ id: 'C1', thread_ts: '2.5' });
  });

  it.each<[string, Record<string, unknown>]>([
    ['a bot message', { type: 'message', channel_type: 'im', bot_id: 'B1' }],
    ['its own message', { type: 'message', channel_type: 'im', user: bot }],
    ['an edit', { type: 'message', channel_type: 'im', subtype: 'message_changed' }],
    ['channel chatter', { type: 'message', channel_type: 'channel', user: 'U1' }],
    ['a reaction', { type: 'reaction_added', user: 'U1' }],
  ])('leaves %s alone', (_name, channelData) => {
    expect(shapeSlackActivity(activity(channelData), bot)).toBe(false);
  });
});

describe('channel configuration', () => {
  it('leaves every channel off when none of its variables is set', () => {
    for (const channel of [botFrameworkChannel, slackChannel, messengerChannel, twilioChannel, webexChannel])
      expect(channel.configure(settings({}))).toBeUndefined();
  });

  it.each<[string, () => unknown, RegExp]>([
    ['Slack', () => slackChannel.configure(settings({ SLACK_BOT_TOKEN: 'xoxb' })), /SLACK_SIGNING_SECRET/],
    ['Messenger', () => messengerChannel.configure(settings({ FACEBOOK_ACCESS_TOKEN: 't', FACEBOOK_APP_SECRET: 's' })), /MESSENGER_VERIFY_TOKEN/],
    ['Twilio', () => twilioChannel.configure(settings({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_NUMBER: '+1' })), /TWILIO_AUTH_TOKEN/],
    ['Webex', () => webexChannel.configure(settings({ WEBEX_ACCESS_TOKEN: 't' })), /WEBEX_PUBLIC_ADDRESS/],
    [
      'Webex without a secret',
      () => webexChannel.configure(settings({ WEBEX_ACCESS_TOKEN: 't', WEBEX_PUBLIC_ADDRESS: 'https://bot.example.com' })),
      /Webex needs WEBEX_SECRET/,
    ],
    ['Bot Framework', () => botFrameworkChannel.configure(settings({ MICROSOFT_APP_ID: 'id' })), /BOTFRAMEWORK_APP_PASSWORD/],
    [
      'Bot Framework single tenant',
      () => botFrameworkChannel.configure(settings({ MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TYPE: 'SingleTenant' })),
      /BOTFRAMEWORK_APP_TENANT_ID/,
    ],
    [
      'Twilio public URL',
      () => twilioChannel.configure(settings({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_NUMBER: '+1', PUBLIC_URL: 'bot.example.com' })),
      /PUBLIC_URL/,
    ],
  ])('names what is missing or wrong in a half-done %s set-up', (_name, configure, message) => {
    expect(configure).toThrow(ChannelConfigError);
    expect(configure).toThrow(message);
  });

  it('turns the Bot Framework on without credentials only with BOTFRAMEWORK_ENABLED=true, and warns', () => {
    expect(botFrameworkChannel.configure(settings({ BOTFRAMEWORK_ENABLED: 'false' }))).toBeUndefined();
    const config = botFrameworkChannel.configure(settings({ BOTFRAMEWORK_ENABLED: 'true' }));
    expect(config).toEqual({});
    expect(botFrameworkChannel.warnings?.(config ?? {})).toEqual([expect.stringMatching(/without credentials/)]);
  });

  it('reads optional settings: Messenger API version, Twilio public URL; and the Webex secret', () => {
    expect(messengerChannel.configure(settings({ FACEBOOK_VERIFY_TOKEN: 'v', FACEBOOK_ACCESS_TOKEN: 't', FACEBOOK_APP_SECRET: 's' }))?.apiVersion).toBe(
      'v21.0',
    );
    const twilio = twilioChannel.configure(settings({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_NUMBER: '+1' }));
    expect(twilio?.publicUrl).toBeUndefined();
    expect(twilio && twilioChannel.warnings?.(twilio)).toEqual([expect.stringMatching(/PUBLIC_URL/)]);
    expect(webexChannel.configure(settings({ WEBEX_ACCESS_TOKEN: 't', WEBEX_PUBLIC_ADDRESS: 'https://bot.example.com', WEBEX_SECRET: 's' }))?.secret).toBe('s');
  });
});

describe('adapter loading', () => {
  const notFound = (name: string) => Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND' });

  it('names the package and the install command when the adapter is missing', async () => {
    const load = () => {
      throw notFound('botbuilder-adapter-slack');
    };
    await expect(loadAdapterPackage('botbuilder-adapter-slack', load)).rejects.toThrow(
      'botbuilder-adapter-slack is not installed; run `npm install botbuilder-adapter-slack` to enable this channel',
    );
  });

  it('names an undeclared dependency the adapter needs', async () => {
    await expect(loadAdapterPackage('botbuilder-adapter-slack', () => Promise.reject(notFound('request')))).rejects.toThrow(
      'botbuilder-adapter-slack cannot load: it requires "request", which it does not declare as a dependency and which is not installed',
    );
  });

  it('passes other errors through', async () => {
    await expect(loadAdapterPackage('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});

describe('isLoopbackUrl', () => {
  it.each([['http://localhost:3978'], ['http://127.0.0.1:50000/'], ['http://[::1]:80']])('accepts %s', (url) => expect(isLoopbackUrl(url)).toBe(true));
  it.each([['https://smba.trafficmanager.net/emea/'], ['http://127.0.0.1.attacker.example'], ['not a url'], [undefined]])('refuses %s', (url) =>
    expect(isLoopbackUrl(url)).toBe(false),
  );
});
