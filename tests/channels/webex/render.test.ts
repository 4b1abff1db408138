import { toWebexMessage } from '../../../src/channels/webex/render';
import { reply } from '../support';

describe('toWebexMessage', () => {
  it('sends Markdown with the suggested questions listed in full, and a plain-text fallback', () => {
    expect(toWebexMessage(reply('Every **4-6 weeks**.', ['Benefits']))).toEqual({
      type: 'message',
      text: 'Every 4-6 weeks.\n\nYou could also ask:\n\n- Question 1 about Benefits?',
      channelData: { markdown: 'Every **4-6 weeks**.\n\nYou could also ask:\n\n- Question 1 about Benefits?' },
    });
  });

  it('sends the answer alone when nothing is suggested', () => {
    expect(toWebexMessage(reply('Goodbye.')).channelData.markdown).toBe('Goodbye.');
  });
});
