import type { AskedAbout } from './action';

/** What the bot remembers between turns of one conversation. Plain JSON, so any Botkit storage can hold it. */
export interface ConversationContext {
  /** The content intent of the last answer: what "why?" or "and for scars?" refer to. */
  intent?: string;
  topic?: string;
  /** The topic the last reply said the article is silent on: what "and after?" still asks about. */
  silence?: string;
  /** What the last question about another treatment asked ("how long is the recovery after a peel?"). */
  aside?: AskedAbout;
  /** The other treatment the last question was about ("do yous do botox"): what "the difference between that and it" weighs. */
  treatment?: string;
  /** The last answer was already "tell me more" of it: another has nothing left to add. */
  toldMore?: boolean;
  /** Epoch milliseconds of the last turn that changed the context. */
  updatedAt: number;
}

export const EMPTY_CONTEXT: ConversationContext = { updatedAt: 0 };

/** Context older than the time-to-live is forgotten: a visitor returning tomorrow starts afresh. */
export function activeContext(context: ConversationContext | undefined, now: number, ttlMs: number): ConversationContext {
  if (!context || typeof context.updatedAt !== 'number' || now - context.updatedAt > ttlMs) return EMPTY_CONTEXT;
  return context;
}
