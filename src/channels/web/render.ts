import type { Reply } from '../../answers/compose';
import type { MessageFrame } from '../../protocol/web';

/** A reply as the widget and webhook clients receive it. */
export function toWebMessage(reply: Reply): MessageFrame {
  const message: MessageFrame = { type: 'message', text: reply.text };
  if (reply.suggestions.length > 0) {
    message.quick_replies = reply.suggestions.map(({ title, payload }) => ({ title, payload }));
  }
  return message;
}
