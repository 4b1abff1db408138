import type { Reply } from '../../answers/compose';
import { convertMarkdown, plainText } from '../markdown';
import { splitText, truncate } from '../split';

/** Messenger's Send API limits: text 2,000 characters, at most 13 quick replies, titles of 20 characters. */
export const MESSENGER_TEXT_MAX = 2000;
const QUICK_REPLIES_MAX = 13;
const QUICK_REPLY_TITLE_MAX = 20;
const QUICK_REPLY_PAYLOAD_MAX = 1000;

export interface MessengerQuickReply {
  content_type: 'text';
  title: string;
  payload: string;
}

export interface MessengerMessage {
  type: 'message';
  text: string;
  quick_replies?: MessengerQuickReply[];
}

/** Messenger shows Markdown literally, so it is stripped; quick replies go on the last part of a split answer. */
export function toMessengerMessages(reply: Reply): MessengerMessage[] {
  const parts = splitText(convertMarkdown(reply.text, plainText('•')), MESSENGER_TEXT_MAX);
  const messages: MessengerMessage[] = parts.map((text) => ({ type: 'message', text }));
  if (reply.suggestions.length > 0 && messages.length > 0) {
    messages[messages.length - 1].quick_replies = reply.suggestions.slice(0, QUICK_REPLIES_MAX).map(({ title, payload }) => ({
      content_type: 'text',
      title: truncate(title, QUICK_REPLY_TITLE_MAX),
      payload: truncate(payload, QUICK_REPLY_PAYLOAD_MAX),
    }));
  }
  return messages;
}
