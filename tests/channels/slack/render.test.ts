import { toSlackMessage } from '../../../src/channels/slack/render';
import { reply } from '../support';

describe('toSlackMessage', () => {
  it('sends mrkdwn in a section, the same text as the notification fallback, and no buttons when nothing is suggested', () => {
    const message = toSlackMessage(reply('Benefits:\n- scars\n- **pores**'));
    expect(message).toEqual({
      type: 'message',
      text: 'Benefits:\n• scars\n• *pores*',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Benefits:\n• scars\n• *pores*' } }],
    });
  });

  it('turns suggested questions into buttons whose value is the question', () => {
    const { blocks } = toSlackMessage(reply('Every 4-6 weeks.', ['Benefits', 'Aftercare']));
    expect(blocks[1]).toEqual({
      type: 'actions',
      block_id: 'suggestions',
      elements: [
        { type: 'button', action_id: 'suggestion-0', text: { type: 'plain_text', text: 'Benefits', emoji: true }, value: 'Question 1 about Benefits?' },
        { type: 'button', action_id: 'suggestion-1', text: { type: 'plain_text', text: 'Aftercare', emoji: true }, value: 'Question 2 about Aftercare?' },
      ],
    });
  });

  it('keeps within Slack limits: 3,000 characters a section, 75 a button label', () => {
    const { blocks } = toSlackMessage(reply('word '.repeat(1000), ['x'.repeat(100)]));
    const sections = blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const block of sections) if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(3000);
    const actions = blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements[0].text.text.length).toBe(75);
  });
});
