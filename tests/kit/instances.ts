import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis';

const projectRoot = join(__dirname, '..', '..');
export const MAIN_JS = join(projectRoot, 'dist', 'src', 'server', 'main.js');

/** A shared secret for instances that must accept each other's ids. */
export const TEST_SECRET = 'test-secret-shared-by-every-instance-0123456789';

/** Fails early with a useful message when `npm run build` has not been run. */
export function assertBuilt(): void {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run \`npm run build\` before this test`);
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The built server (`node dist/src/server/main.js`) as a child process on a free loopback port. */
export class Instance {
  /** Everything the process wrote, stdout and stderr interleaved: printed when a test fails. */
  output = '';
  readonly exited: Promise<Exit>;
  private exit?: Exit;

  private constructor(
    readonly name: string,
    readonly port: number,
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise<Exit>((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  /**
   * Spawns an instance and waits until /healthz answers. `env` is added to a minimal environment (no variables
   * of the developer's shell, so no messaging channel is enabled by accident): logs at warn, limits off.
   * `root` is the tree it runs from (a production install elsewhere). The wait is long because a loaded
   * machine can take many seconds to start a process; start-up time is measured by the benchmarks.
   */
  static async start(name: string, env: NodeJS.ProcessEnv = {}, readyTimeoutMs = 60_000, root = projectRoot): Promise<Instance> {
    assertBuilt();
    const port = await freePort();
    // Each instance's SQLite question log in a folder of its own, removed when it exits (not the project's data/).
    const dataDir = mkdtempSync(join(tmpdir(), 'mnbot-instance-'));
    const child = spawn(process.execPath, [join(root, 'dist', 'src', 'server', 'main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SESSION_SECRET: TEST_SECRET,
        RATE_LIMIT_PER_MINUTE: '0',
        MAX_WEBSOCKETS_PER_IP: '0',
        DATA_DIR: dataDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    const instance = new Instance(name, port, child);
    try {
      await instance.waitHealthy(readyTimeoutMs);
    } catch (error) {
      await instance.kill('SIGKILL');
      throw error;
    }
    return instance;
  }

  async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) throw new Error(`${this.name} exited before it was ready (${JSON.stringify(this.exit)}):\n${this.output}`);
      try {
        const response = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name} not healthy after ${timeoutMs} ms:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Sends `signal` and waits for the process to exit (SIGKILL after `timeoutMs` if it does not). */
  async kill(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<Exit> {
    if (this.running) {
      this.child.kill(signal);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
      await this.exited;
      clearTimeout(timer);
    }
    return this.exited;
  }

  /** Log lines at `level` or above (pino JSON on stdout; other lines, e.g. console.error, are kept as they are). */
  logs(minLevel = 50): string[] {
    return this.output.split('\n').filter((line) => {
      if (line.trim() === '') return false;
      try {
        return ((JSON.parse(line) as { level?: number }).level ?? 0) >= minLevel;
      } catch {
        return true;
      }
    });
  }
}
