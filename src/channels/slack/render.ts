import type { Reply } from '../../answers/compose';
import { convertMarkdown, slackMrkdwn } from '../markdown';
import { splitText, truncate } from '../split';

/** Slack caps a section block's text at 3,000 characters and a button's label at 75. */
const SECTION_MAX = 3000;
const BUTTON_TEXT_MAX = 75;

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: true };
  value: string;
}

export type SlackBlock = { type: 'section'; text: { type: 'mrkdwn'; text: string } } | { type: 'actions'; block_id: string; elements: SlackButton[] };

/** A chat.postMessage body: `text` is the notification and accessibility fallback for `blocks`. */
export interface SlackMessage {
  type: 'message';
  text: string;
  blocks: SlackBlock[];
}

/** Suggested questions become buttons whose value is the question, so a click reads like the typed question. */
export function toSlackMessage(reply: Reply): SlackMessage {
  const text = convertMarkdown(reply.text, slackMrkdwn);
  const blocks: SlackBlock[] = splitText(text, SECTION_MAX).map((part) => ({ type: 'section', text: { type: 'mrkdwn', text: part } }));
  if (reply.suggestions.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'suggestions',
      elements: reply.suggestions.map(({ title, payload }, i) => ({
        type: 'button',
        action_id: `suggestion-${i}`,
        text: { type: 'plain_text', text: truncate(title, BUTTON_TEXT_MAX), emoji: true },
        value: payload,
      })),
    });
  }
  return { type: 'message', text, blocks };
}
