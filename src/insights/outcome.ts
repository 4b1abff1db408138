import { namesSilence } from '../answers/compose';
import type { Reply } from '../bot';

import type { Outcome } from './reportShape';

export type { Outcome } from './reportShape';

/** Fields a reply may carry beyond the core's `Reply`: the subject a not-covered answer named, the classifier's confidence. */
export type ObservedReply = Reply & { subject?: string; confidence?: number };

export interface ReplyOutcome {
  outcome: Outcome;
  /** For `not_covered`: the subject the bot said the article does not cover. */
  subject?: string;
}

const DIRECT: Partial<Record<string, Outcome>> = {
  not_covered: 'not_covered',
  out_of_scope: 'out_of_scope',
  unclear: 'unclear',
  other_language: 'unclear',
  empty: 'unclear',
  rate_limited: 'rate_limited',
};

/**
 * The outcome of one reply. A reply that states facts names its article section, so "answered" is a reply with
 * a section; welcomes, thanks and the like have none and are conversational.
 */
export function outcomeOf(reply: ObservedReply): ReplyOutcome {
  const direct = DIRECT[reply.intent];
  if (namesSilence(reply)) return { outcome: 'not_covered', subject: reply.subject ?? reply.topic?.replace(/_/g, ' ') ?? 'unnamed' };
  if (direct) return { outcome: direct };
  return { outcome: reply.section ? 'answered' : 'conversational' };
}
