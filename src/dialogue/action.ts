import type { FollowUpKind } from '../data/content';

/** What a question about another treatment asked, for "and for microneedling?" after it. */
export interface AskedAbout {
  intent: string;
  topic?: string;
}

/** What the bot decided to do with one question. */
export type Action =
  | { kind: 'answer'; intent: string; topic?: string; followUp?: FollowUpKind; related?: boolean }
  | {
      kind: 'not_covered';
      topic?: string;
      subject?: string;
      treatment?: string;
      condition?: boolean;
      among?: string;
      /** The article's sentence using a word it never defines ("purify"). */
      quote?: string;
    }
  /**
   * `tone`: the remark acknowledged was a let-down, which an apology answers rather than "glad to help"; or it only told
   * something ("man that's stressful"), which is noted rather than thanked for.
   */
  | { kind: 'conversational'; intent: string; tone?: 'disappointed' | 'noted' }
  | { kind: 'out_of_scope'; treatment?: string; asked?: AskedAbout }
  | { kind: 'unclear'; language?: boolean };

export const NOT_COVERED = 'not_covered';
