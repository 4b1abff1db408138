import { createServer } from 'node:http';
import { MemoryStorage, TurnContext } from 'botbuilder';
import express from 'express';
import { CHANNELS, mountChannels, rendererOf } from '../../src/channels/registry';
import type { ChannelContext, TurnHandler } from '../../src/channels/types';
import { DEFAULT_SECURITY } from '../../src/channels/web/security';
import type { Logger } from '../../src/logger';
import { capturingLogger } from '../kit/channels';
import nock, { isolateNetwork, restoreNetwork } from '../kit/nock';
import { reply } from './support';

beforeAll(isolateNetwork);
afterAll(restoreNetwork);

function context(logger: Logger, handleTurn: TurnHandler = async () => undefined): ChannelContext {
  return { handleTurn, logger, storage: new MemoryStorage(), http: createServer(), inFlight: { begin: () => () => undefined }, notice: () => reply('') };
}

async function mount(env: NodeJS.ProcessEnv, logger: Logger, connectTimeoutMs?: number) {
  const mounted = await mountChannels({ app: express(), settings: { env, security: DEFAULT_SECURITY }, context: context(logger), connectTimeoutMs });
  await mounted.close();
  return mounted.enabled;
}

describe('the channel registry', () => {
  it('has one folder name per channel, each with its own path', () => {
    expect(CHANNELS.map((c) => c.name)).toEqual(['web', 'botframework', 'slack', 'messenger', 'twilio', 'webex']);
    for (const channel of CHANNELS.filter((c) => c.name !== 'web')) expect(channel.path).toBe(`/api/${channel.name}`);
  });

  it('mounts only the web channel and says so when no messaging channel is configured', async () => {
    const { logger, lines } = capturingLogger();
    expect(await mount({}, logger)).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, msg: 'no messaging channel enabled' }));
  });

  it('mounts several channels, and lists each with its path', async () => {
    nock('https://api.twilio.com').get('/2010-04-01/Accounts/AC1.json').reply(200, { sid: 'AC1', friendly_name: 'Test' });
    const { logger, lines } = capturingLogger();
    const env = { BOTFRAMEWORK_ENABLED: 'true', TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_NUMBER: '+15550000000', PUBLIC_URL: 'https://bot.example.com' };
    const expected = [{ name: 'botframework', path: '/api/botframework' }, { name: 'twilio', path: '/api/twilio' }];
    expect(await mount(env, logger)).toEqual(expected);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'messaging channels enabled', channels: expected }));
  });

  it('leaves a channel off when its platform does not answer in time, without holding up the others', async () => {
    nock('https://slack.com').post('/api/auth.test').delay(900).reply(200, { ok: true, user_id: 'U1' });
    const { logger, lines } = capturingLogger();
    const enabled = await mount({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb', BOTFRAMEWORK_ENABLED: 'true' }, logger, 300);
    expect(enabled.map((c) => c.name)).toEqual(['botframework']);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, channel: 'slack', problem: 'slack start-up check did not answer within 0.3 s' }));
    // Let the late answer arrive while the network is still mocked, or the client would retry for real.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });

  it('leaves a half-configured channel off and names what is missing', async () => {
    const { logger, lines } = capturingLogger();
    expect(await mount({ SLACK_BOT_TOKEN: 'xoxb' }, logger)).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, channel: 'slack', msg: 'channel disabled: incomplete configuration', problem: 'Slack needs SLACK_SIGNING_SECRET as well as SLACK_BOT_TOKEN' }));
  });
});

describe('rendererOf', () => {
  const answer = reply('Every *4-6 weeks*.', ['Benefits']);

  it('renders each turn with the renderer of the channel it came through', () => {
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
    expect(() => rendererOf(turn)).toThrow('no channel renders replies for activities of "stray"');
  });
});
