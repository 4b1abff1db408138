import type { Reply } from '../../answers/compose';
import { commonMark, convertMarkdown } from '../markdown';

export interface BotFrameworkMessage {
  type: 'message';
  text: string;
  textFormat: 'markdown';
  suggestedActions?: { actions: Array<{ type: 'imBack'; title: string; value: string }> };
}

/**
 * An activity for Teams, Web Chat, Direct Line and the Emulator. Suggested questions become suggested
 * actions of type imBack: a tap posts the question back as if the user had typed it.
 */
export function toBotFrameworkMessage(reply: Reply): BotFrameworkMessage {
  const message: BotFrameworkMessage = { type: 'message', text: convertMarkdown(reply.text, commonMark), textFormat: 'markdown' };
  if (reply.suggestions.length > 0) {
    message.suggestedActions = { actions: reply.suggestions.map(({ title, payload }) => ({ type: 'imBack', title, value: payload })) };
  }
  return message;
}
