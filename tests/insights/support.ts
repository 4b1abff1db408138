import { createLogger } from '../../src/logger';
import { RunningServer, ServerOptions, startServer } from '../../src/server/app';
import { migrate } from '../../src/storage/migrate';
import { SqliteDatabase } from '../../src/storage/sqlite';
import { sharedBot } from '../kit/bot';
import { FaultyDatabase } from '../kit/databases';

export interface OwnedServer {
  server: RunningServer;
  db: FaultyDatabase;
  close(): Promise<void>;
}

/** The real server with its question log in a (faulty-on-demand) in-memory SQLite database. */
export async function startOwnedServer(options: Partial<ServerOptions> = {}): Promise<OwnedServer> {
  const real = new SqliteDatabase(':memory:');
  await migrate(real);
  const db = new FaultyDatabase(real);
  const server = await startServer({
    bot: sharedBot(),
    logger: createLogger('silent'),
    port: 0,
    host: '127.0.0.1',
    env: {},
    ...options,
    siteOwner: { database: db, ...options.siteOwner },
  });
  return {
    server,
    db,
    async close() {
      db.release();
      await server.close();
      await db.close();
    },
  };
}

/** One sample of a metric from Prometheus text, 0 when absent. */
export async function metric(url: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(url)).text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',').filter(Boolean);
    if (wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return 0;
}
