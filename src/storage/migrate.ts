import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../data/paths';
import type { Database } from './database';

export const MIGRATIONS_DIR = join(projectRoot, 'migrations');

/** `001_question_log.sql`: the number orders the files and is recorded once the file has been applied. */
const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .map((name) => {
      const match = FILE_NAME.exec(name);
      if (!match) throw new Error(`migration file "${name}" must be named like 001_what_it_does.sql`);
      return { version: Number(match[1]), name, sql: readFileSync(join(dir, name), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (i > 0 && migrations[i - 1].version === m.version) throw new Error(`two migrations have version ${m.version}`);
  });
  return migrations;
}

/**
 * Applies the migrations the database has not had yet, in order, in one transaction that excludes other
 * instances starting at the same time. Returns the names of the files applied. A database that has a version
 * this code does not know was migrated by a newer release: refused rather than used with the wrong schema.
 */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<string[]> {
  return db.transaction(
    async (tx) => {
      await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      const applied = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
      const known = new Set(migrations.map((m) => m.version));
      const unknown = [...applied].filter((v) => !known.has(v));
      if (unknown.length > 0)
        throw new Error(`the database has schema version(s) ${unknown.join(', ')} that this release does not know: it was migrated by a newer one`);
      const names: string[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await tx.exec(migration.sql);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, Date.now()]);
        names.push(migration.name);
      }
      return names;
    },
    { exclusive: true },
  );
}
