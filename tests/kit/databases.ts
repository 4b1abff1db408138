import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger';
import type { Database } from '../../src/storage/database';
import { PostgresDatabase } from '../../src/storage/postgres';
import { SqliteDatabase } from '../../src/storage/sqlite';
import { postgresAvailable, TestPostgres } from './postgres';

/** One back-end the shared suites run against: `fresh()` gives a new, empty database; `again(db)` a second connection to it. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  fresh(): Promise<Database>;
  again(db: Database): Database;
  stop(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'mnbot-sqlite-'));
  const files = new Map<Database, string>();
  let n = 0;
  return {
    name: 'sqlite',
    async fresh() {
      const file = join(dir, `db${++n}.sqlite`);
      const db = new SqliteDatabase(file);
      files.set(db, file);
      return db;
    },
    again: (db) => new SqliteDatabase(files.get(db) as string),
    async stop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresBackend(): Promise<Backend> {
  const server = await TestPostgres.start();
  const urls = new Map<Database, string>();
  const logger = createLogger('silent');
  return {
    name: 'postgres',
    async fresh() {
      const url = await server.createDatabase();
      const db = new PostgresDatabase(url, logger);
      urls.set(db, url);
      return db;
    },
    again: (db) => new PostgresDatabase(urls.get(db) as string, logger),
    stop: () => server.stop(),
  };
}

/** SQLite always; PostgreSQL when its binaries are installed (in CI they must be). */
export const BACKENDS: Array<[Backend['name'], () => Promise<Backend>]> = [
  ['sqlite', async () => sqliteBackend()],
  ...(postgresAvailable() ? [['postgres', postgresBackend] as [Backend['name'], () => Promise<Backend>]] : []),
];

/**
 * A database that can be made to fail (every statement rejects, as when PostgreSQL is down) or to hang (every
 * statement waits until released, as when it is overloaded), on top of a real one.
 */
export class FaultyDatabase implements Database {
  readonly kind: Database['kind'];
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  private hung: Array<() => void> = [];

  constructor(private readonly real: Database) {
    this.kind = real.kind;
  }

  /** Lets hung statements proceed (against the real database) and stops hanging new ones. */
  release(): void {
    this.mode = 'ok';
    this.hung.splice(0).forEach((go) => go());
  }

  private async gate(): Promise<void> {
    if (this.mode === 'fail') throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    if (this.mode === 'hang') await new Promise<void>((resolve) => this.hung.push(resolve));
  }

  async query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    await this.gate();
    return this.real.query<T>(sql, params);
  }

  async run(sql: string, params?: readonly unknown[]): Promise<number> {
    await this.gate();
    return this.real.run(sql, params);
  }

  async exec(sql: string): Promise<void> {
    await this.gate();
    return this.real.exec(sql);
  }

  async transaction<T>(work: (tx: import('../../src/storage/database').Executor) => Promise<T>, options?: { exclusive?: boolean }): Promise<T> {
    await this.gate();
    return this.real.transaction(work, options);
  }

  close(): Promise<void> {
    return this.real.close();
  }
}
