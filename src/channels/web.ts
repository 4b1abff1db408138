import type { Reply } from '../answers/compose';

/** A message in the web adapter's format, as the widget and webhook clients receive it. */
export interface WebMessage {
  type: 'message';
  text: string;
  quick_replies?: Array<{ title: string; payload: string }>;
}

export function toWebMessage(reply: Reply): WebMessage {
  const message: WebMessage = { type: 'message', text: reply.text };
  if (reply.suggestions.length > 0) {
    message.quick_replies = reply.suggestions.map(({ title, payload }) => ({ title, payload }));
  }
  return message;
}
