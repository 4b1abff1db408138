import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../lib';
import { memoryMb, RunningProcess, startProcess } from '../serve/process';

/**
 * Every visitor comes from 127.0.0.1, so the limits are set as high as they go rather than off: their counters are
 * per-visitor memory too. An empty REDIS_URL wins over one in a developer's .env.
 */
const BOT_ENV = { REDIS_URL: '', SESSION_SECRET: 'bench-soak-session-secret', RATE_LIMIT_PER_MINUTE: '100000', MAX_WEBSOCKETS_PER_IP: '0' };

type Usage = NodeJS.MemoryUsage & { afterGc: boolean };
export const MB = 1024 * 1024;

/** The server process with the memory probe preloaded: its latest heap, and a heap measured after collection. */
export class ProbedServer {
  private latest?: Usage;
  private collected: Array<(usage: Usage) => void> = [];

  private constructor(readonly process: RunningProcess) {
    process.child.on('message', (usage: Usage) => {
      this.latest = usage;
      if (usage.afterGc) this.collected.splice(0).forEach((resolve) => resolve(usage));
    });
  }

  static async start(ttlMinutes: number): Promise<ProbedServer> {
    const probe = join(projectRoot, 'dist', 'bench', 'memoryProbe.js');
    // The question log is on, as by default, in a SQLite file of this run's own.
    const dataDir = mkdtempSync(join(tmpdir(), 'mnbot-soak-'));
    const env = { ...BOT_ENV, CONTEXT_TTL_MINUTES: String(ttlMinutes), DATA_DIR: dataDir, DATABASE_URL: '' };
    const server = await startProcess({ script: 'dist/src/server/main.js', env, nodeArgs: ['--expose-gc', '-r', probe], ipc: true });
    server.child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    return new ProbedServer(server);
  }

  get port(): number {
    return this.process.port;
  }

  sample(): { rssMb: number; heapMb: number } {
    return { rssMb: memoryMb(this.process.child.pid as number).rss, heapMb: (this.latest?.heapUsed ?? NaN) / MB };
  }

  /** Heap in use (MB) after a full collection, and RSS then. */
  async liveHeap(): Promise<{ heapMb: number; rssMb: number }> {
    const usage = new Promise<Usage>((resolve) => this.collected.push(resolve));
    this.process.child.send('gc');
    const { heapUsed } = await usage;
    return { heapMb: heapUsed / MB, rssMb: this.sample().rssMb };
  }
}
