/** The servers under test as child processes: spawn, readiness, CPU and memory from /proc, signed user ids. */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { newUser, sessionId } from '../../tests/kit/web';
import { projectRoot } from '../lib';
import { HOST, READY_TIMEOUT_MS, Target } from './plan';

export interface RunningProcess {
  child: ChildProcess;
  port: number;
  readyMs: number;
  stop(): Promise<void>;
  output(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get({ host: HOST, port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

/** Servers this run started and has not stopped: killed if the benchmark itself ends early, so none is left behind. */
const liveChildren = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

/** What to spawn: a target, optionally with Node options before the script and an IPC channel to the child. */
export type ProcessSpec = Pick<Target, 'script' | 'env'> & { nodeArgs?: string[]; ipc?: boolean };

/** Spawns `node <script>` with PORT set and times it from spawn to the first 200 from /healthz. */
export async function startProcess(target: ProcessSpec): Promise<RunningProcess> {
  const port = await freePort();
  const log: string[] = [];
  const started = performance.now();
  const child = spawn(process.execPath, [...(target.nodeArgs ?? []), join(projectRoot, target.script)], {
    cwd: projectRoot,
    env: { ...process.env, ...target.env, PORT: String(port), HOST, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe', ...(target.ipc ? ['ipc' as const] : [])],
  });
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 50) log.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  liveChildren.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      liveChildren.delete(child);
      resolve();
    }),
  );
  let readyMs = NaN;
  while (performance.now() - started < READY_TIMEOUT_MS && child.exitCode === null) {
    if (await healthy(port)) {
      readyMs = performance.now() - started;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killed);
  };
  if (Number.isNaN(readyMs)) {
    await stop();
    const why = child.exitCode === null ? `did not answer /healthz within ${READY_TIMEOUT_MS} ms` : `exited with code ${child.exitCode}`;
    throw new Error(`${target.script} ${why}:\n${log.join('')}`);
  }
  return { child, port, readyMs, stop, output: () => log.join('') };
}

/** Resident and peak resident memory of a process, from /proc (Linux), in MB. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/PID/stat (Linux clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces: utime and stime are 14th and 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** Runs one load phase and adds the server CPU it took per answered message and the peak RSS so far. */
export async function withCpu<T extends { answered: number }>(
  pid: number,
  phase: () => Promise<T>,
): Promise<T & { cpuMsPerMessage: number; peakRssMb: number }> {
  const before = cpuMs(pid);
  const result = await phase();
  return { ...result, cpuMsPerMessage: (cpuMs(pid) - before) / result.answered, peakRssMb: memoryMb(pid).peak };
}

/** POSTs JSON; an `agent` keeps connections alive across requests. */
export function postJson(port: number, path: string, body: unknown, agent?: Agent): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path, agent, method: 'POST', headers: { 'content-type': 'application/json' }, timeout: 5000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`POST ${path} timed out`)));
    req.end(JSON.stringify(body));
  });
}

/**
 * User ids for `count` simulated visitors. A server that issues signed ids (POST /api/session answering
 * `{ "user": "..." }`) gets the ones it signed, as the widget does; one without that route (the echo bot) gets made-up ids.
 */
export async function userIds(port: number, count: number, prefix: string): Promise<string[]> {
  const target = { url: `http://${HOST}:${port}` };
  if ((await sessionId(target)) === undefined) return Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  return Promise.all(Array.from({ length: count }, () => newUser(target)));
}
