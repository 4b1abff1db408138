import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { Database, Executor } from './database';

/** How long a statement waits for another process's write lock before it fails. */
const BUSY_WAIT_MS = 5000;

/** How often the write-ahead log is copied into the database file. */
const CHECKPOINT_EVERY_MS = 1000;
/** SQLite's own default: a checkpoint by the committing connection whenever the log passes this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * Runs in a worker thread with a connection of its own: copying the log into the database file, and the two disk
 * syncs that takes, were two thirds of a commit's time, and on the server's thread they held up answers.
 * RESTART also has the next commit write the log from its start, so the log file stays the size of one interval's
 * writes (PASSIVE alone let it grow without end). A restart needs the write lock, so the server asks for each
 * checkpoint between two of its own transactions (`takeTurn`); the busy timeout is only for other processes' locks,
 * and if one holds on, the log waits for the next interval. Any other error ends the worker, and the server's
 * connection goes back to checkpointing by itself.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = ' + workerData.busyMs);
parentPort.on('message', () => {
  try {
    db.pragma('wal_checkpoint(RESTART)');
  } catch (error) {
    if (!String(error.code).startsWith('SQLITE_BUSY')) throw error;
  }
  parentPort.postMessage('checkpointed');
});
parentPort.postMessage('ready');
`;

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith('SQLITE_BUSY') === true;

/**
 * Runs `statement`, waiting for another connection's write lock without blocking the event loop: SQLite's own
 * busy timeout would sleep the whole process, answers included (and deadlock two connections of one process).
 */
async function whenUnlocked<T>(statement: () => T): Promise<T> {
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      return statement();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * SQLite through better-sqlite3, in one file. Its calls are synchronous and quick (microseconds for the
 * small writes made here); the promises keep one interface with PostgreSQL.
 */
export class SqliteDatabase implements Database {
  readonly kind = 'sqlite';
  private readonly db: BetterSqlite3.Database;
  /** Transactions of this connection, one after another: a connection has one transaction at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Compiled statements by SQL text: the same few statements run for every logged question. */
  private readonly statements = new LRUCache<string, BetterSqlite3.Statement>({ max: 100 });
  private readonly checkpointer?: Worker;
  private checkpointTimer?: NodeJS.Timeout;
  /** Set while a checkpoint waits or runs: ends its turn in the queue. */
  private checkpointed?: () => void;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new BetterSqlite3(file);
    this.db.pragma('busy_timeout = 0');
    // WAL lets the report read while the server writes.
    whenUnlockedSync(() => this.db.pragma('journal_mode = WAL'));
    // In WAL mode NORMAL syncs the disk at checkpoints instead of at every commit: a commit no longer blocks the
    // event loop (answers included) for a disk flush, the file cannot be corrupted, and a crash of this process
    // loses nothing; only a power cut can undo the last commits.
    this.db.pragma('synchronous = NORMAL');
    if (file !== ':memory:') this.checkpointer = this.startCheckpointer(file);
  }

  private startCheckpointer(file: string): Worker {
    const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { file, driver: require.resolve('better-sqlite3'), busyMs: CHECKPOINT_EVERY_MS } });
    // The server's connection checkpoints by itself until the worker has its own connection open: a worker slow to start
    // on a busy machine would otherwise leave the log to grow unchecked meanwhile.
    worker.on('message', (message) => {
      if (message !== 'ready') return this.checkpointed?.();
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointTimer = setInterval(() => this.takeTurn(), CHECKPOINT_EVERY_MS).unref();
    });
    worker.on('error', () => {
      clearInterval(this.checkpointTimer);
      this.checkpointed?.();
      this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    });
    worker.unref();
    return worker;
  }

  /**
   * Queues a checkpoint among this connection's transactions. A worker that took its chances found the lock free in
   * only a quarter of its tries on a loaded machine, where a transaction holds it most of the time, and a run of misses
   * let the log grow by tens of megabytes. Transactions queued meanwhile wait without blocking the event loop.
   */
  private takeTurn(): void {
    if (this.checkpointed) return;
    const done = new Promise<void>((resolve) => (this.checkpointed = resolve));
    this.queue = this.queue
      .then(() => {
        this.checkpointer?.postMessage('checkpoint');
        return done;
      })
      .finally(() => (this.checkpointed = undefined));
  }

  query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return whenUnlocked(() => this.prepared(sql).all(...params) as T[]);
  }

  run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return whenUnlocked(() => this.prepared(sql).run(...params).changes);
  }

  private prepared(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  exec(sql: string): Promise<void> {
    return whenUnlocked(() => void this.db.exec(sql));
  }

  /** Every transaction here writes, so each takes the write lock up front (IMMEDIATE): `exclusive` is always true. */
  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      await whenUnlocked(() => this.db.exec('BEGIN IMMEDIATE'));
      try {
        const result = await work(this);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    clearInterval(this.checkpointTimer);
    await this.queue;
    await this.checkpointer?.terminate();
    this.db.close();
  }
}

/** Switching to WAL needs a moment without other writers; at start-up a short synchronous retry is fine. */
function whenUnlockedSync(statement: () => unknown): void {
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (;;) {
    try {
      statement();
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}
