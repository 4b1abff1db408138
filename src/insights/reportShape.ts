/**
 * The report's shape, shared by the server (which builds it) and the admin page (which draws it): plain types
 * and constants only, so the browser bundle imports nothing of Node.
 */

/** What the bot did with one question, as the site owner's report groups it. */
export type Outcome = 'answered' | 'not_covered' | 'out_of_scope' | 'unclear' | 'rate_limited' | 'conversational';

export const OUTCOMES: readonly Outcome[] = ['answered', 'not_covered', 'out_of_scope', 'unclear', 'rate_limited', 'conversational'];

export interface QuestionCount {
  question: string;
  count: number;
}

export interface DayOutcomes {
  /** UTC date, YYYY-MM-DD. */
  day: string;
  counts: Record<Outcome, number>;
}

export interface UncoveredSubject {
  subject: string;
  count: number;
  examples: QuestionCount[];
}

/** An answer and the votes it received. */
export interface AnswerVotes {
  intent: string | null;
  topic: string | null;
  section: string | null;
  answer: string | null;
  down: number;
  up: number;
}

export interface DownVotedAnswer extends AnswerVotes {
  /** Visitors' "what were you looking for?" comments on this answer, latest first. */
  comments: string[];
  /** Questions that got this answer and a thumbs down. */
  questions: string[];
}

/** What a writer needs to extend the article: what is asked and not answered, and which answers did not help. */
export interface Report {
  since: string;
  generatedAt: string;
  totals: Record<Outcome, number>;
  outcomesByDay: DayOutcomes[];
  uncovered: UncoveredSubject[];
  downVoted: DownVotedAnswer[];
  unclear: QuestionCount[];
}
