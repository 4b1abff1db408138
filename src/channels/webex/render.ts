import type { Reply } from '../../answers/compose';
import { commonMark, convertMarkdown, plainText } from '../markdown';

export interface WebexMessage {
  type: 'message';
  /** Shown by clients that cannot render Markdown, and in notifications. */
  text: string;
  channelData: { markdown: string };
}

/**
 * Webex renders Markdown but has no quick-reply buttons; suggested questions are listed in full, so they
 * can be copied, or typed, as they stand.
 */
export function toWebexMessage(reply: Reply): WebexMessage {
  const questions = reply.suggestions.map((s) => `- ${s.payload}`).join('\n');
  const markdown = reply.suggestions.length > 0 ? `${reply.text}\n\nYou could also ask:\n\n${questions}` : reply.text;
  return { type: 'message', text: convertMarkdown(markdown, plainText('-')), channelData: { markdown: convertMarkdown(markdown, commonMark) } };
}
