import { Pool, PoolClient, types } from 'pg';
import type { Logger } from '../logger';
import type { Database, Executor } from './database';

/** Any number, so two instances' migration runners exclude each other. */
const MIGRATION_LOCK_KEY = 7_294_311;

/** `?` placeholders → PostgreSQL's `$1, $2…` (the SQL here has no `?` inside string literals). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Counts (bigint) and averages (numeric) as JS numbers, like SQLite gives them: every value here is far below 2^53. */
const numericTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === types.builtins.INT8 || oid === types.builtins.NUMERIC) return (value: string) => Number(value);
    return types.getTypeParser(oid, format ?? 'text');
  },
};

function executor(client: Pool | PoolClient): Executor {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(numberedPlaceholders(sql), [...params])).rows as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      return (await client.query(numberedPlaceholders(sql), [...params])).rowCount ?? 0;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** PostgreSQL through a `pg` pool: several instances share one database. */
export class PostgresDatabase implements Database {
  readonly kind = 'postgres';
  private readonly pool: Pool;
  private readonly direct: Executor;

  constructor(connectionString: string, logger: Logger) {
    this.pool = new Pool({
      connectionString,
      max: 5,
      // A server that is down or overloaded fails a write fast instead of queueing turns' rows for minutes.
      connectionTimeoutMillis: 3000,
      query_timeout: 5000,
      types: numericTypes,
    });
    // An idle connection the server dropped (restart, failover) is replaced on next use; unhandled, it ends the process.
    this.pool.on('error', (err) => logger.warn({ err: err.message }, 'PostgreSQL connection lost'));
    this.direct = executor(this.pool);
  }

  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.direct.query<T>(sql, params);
  }

  run(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.direct.run(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.direct.exec(sql);
  }

  async transaction<T>(work: (tx: Executor) => Promise<T>, options: { exclusive?: boolean } = {}): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      if (options.exclusive) await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const result = await work(executor(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
