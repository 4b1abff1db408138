import type { Reply } from '../../answers/compose';
import { convertMarkdown, plainText } from '../markdown';
import { splitText } from '../split';

/** Twilio refuses a message body over 1,600 characters (it bills by 153-character segment below that). */
export const SMS_MAX = 1600;

export interface SmsMessage {
  type: 'message';
  text: string;
  /** The questions the numbers in `text` stand for; kept by the SMS channel so "2" can pick the second. */
  channelData?: { numberedChoices: string[] };
}

// Typographic characters outside the GSM-7 alphabet would switch the whole SMS to UCS-2 (70 characters a segment).
const GSM_FRIENDLY: Array<[RegExp, string]> = [
  [/[‘’‚′]/g, "'"],
  [/[“”„″]/g, '"'],
  [/[–—−]/g, '-'],
  [/…/g, '...'],
  [/•/g, '-'],
  [/\u00a0/g, ' '],
];

export function toSmsText(markdown: string): string {
  return GSM_FRIENDLY.reduce((text, [pattern, plain]) => text.replace(pattern, plain), convertMarkdown(markdown, plainText('-')));
}

/** Plain text; suggested questions become "Reply 1 for …" lines, on the last message of a split answer. */
export function toSmsMessages(reply: Reply): SmsMessage[] {
  const messages: SmsMessage[] = splitText(toSmsText(reply.text), SMS_MAX).map((text) => ({ type: 'message', text }));
  if (reply.suggestions.length === 0) return messages;
  const options = reply.suggestions.map(({ title }, i) => toSmsText(`Reply ${i + 1} for ${title}`)).join('\n');
  const numberedChoices = reply.suggestions.map((s) => s.payload);
  const last = messages[messages.length - 1];
  if (last && last.text.length + 2 + options.length <= SMS_MAX) {
    last.text = `${last.text}\n\n${options}`;
    last.channelData = { numberedChoices };
  } else {
    messages.push({ type: 'message', text: options, channelData: { numberedChoices } });
  }
  return messages;
}

/** The question a bare number ("2", " 2. ") picks from the choices last offered, if it is one of them. */
export function pickNumberedChoice(text: unknown, offered: readonly string[]): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
  if (!match) return undefined;
  return offered[Number(match[1]) - 1];
}
