import type { RunningServer } from '../../../src/server/app';
import { capturingLogger, post, ServiceRecorder, startChannelServer } from '../../support/channels';
import { newUser } from '../../support/server';
import { isolateNetwork, restoreNetwork } from '../../support/nock';

function installed(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

beforeAll(isolateNetwork);
afterAll(restoreNetwork);

/** Enables a channel whose package cannot load, next to the Bot Framework channel, and checks both outcomes. */
async function withBrokenChannel(env: NodeJS.ProcessEnv, check: (server: RunningServer, lines: Array<Record<string, unknown>>, recorder: ServiceRecorder) => Promise<void>) {
  const recorder = await ServiceRecorder.start();
  const { logger, lines } = capturingLogger();
  const server = await startChannelServer({ ...env, BOTFRAMEWORK_ENABLED: 'true' }, logger);
  try {
    await check(server, lines, recorder);
  } finally {
    await server.close();
    await recorder.close();
  }
}

async function otherChannelsStillAnswer(server: RunningServer, recorder: ServiceRecorder): Promise<void> {
  const activity = {
    type: 'message', id: 'a1', channelId: 'emulator', serviceUrl: recorder.url, text: 'how often should I microneedle?',
    from: { id: 'u1' }, recipient: { id: 'bot' }, conversation: { id: 'c1' },
  };
  expect((await post(`${server.url}/api/botframework`, JSON.stringify(activity), { 'content-type': 'application/json' })).status).toBe(200);
  expect(JSON.stringify(recorder.requests[0]?.body)).toContain('4-6 weeks');
  const web = await post(`${server.url}/api/messages`, JSON.stringify({ type: 'message', user: await newUser(server), text: 'how often should I microneedle?' }), { 'content-type': 'application/json' });
  expect(JSON.stringify(web.json)).toContain('4-6 weeks');
}

(installed('botbuilder-adapter-webex') ? describe.skip : describe)('Webex while botbuilder-adapter-webex is not installed', () => {
  it('logs an error naming the package and its install command, stays off, and the other channels keep answering', async () => {
    const env = { WEBEX_ACCESS_TOKEN: 'token', WEBEX_PUBLIC_ADDRESS: 'https://bot.example.com', WEBEX_SECRET: 'secret' };
    await withBrokenChannel(env, async (server, lines, recorder) => {
      expect(server.channels.map((c) => c.name)).toEqual(['botframework']);
      expect(lines).toContainEqual(expect.objectContaining({
        level: 50, channel: 'webex', path: '/api/webex', msg: 'channel disabled: start-up check failed',
        problem: expect.stringContaining('botbuilder-adapter-webex is not installed; run `npm install botbuilder-adapter-webex@1.0.10`'),
      }));
      expect((await post(`${server.url}/api/webex`, '{}', { 'content-type': 'application/json' })).status).toBe(404);
      await otherChannelsStillAnswer(server, recorder);
    });
  });
});
