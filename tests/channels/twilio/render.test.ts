import { pickNumberedChoice, SMS_MAX, toSmsMessages, toSmsText } from '../../../src/channels/twilio/render';
import { reply } from '../support';

describe('toSmsMessages', () => {
  it('sends plain text with numbered options and the questions they stand for', () => {
    expect(toSmsMessages(reply('Every *4-6 weeks*.', ['How many sessions?', 'Benefits']))).toEqual([
      {
        type: 'message',
        text: 'Every 4-6 weeks.\n\nReply 1 for How many sessions?\nReply 2 for Benefits',
        channelData: { numberedChoices: ['Question 1 about How many sessions??', 'Question 2 about Benefits?'] },
      },
    ]);
  });

  it('has no options, and no choices to remember, when nothing is suggested', () => {
    expect(toSmsMessages(reply('Goodbye.'))).toEqual([{ type: 'message', text: 'Goodbye.' }]);
  });

  it('keeps every message within 1,600 characters, the options on the last one', () => {
    const messages = toSmsMessages(reply('A long answer. '.repeat(250), ['Benefits', 'Aftercare']));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.text.length).toBeLessThanOrEqual(SMS_MAX);
    expect(messages[messages.length - 1].text).toMatch(/Reply 2 for Aftercare$/);
    expect(messages.filter((m) => m.channelData)).toHaveLength(1);
  });

  it('puts the options in a message of their own when they do not fit in the last one', () => {
    const messages = toSmsMessages(reply('x'.repeat(1590), ['Benefits']));
    expect(messages.map((m) => m.text.length)).toEqual([1590, 'Reply 1 for Benefits'.length]);
  });
});

describe('toSmsText', () => {
  it('stays in the GSM alphabet: "-" bullets, straight quotes, no ellipsis character', () => {
    expect(toSmsText('The article’s “advice” – briefly…\n- one\n- **two**')).toBe('The article\'s "advice" - briefly...\n- one\n- two');
  });
});

describe('pickNumberedChoice', () => {
  const offered = ['First question?', 'Second question?'];

  it.each([['2'], [' 2 '], ['2.'], ['2)']])('reads %p as the second question', (text) => {
    expect(pickNumberedChoice(text, offered)).toBe('Second question?');
  });

  it.each([['3'], ['0'], ['2 please'], ['twelve'], [''], [undefined]])('ignores %p', (text) => {
    expect(pickNumberedChoice(text, offered)).toBeUndefined();
  });

  it('ignores a number when nothing was offered', () => {
    expect(pickNumberedChoice('1', [])).toBeUndefined();
  });
});
