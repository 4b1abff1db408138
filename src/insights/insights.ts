import type { Logger } from '../logger';
import type { BotMetrics } from '../metrics/metrics';
import type { Database } from '../storage/database';
import { outcomeOf } from './outcome';
import { DEFAULT_QUESTION_LOG, QuestionLog } from './questionLog';
import { redact } from './redact';
import { buildReport, Report } from './report';
import { InsightsStore, Rating } from './store';
import type { CompletedTurn, TurnObserver } from './turn';
import type { VisitorKeys } from './visitorKeys';

const DAY_MS = 86_400_000;
const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface InsightsOptions {
  db: Database;
  keys: VisitorKeys;
  metrics: BotMetrics;
  logger: Logger;
  /** Off: no question is written (metrics and feedback still are). */
  questionLog: boolean;
  /** Rows older than this are deleted, at start-up and every hour. */
  retentionDays: number;
}

/** The site owner's side of each turn: metrics, the question log, feedback, forgetting, the report. */
export class Insights implements TurnObserver {
  readonly store: InsightsStore;
  private readonly log?: QuestionLog;
  private purgeTimer?: ReturnType<typeof setInterval>;

  constructor(private readonly options: InsightsOptions) {
    this.store = new InsightsStore(options.db);
    const failures = options.metrics.questionLogFailures;
    if (options.questionLog) {
      this.log = new QuestionLog(this.store, options.logger, { ...DEFAULT_QUESTION_LOG, onDropped: (reason, rows) => failures.inc({ reason }, rows) });
    }
  }

  replyId(user: string): string {
    return this.options.keys.replyId(user);
  }

  turnCompleted(turn: CompletedTurn): void {
    try {
      this.observe(turn);
    } catch (err) {
      // Whatever goes wrong here, the visitor already has the answer and the turn must not fail.
      this.options.logger.warn({ err: err instanceof Error ? err.message : err }, 'turn not recorded');
    }
  }

  private observe(turn: CompletedTurn): void {
    const { metrics } = this.options;
    metrics.turnSeconds.observe({ channel: turn.channel }, turn.latencyMs / 1000);
    const userHash = this.log && this.options.keys.userHash(turn.user);
    const question = this.log && redact(turn.text);
    for (const { id, reply } of turn.replies) {
      const { outcome, subject } = outcomeOf(reply);
      metrics.turns.inc({ channel: turn.channel, outcome });
      this.log?.record({
        replyId: id,
        at: turn.at,
        channel: turn.channel,
        userHash: userHash as string,
        question: question as string,
        outcome,
        intent: reply.intent,
        topic: reply.topic,
        section: reply.section,
        subject,
        answer: reply.text,
        confidence: reply.confidence,
        latencyMs: turn.latencyMs,
      });
    }
  }

  /** Records a vote; `not_found` when the reply was not sent to this user (or never existed). */
  async feedback(user: string, replyId: string, rating: Rating, comment?: string): Promise<'saved' | 'not_found'> {
    if (!this.options.keys.ownsReply(user, replyId)) return 'not_found';
    await this.store.saveFeedback({ replyId, userHash: this.options.keys.userHash(user), rating, comment, at: Date.now() });
    this.options.metrics.feedback.inc({ rating });
    return 'saved';
  }

  /** Deletes the visitor's questions and votes (rows still queued are written first, then deleted too). */
  async forget(user: string): Promise<void> {
    await this.log?.flush();
    await this.store.forget(this.options.keys.userHash(user));
  }

  report(since: number): Promise<Report> {
    return buildReport(this.store, since);
  }

  /** Deletes rows older than the retention period; returns how many (0 when the store failed, which is logged). */
  async purgeExpired(now = Date.now()): Promise<number> {
    const { retentionDays, logger } = this.options;
    try {
      const deleted = await this.store.purge(now - retentionDays * DAY_MS);
      if (deleted > 0) logger.info({ deleted, retentionDays }, 'old question log rows purged');
      return deleted;
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : err }, 'question log purge failed');
      return 0;
    }
  }

  /** Purges now and then every hour. */
  startRetention(): void {
    void this.purgeExpired();
    this.purgeTimer = setInterval(() => void this.purgeExpired(), PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  /** Writes what is queued and stops the purge timer; the database stays open (its owner closes it). */
  async close(): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    await this.log?.flush();
  }
}
