import { MESSENGER_TEXT_MAX, toMessengerMessages } from '../../../src/channels/messenger/render';
import { reply } from '../support';

describe('toMessengerMessages', () => {
  it('strips Markdown and adds quick replies with titles of at most 20 characters', () => {
    const [message, ...rest] = toMessengerMessages(reply('Results:\n- *slowly*\n- **surely**', ['When will I see results?', 'Benefits']));
    expect(rest).toEqual([]);
    expect(message.text).toBe('Results:\n• slowly\n• surely');
    expect(message.quick_replies).toEqual([
      { content_type: 'text', title: 'When will I see res…', payload: 'Question 1 about When will I see results??' },
      { content_type: 'text', title: 'Benefits', payload: 'Question 2 about Benefits?' },
    ]);
  });

  it('offers at most 13 quick replies', () => {
    const titles = Array.from({ length: 20 }, (_, i) => `Option ${i}`);
    expect(toMessengerMessages(reply('Pick one.', titles))[0].quick_replies).toHaveLength(13);
  });

  it('splits text over 2,000 characters, with the quick replies on the last part only', () => {
    const messages = toMessengerMessages(reply('sentence here. '.repeat(300), ['Benefits']));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.text.length).toBeLessThanOrEqual(MESSENGER_TEXT_MAX);
    expect(messages.slice(0, -1).every((m) => m.quick_replies === undefined)).toBe(true);
    expect(messages[messages.length - 1].quick_replies).toHaveLength(1);
  });
});
