import { rendererFor } from '../../src/channels';
import { reply } from './support';

describe('rendererFor', () => {
  const answer = reply('Every *4-6 weeks*.', ['Benefits']);
  const render = (activity: { channelId?: string; serviceUrl?: string }) => rendererFor(activity)(answer);

  it('renders each adapter\'s channel in its own format', () => {
    expect(render({ channelId: 'webhook' })[0]).toHaveProperty('quick_replies');
    expect(render({ channelId: 'websocket' })[0]).toHaveProperty('quick_replies');
    expect(render({ channelId: 'slack' })[0]).toHaveProperty('blocks');
    expect(render({ channelId: 'facebook' })[0]).toHaveProperty('quick_replies', [expect.objectContaining({ content_type: 'text' })]);
    expect(render({ channelId: 'twilio-sms' })[0].text).toContain('Reply 1 for Benefits');
    expect(render({ channelId: 'webex' })[0]).toHaveProperty('channelData.markdown');
  });

  it('renders every Bot Framework activity (it has a serviceUrl) with suggested actions, whatever its channel id', () => {
    for (const channelId of ['msteams', 'webchat', 'emulator', 'slack', 'facebook']) {
      expect(render({ channelId, serviceUrl: 'https://smba.trafficmanager.net/emea/' })[0]).toHaveProperty('suggestedActions');
    }
  });
});
