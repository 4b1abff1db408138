
import { MemoryStorage } from 'botbuilder';
import type { Botkit } from 'botkit';
import express from 'express';
import { mountChannels } from '../../../src/server/channels';
import { capturingLogger } from '../../support/channels';
import nock, { isolateNetwork, restoreNetwork } from '../../support/nock';

beforeAll(isolateNetwork);
afterAll(restoreNetwork);

/** Only handleTurn is taken from the controller while mounting. */
const controller = { handleTurn: async () => undefined } as unknown as Botkit;

describe('mountChannels', () => {
  it('mounts nothing and says so when no channel is configured', async () => {
    const { logger, lines } = capturingLogger();
    expect(await mountChannels({ app: express(), controller, logger, env: {}, storage: new MemoryStorage() })).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, msg: 'no messaging channel enabled' }));
  });

  it('mounts several channels, and lists each with its path', async () => {
    nock('https://api.twilio.com').get('/2010-04-01/Accounts/AC1.json').reply(200, { sid: 'AC1', friendly_name: 'Test' });
    const { logger, lines } = capturingLogger();
    const env = { BOTFRAMEWORK_ENABLED: 'true', TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_NUMBER: '+15550000000', PUBLIC_URL: 'https://bot.example.com' };
    const enabled = await mountChannels({ app: express(), controller, logger, env, storage: new MemoryStorage() });
    const expected = [{ name: 'botframework', path: '/api/botframework' }, { name: 'twilio', path: '/api/twilio' }];
    expect(enabled).toEqual(expected);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'messaging channels enabled', channels: expected }));
  });

  it('leaves a channel off when its platform does not answer in time, without holding up the others', async () => {
    nock('https://slack.com').post('/api/auth.test').delay(900).reply(200, { ok: true, user_id: 'U1' });
    const { logger, lines } = capturingLogger();
    const started = Date.now();
    const env = { SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb', BOTFRAMEWORK_ENABLED: 'true' };
    const enabled = await mountChannels({ app: express(), controller, logger, env, storage: new MemoryStorage(), connectTimeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(enabled.map((c) => c.name)).toEqual(['botframework']);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, channel: 'slack', problem: 'slack start-up check did not answer within 0.3 s' }));
    // Let the late answer arrive while the network is still mocked, or the client would retry for real.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });

  it('leaves a half-configured channel off and names what is missing', async () => {
    const { logger, lines } = capturingLogger();
    expect(await mountChannels({ app: express(), controller, logger, env: { SLACK_BOT_TOKEN: 'xoxb' }, storage: new MemoryStorage() })).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, channel: 'slack', msg: 'channel disabled: incomplete configuration', problem: 'Slack needs SLACK_SIGNING_SECRET as well as SLACK_BOT_TOKEN' }));
  });
});
