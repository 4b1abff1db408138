/** Statements on one connection. SQL uses `?` placeholders on every back-end. */
export interface Executor {
  /** The rows a query returns. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs a script of several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
}

/** A SQL database the site owner's data lives in: an embedded SQLite file or a PostgreSQL server. */
export interface Database extends Executor {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Runs `work` in one transaction, committed when it resolves and rolled back when it throws. With
   * `exclusive`, no other transaction of any process on the same database runs `exclusive` at the same time
   * (instances starting together apply migrations once).
   */
  transaction<T>(work: (tx: Executor) => Promise<T>, options?: { exclusive?: boolean }): Promise<T>;
  close(): Promise<void>;
}
