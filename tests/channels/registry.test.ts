import { createServer } from 'node:http';
import { MemoryStorage, TurnContext } from 'botbuilder';
import express from 'express';
import { CHANNELS, channelOf, mountChannels, SharedContext } from '../../src/channels/registry';
import type { TurnHandler } from '../../src/channels/types';
import { DEFAULT_SECURITY } from '../../src/channels/web/security';
import type { Logger } from '../../src/logger';
import { capturingLogger, FAST_RETRY, waitFor } from '../kit/channels';
import nock, { isolateNetwork, restoreNetwork } from '../kit/nock';
import { reply } from './support';

beforeAll(isolateNetwork);
afterAll(restoreNetwork);

function context(logger: Logger, handleTurn: TurnHandler = async () => undefined): SharedContext {
  return { handleTurn, logger, storage: new MemoryStorage(), http: createServer(), inFlight: { begin: () => () => undefined }, notice: () => reply('') };
}

async function mount(env: NodeJS.ProcessEnv, logger: Logger, settle?: (status: ReturnType<Awaited<ReturnType<typeof mountChannels>>['status']>) => boolean) {
  const mounted = await mountChannels({ app: express(), settings: { env, security: DEFAULT_SECURITY }, context: context(logger), retry: FAST_RETRY });
  if (settle) await waitFor(() => settle(mounted.status()));
  await mounted.close();
  return mounted;
}

describe('the channel registry', () => {
  it('has one folder name per channel, each with its own path', () => {
    expect(CHANNELS.map((c) => c.name)).toEqual(['web', 'botframework', 'slack', 'messenger', 'twilio', 'webex']);
    for (const channel of CHANNELS.filter((c) => c.name !== 'web')) expect(channel.path).toBe(`/api/${channel.name}`);
  });

  it('mounts only the web channel and says so when no messaging channel is configured', async () => {
    const { logger, lines } = capturingLogger();
    expect((await mount({}, logger)).enabled).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, msg: 'no messaging channel enabled' }));
  });

  it('mounts several channels, and lists each with its path', async () => {
    nock('https://api.twilio.com').get('/2010-04-01/Accounts/AC1.json').reply(200, { sid: 'AC1', friendly_name: 'Test' });
    const { logger, lines } = capturingLogger();
    const env = {
      BOTFRAMEWORK_ENABLED: 'true',
      TWILIO_ACCOUNT_SID: 'AC1',
      TWILIO_AUTH_TOKEN: 't',
      TWILIO_NUMBER: '+15550000000',
      PUBLIC_URL: 'https://bot.example.com',
    };
    const expected = [
      { name: 'botframework', path: '/api/botframework' },
      { name: 'twilio', path: '/api/twilio' },
    ];
    expect((await mount(env, logger)).enabled).toEqual(expected);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'messaging channels enabled', channels: expected }));
  });

  it('mounts a channel whose platform does not answer at once, degraded, without holding up the others', async () => {
    nock('https://slack.com').persist().post('/api/auth.test').replyWithError('connect ECONNREFUSED 127.0.0.1:443');
    const { logger, lines } = capturingLogger();
    const env = { SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb', BOTFRAMEWORK_ENABLED: 'true' };
    const mounted = await mount(env, logger, (status) => status.slack?.state === 'degraded');
    expect(mounted.enabled.map((c) => c.name)).toEqual(['botframework', 'slack']);
    expect(mounted.status()).toMatchObject({
      web: { state: 'ready' },
      botframework: { state: 'ready' },
      slack: { state: 'degraded', lastError: expect.stringMatching(/ECONNREFUSED/) },
    });
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, channel: 'slack', msg: 'platform unreachable; retrying in the background' }));
    nock.cleanAll();
  });

  it('leaves a half-configured channel off and names what is missing', async () => {
    const { logger, lines } = capturingLogger();
    expect((await mount({ SLACK_BOT_TOKEN: 'xoxb' }, logger)).enabled).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 50,
        channel: 'slack',
        msg: 'channel disabled: incomplete configuration',
        problem: 'Slack needs SLACK_SIGNING_SECRET as well as SLACK_BOT_TOKEN',
      }),
    );
  });
});

describe('channelOf', () => {
  it('renders each channel in its own format', () => {
    const answer = reply('Every *4-6 weeks*.', ['Benefits']);
    const rendered = new Map(CHANNELS.map((channel) => [channel.name, channel.render(answer)[0]]));
    expect(rendered.get('web')).toHaveProperty('quick_replies');
    expect(rendered.get('slack')).toHaveProperty('blocks');
    expect(rendered.get('messenger')).toHaveProperty('quick_replies', [expect.objectContaining({ content_type: 'text' })]);
    expect(rendered.get('twilio')?.text).toContain('Reply 1 for Benefits');
    expect(rendered.get('webex')).toHaveProperty('channelData.markdown');
    expect(rendered.get('botframework')).toHaveProperty('suggestedActions');
  });

  it('refuses a turn that no channel handed over', () => {
    const turn = { turnState: new Map(), activity: { channelId: 'stray' } } as unknown as TurnContext;
    expect(() => channelOf(turn)).toThrow('no channel renders replies for activities of "stray"');
  });
});
