import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis';

export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** Whether PostgreSQL tests can run here; in CI a missing server is a failure, not a skip. */
export function postgresAvailable(): boolean {
  if (existsSync(join(POSTGRES_BIN, 'initdb'))) return true;
  if (process.env.CI === 'true') throw new Error(`${POSTGRES_BIN}/initdb is missing: .ci/run installs postgresql`);
  console.warn(`Skipping PostgreSQL tests: ${POSTGRES_BIN} is missing (apt-get install -y postgresql). With CI=true this fails instead.`);
  return false;
}

const asRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: as root, its programs run as the postgres user. */
function pg(program: string, args: string[]): void {
  const binary = join(POSTGRES_BIN, program);
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  execFileSync(command, argv, { stdio: 'pipe', timeout: 60_000 });
}

/** A throwaway PostgreSQL cluster in a temporary folder, on a free loopback port, without durability. */
export class TestPostgres {
  private databases = 0;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<TestPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'mnbot-pg-'));
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    const server = new TestPostgres(dir, await freePort());
    const data = join(dir, 'data');
    pg('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    const settings = `-p ${server.port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    pg('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', '-t', '30', 'start']);
    return server;
  }

  /** A new, empty database on this server and its URL. */
  async createDatabase(): Promise<string> {
    const name = `test_${process.pid}_${++this.databases}`;
    pg('createdb', ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', name]);
    return this.url(name);
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Stops the server at once (no checkpoint) and deletes its folder. */
  async stop(): Promise<void> {
    try {
      pg('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
