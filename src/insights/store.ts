import type { Database } from '../storage/database';
import type { AnswerVotes, Outcome, QuestionCount } from './reportShape';

/** One question of a turn and what the bot did with it (a message with two questions gives two rows). */
export interface QuestionRow {
  replyId: string;
  at: number;
  channel: string;
  userHash: string;
  /** The visitor's message, redacted. */
  question: string;
  outcome: Outcome;
  intent: string;
  topic?: string;
  section?: string;
  subject?: string;
  /** The reply's text: the report shows which answer was down-voted. */
  answer: string;
  confidence?: number;
  latencyMs: number;
}

export type Rating = 'up' | 'down';

export interface FeedbackRow {
  replyId: string;
  userHash: string;
  rating: Rating;
  comment?: string;
  at: number;
}

export interface OutcomeCount {
  day: number;
  outcome: Outcome;
  count: number;
}
export interface SubjectCount {
  subject: string;
  count: number;
}
export interface DownVote {
  answer: string | null;
  comment: string | null;
  question: string | null;
}

const DAY_MS = 86_400_000;
const COLUMNS = 'reply_id, at, channel, user_hash, question, outcome, intent, topic, section, subject, answer, confidence, latency_ms';
const PLACEHOLDERS = COLUMNS.split(',')
  .map(() => '?')
  .join(', ');

/** The site owner's data, in SQL that runs unchanged on SQLite and PostgreSQL. */
export class InsightsStore {
  constructor(readonly db: Database) {}

  /** Writes rows in one transaction; a row already written (a retried batch) is left as it is. */
  async addQuestions(rows: readonly QuestionRow[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const r of rows) {
        await tx.run(`INSERT INTO questions (${COLUMNS}) VALUES (${PLACEHOLDERS}) ON CONFLICT (reply_id) DO NOTHING`, [
          r.replyId,
          r.at,
          r.channel,
          r.userHash,
          r.question,
          r.outcome,
          r.intent,
          r.topic ?? null,
          r.section ?? null,
          r.subject ?? null,
          r.answer,
          r.confidence ?? null,
          r.latencyMs,
        ]);
      }
    });
  }

  /** A visitor's vote on a reply; voting again on the same reply replaces the earlier vote and comment. */
  async saveFeedback(f: FeedbackRow): Promise<void> {
    await this.db.run(
      `INSERT INTO feedback (reply_id, user_hash, rating, comment, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (reply_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment, at = excluded.at`,
      [f.replyId, f.userHash, f.rating, f.comment ?? null, f.at],
    );
  }

  /** Deletes everything stored about one visitor. */
  async forget(userHash: string): Promise<{ questions: number; feedback: number }> {
    return this.db.transaction(async (tx) => ({
      questions: await tx.run('DELETE FROM questions WHERE user_hash = ?', [userHash]),
      feedback: await tx.run('DELETE FROM feedback WHERE user_hash = ?', [userHash]),
    }));
  }

  /** Deletes rows older than `before` (ms); returns how many. */
  async purge(before: number): Promise<number> {
    return this.db.transaction(
      async (tx) => (await tx.run('DELETE FROM questions WHERE at < ?', [before])) + (await tx.run('DELETE FROM feedback WHERE at < ?', [before])),
    );
  }

  /** Questions per UTC day (days since 1970) and outcome. */
  outcomesByDay(since: number): Promise<OutcomeCount[]> {
    return this.db.query<OutcomeCount>(
      `SELECT at / ${DAY_MS} AS day, outcome, COUNT(*) AS count FROM questions WHERE at >= ? GROUP BY at / ${DAY_MS}, outcome ORDER BY day, outcome`,
      [since],
    );
  }

  uncoveredSubjects(since: number, limit: number): Promise<SubjectCount[]> {
    return this.db.query<SubjectCount>(
      `SELECT subject, COUNT(*) AS count FROM questions WHERE outcome = 'not_covered' AND at >= ? AND subject IS NOT NULL
       GROUP BY subject ORDER BY count DESC, subject LIMIT ?`,
      [since, limit],
    );
  }

  /** The most frequent wordings of questions with `outcome` (and `subject`, when given). */
  questionsFor(outcome: Outcome, since: number, limit: number, subject?: string): Promise<QuestionCount[]> {
    const bySubject = subject === undefined ? '' : ' AND subject = ?';
    return this.db.query<QuestionCount>(
      `SELECT question, COUNT(*) AS count FROM questions WHERE outcome = ? AND at >= ?${bySubject}
       GROUP BY question ORDER BY count DESC, question LIMIT ?`,
      [outcome, since, ...(subject === undefined ? [] : [subject]), limit],
    );
  }

  /** Answers by thumbs down (then fewest thumbs up); feedback on a reply whose log row is gone counts under nulls. */
  mostDownVoted(since: number, limit: number): Promise<AnswerVotes[]> {
    return this.db.query<AnswerVotes>(
      `SELECT q.intent, q.topic, q.section, q.answer,
              SUM(CASE WHEN f.rating = 'down' THEN 1 ELSE 0 END) AS down, SUM(CASE WHEN f.rating = 'up' THEN 1 ELSE 0 END) AS up
       FROM feedback f LEFT JOIN questions q ON q.reply_id = f.reply_id WHERE f.at >= ?
       GROUP BY q.intent, q.topic, q.section, q.answer
       HAVING SUM(CASE WHEN f.rating = 'down' THEN 1 ELSE 0 END) > 0 ORDER BY down DESC, up ASC, q.answer LIMIT ?`,
      [since, limit],
    );
  }

  /** The latest thumbs down with the question and answer they were about. */
  downVotes(since: number, limit: number): Promise<DownVote[]> {
    return this.db.query<DownVote>(
      `SELECT q.answer, f.comment, q.question FROM feedback f LEFT JOIN questions q ON q.reply_id = f.reply_id
       WHERE f.rating = 'down' AND f.at >= ? ORDER BY f.at DESC LIMIT ?`,
      [since, limit],
    );
  }
}
