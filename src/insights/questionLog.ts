import type { Logger } from '../logger';
import type { InsightsStore, QuestionRow } from './store';

export interface QuestionLogOptions {
  /** Rows waiting to be written; beyond this, new rows are dropped (the store is slow or down). */
  maxQueue: number;
  /** Rows per write transaction; a full batch is written at once. */
  batchSize: number;
  /** A row waits at most this long for its batch to fill before it is written. */
  flushEveryMs: number;
  /** Called for every dropped row, with why: `queue_full` or `write_failed`. */
  onDropped: (reason: 'queue_full' | 'write_failed', rows: number) => void;
  /** At most one warning per this many ms, with the count dropped since the last one. */
  warnEveryMs: number;
}

export const DEFAULT_QUESTION_LOG: Omit<QuestionLogOptions, 'onDropped'> = { maxQueue: 5000, batchSize: 500, flushEveryMs: 1000, warnEveryMs: 10_000 };

/**
 * Writes question rows after the answer has gone out: `record` only queues (it never waits, never throws), and
 * one writer drains the queue in batches, when a batch is full or its first row has waited `flushEveryMs`: a
 * transaction per few rows (its commit is a disk sync) cost more than the turns it recorded. `flush` (shutdown,
 * forgetting a visitor) writes at once. A slow or failing store costs rows, counted and logged, never answers.
 */
export class QuestionLog {
  private queue: QuestionRow[] = [];
  private writing?: Promise<void>;
  private timer?: ReturnType<typeof setTimeout>;
  private droppedSinceWarning = 0;
  private lastWarning = 0;

  constructor(
    private readonly store: InsightsStore,
    private readonly logger: Logger,
    private readonly options: QuestionLogOptions,
  ) {}

  record(row: QuestionRow): void {
    if (this.queue.length >= this.options.maxQueue) {
      this.dropped('queue_full', 1, 'question log queue full: the database is too slow');
      return;
    }
    this.queue.push(row);
    if (this.queue.length >= this.options.batchSize) this.write();
    // Unref'd: a process that ends flushes first (shutdown), and a timer must not keep it alive.
    else this.timer ??= setTimeout(() => this.write(), this.options.flushEveryMs).unref();
  }

  /** Resolves once every row queued so far was written or dropped. */
  async flush(): Promise<void> {
    this.write();
    while (this.writing) await this.writing;
  }

  /** Starts the writer now, unless it is running (it takes every row queued meanwhile). */
  private write(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Started from a fresh microtask, so `writing` is set before the writer can end and clear it.
    this.writing ??= Promise.resolve().then(() => this.drain());
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.options.batchSize);
        try {
          await this.store.addQuestions(batch);
        } catch (err) {
          this.dropped('write_failed', batch.length, 'question log write failed', err);
        }
      }
    } finally {
      this.writing = undefined;
    }
  }

  private dropped(reason: 'queue_full' | 'write_failed', rows: number, message: string, err?: unknown): void {
    this.options.onDropped(reason, rows);
    this.droppedSinceWarning += rows;
    const now = Date.now();
    if (now - this.lastWarning < this.options.warnEveryMs) return;
    this.logger.warn({ reason, droppedRows: this.droppedSinceWarning, ...(err ? { err: err instanceof Error ? err.message : String(err) } : {}) }, message);
    this.droppedSinceWarning = 0;
    this.lastWarning = now;
  }
}
