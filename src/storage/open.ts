import { join, resolve } from 'node:path';
import type { Logger } from '../logger';
import type { Database } from './database';
import { migrate } from './migrate';
import { SqliteDatabase } from './sqlite';

export interface StorageConfig {
  /** postgres://… to share one database between instances; unset: SQLite under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
}

export const SQLITE_FILE = 'insights.sqlite';

/** Where the data lives, for the start-up log (no password). */
export function describeStorage(config: StorageConfig): string {
  if (!config.databaseUrl) return join(resolve(config.dataDir), SQLITE_FILE);
  const url = new URL(config.databaseUrl);
  return `postgres://${url.host}${url.pathname}`;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: StorageConfig, logger: Logger): Promise<Database> {
  // pg is loaded only when used: most installs never need it, and it adds to every start-up.
  const db: Database = config.databaseUrl
    ? new (await import('./postgres')).PostgresDatabase(config.databaseUrl, logger)
    : new SqliteDatabase(join(resolve(config.dataDir), SQLITE_FILE));
  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ applied, database: describeStorage(config) }, 'database migrated');
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
