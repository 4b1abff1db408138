import type { FollowUpKind } from '../data/content';

/** What the bot decided to do with one question. */
export type Action =
  | { kind: 'answer'; intent: string; topic?: string; followUp?: FollowUpKind; related?: boolean }
  | { kind: 'not_covered'; topic?: string; subject?: string; treatment?: string; condition?: boolean; among?: string }
  | { kind: 'conversational'; intent: string }
  | { kind: 'out_of_scope'; treatment?: string }
  | { kind: 'unclear' };

export const NOT_COVERED = 'not_covered';
