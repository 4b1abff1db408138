/**
 * `npm run bench:serve`: the real bot server (dist/src/server/main.js, what `npm start` runs) against a Botkit
 * echo bot (bench/echo-bot.ts: same Botkit, same web adapter, no work), under the same load on 127.0.0.1:
 *   - webhook: autocannon POSTing rotating questions to /api/messages at 10, 50 and 200 connections;
 *   - websocket: 200 users at once, each repeating a scripted 5-turn conversation with follow-ups, sending
 *     the next turn only when the previous answer has arrived, every reply checked against the expected text.
 * Also measures time from spawn to the first 200 from /healthz, and peak RSS (VmHWM) of the server process.
 * Prints the tables, writes docs/benchmarks-latency.svg and the serving section of docs/benchmarks.md.
 * Every phase is bounded in time; nothing here fails on a slow machine, it only reports.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { get, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { MicroneedlingBot } from '../src/bot';
import type { ConversationContext } from '../src/dialogue/context';
import { fixed, machine, machineLine, mark, markdownTable, percentile, projectRoot, textTable, writeDocSection } from './lib';
import { latencyChart } from './svgChart';

const HOST = '127.0.0.1';
const WEBHOOK_CONNECTIONS = [10, 50, 200];
const WEBHOOK_SECONDS = 8;
const WS_USERS = 200;
const WS_SECONDS = 8;
/** A turn whose replies have not all arrived by then counts as lost. */
const TURN_TIMEOUT_MS = 10_000;
const READY_TIMEOUT_MS = 20_000;
/** Spawns per server for the start-up time; the median is reported. */
const READY_SAMPLES = 3;

/** Questions the webhook load rotates through, each a standalone question a visitor might ask. */
const QUESTIONS = [
  'what is microneedling?',
  'how often should I microneedle?',
  'what are the side effects?',
  'how long until I see results?',
  'can I do microneedling at home?',
  'how many sessions will I need?',
  'what should I do after microneedling?',
  'is microneedling safe?',
];

/** The websocket users' conversation: two questions, each followed by elliptical follow-ups that need the context. */
const SCRIPT = ['how often should I microneedle?', 'and for stretch marks?', 'what are the benefits?', 'and pores?', 'why?'];

const GOALS = { throughputRatio: 0.9, wsP99Ms: 50, peakRssMb: 250, readyMs: 2000 };

/**
 * The bot's settings for the run: every simulated visitor comes from 127.0.0.1, so rate and connection limits are
 * off; one instance keeps its state in memory (an empty REDIS_URL also wins over one in a developer's .env); a fixed
 * session secret spares the warning about a random one.
 */
const BOT_ENV = { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', MAX_WEBSOCKETS_PER_IP: '0', REDIS_URL: '', SESSION_SECRET: 'bench-serve-session-secret' };

interface Target {
  name: 'bot' | 'echo';
  label: string;
  script: string;
  env: Record<string, string>;
  /** The reply texts turn `turn` of conversation number `cycle` must get, in order. */
  expectedReplies(turn: number, cycle: number): string[];
}

/** What every load reports, over the webhook or the websocket. */
interface LoadFigures {
  answered: number;
  perSecond: number;
  /** Server CPU (user + system) per answered message: the cost of a turn, whatever the load generator got. */
  cpuMsPerMessage: number;
  /** The server's peak RSS (VmHWM) by the end of this load. */
  peakRssMb: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors, timeouts and non-2xx responses. */
  errors: number;
}

interface WebhookResult extends LoadFigures {
  connections: number;
  /** 2xx responses that carried no message. */
  unanswered: number;
}

interface WsResult extends LoadFigures {
  users: number;
  turns: number;
  lost: number;
  outOfOrder: number;
  extra: number;
}

interface TargetResult {
  target: Target;
  readyMs: number[];
  idleRssMb: number;
  peakRssMb: number;
  webhook: WebhookResult[];
  ws: WsResult;
}

// ---------------------------------------------------------------------------------------------- server process

interface RunningProcess {
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

/** Spawns `node <script>` with PORT set and times it from spawn to the first 200 from /healthz. */
async function startProcess(target: Target): Promise<RunningProcess> {
  const port = await freePort();
  const log: string[] = [];
  const started = performance.now();
  const child = spawn(process.execPath, [join(projectRoot, target.script)], {
    cwd: projectRoot,
    env: { ...process.env, ...target.env, PORT: String(port), HOST, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
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
function memoryMb(pid: number): { rss: number; peak: number } {
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
async function withCpu<T extends { answered: number }>(pid: number, phase: () => Promise<T>): Promise<T & { cpuMsPerMessage: number; peakRssMb: number }> {
  const before = cpuMs(pid);
  const result = await phase();
  return { ...result, cpuMsPerMessage: (cpuMs(pid) - before) / result.answered, peakRssMb: memoryMb(pid).peak };
}

function postJson(port: number, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path, method: 'POST', headers: { 'content-type': 'application/json' }, timeout: 5000 }, (res) => {
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
async function userIds(port: number, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < count) {
    const { status, json } = await postJson(port, '/api/session', {});
    if (status === 404 && ids.length === 0) return Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
    const user = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).user : undefined;
    if (status < 200 || status > 299 || typeof user !== 'string') throw new Error(`POST /api/session answered ${status} after ${ids.length} ids`);
    ids.push(user);
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------- webhook load

async function webhookLoad(port: number, connections: number, users: string[]): Promise<Omit<WebhookResult, 'cpuMsPerMessage' | 'peakRssMb'>> {
  let connection = 0;
  let unanswered = 0;
  const result = await autocannon({
    url: `http://${HOST}:${port}`,
    connections,
    duration: WEBHOOK_SECONDS,
    // One user id per connection, so each connection is one visitor with its own conversation state.
    setupClient: (client) => {
      const user = users[connection++ % users.length];
      client.setRequests(
        QUESTIONS.map((text) => ({
          method: 'POST',
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', user, text }),
          onResponse: (status: number, body: string) => {
            if (status === 200 && !body.includes('"type":"message"')) unanswered += 1;
          },
        })),
      );
    },
  });
  return {
    connections,
    answered: result['2xx'],
    perSecond: result['2xx'] / WEBHOOK_SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    unanswered,
  };
}

// ---------------------------------------------------------------------------------------------- websocket fleet

interface PendingTurn {
  expected: string[];
  received: number;
  sentAt: number;
  done(answered: boolean): void;
}

interface FleetCounters {
  turns: number;
  answered: number;
  lost: number;
  outOfOrder: number;
  extra: number;
  errors: number;
  latencies: number[];
}

function connect(port: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${HOST}:${port}/`);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** One user: repeats the script until `until`, one turn at a time, checking each reply against the expected text. */
async function converse(socket: WebSocket, user: string, target: Target, until: number, counters: FleetCounters): Promise<void> {
  let pending: PendingTurn | undefined;
  socket.on('message', (data) => {
    let message: { type?: string; text?: string };
    try {
      message = JSON.parse(String(data)) as { type?: string; text?: string };
    } catch {
      counters.errors += 1;
      return;
    }
    if (message.type !== 'message') {
      counters.errors += 1;
      return;
    }
    if (!pending) {
      counters.extra += 1;
      return;
    }
    if (message.text !== pending.expected[pending.received]) counters.outOfOrder += 1;
    pending.received += 1;
    if (pending.received === pending.expected.length) pending.done(true);
  });
  socket.on('error', () => {
    counters.errors += 1;
  });

  for (let cycle = 0; performance.now() < until; cycle++) {
    for (let turn = 0; turn < SCRIPT.length && performance.now() < until; turn++) {
      const expected = target.expectedReplies(turn, cycle);
      const answered = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), TURN_TIMEOUT_MS);
        pending = {
          expected,
          received: 0,
          sentAt: performance.now(),
          done: (ok) => {
            clearTimeout(timer);
            resolve(ok);
          },
        };
        counters.turns += 1;
        socket.send(JSON.stringify({ type: 'message', user, text: SCRIPT[turn] }));
      });
      const turnState = pending as PendingTurn | undefined;
      pending = undefined;
      if (!turnState) return;
      if (!answered) {
        // A late reply would be taken for the next turn's: count what is missing and stop this user.
        counters.lost += turnState.expected.length - turnState.received;
        return;
      }
      counters.answered += 1;
      counters.latencies.push(performance.now() - turnState.sentAt);
    }
  }
}

async function websocketFleet(port: number, target: Target, users: string[]): Promise<Omit<WsResult, 'cpuMsPerMessage' | 'peakRssMb'>> {
  const counters: FleetCounters = { turns: 0, answered: 0, lost: 0, outOfOrder: 0, extra: 0, errors: 0, latencies: [] };
  const sockets = await Promise.all(Array.from({ length: WS_USERS }, () => connect(port)));
  const started = performance.now();
  const until = started + WS_SECONDS * 1000;
  await Promise.all(sockets.map((socket, i) => converse(socket, users[i], target, until, counters)));
  const elapsed = (performance.now() - started) / 1000;
  // Replies still in flight would count as extra: give them a moment, then close.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.close();
          setTimeout(() => {
            socket.terminate();
            resolve();
          }, 1000).unref();
        }),
    ),
  );
  const sorted = counters.latencies.sort((a, b) => a - b);
  return {
    users: WS_USERS,
    turns: counters.turns,
    answered: counters.answered,
    perSecond: counters.answered / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    lost: counters.lost,
    outOfOrder: counters.outOfOrder,
    extra: counters.extra,
    errors: counters.errors,
  };
}

// ---------------------------------------------------------------------------------------------- targets

/** What the bot must answer to each turn of the script, worked out by the same bot in this process. */
function scriptedBotReplies(): (turn: number, cycle: number) => string[] {
  const bot = new MicroneedlingBot();
  let context: ConversationContext | undefined;
  const cycles = [0, 1].map(() =>
    SCRIPT.map((text) => {
      const result = bot.respond(text, context);
      context = result.context;
      return result.replies.map((r) => r.text);
    }),
  );
  // From the second conversation on, the context left by the first applies: every later one equals the second.
  return (turn, cycle) => cycles[Math.min(cycle, 1)][turn];
}

function targets(): Target[] {
  return [
    // One machine is every visitor here, so the per-user and per-IP protections are switched off (0 = no limit).
    { name: 'bot', label: 'bot (npm start)', script: 'dist/src/server/main.js', env: BOT_ENV, expectedReplies: scriptedBotReplies() },
    { name: 'echo', label: 'Botkit echo', script: 'dist/bench/echo-bot.js', env: {}, expectedReplies: (turn) => [SCRIPT[turn]] },
  ];
}

/** Start-up time: spawns the server READY_SAMPLES times; the last one is kept running for the load. */
async function startMeasured(target: Target): Promise<{ server: RunningProcess; readyMs: number[] }> {
  const readyMs: number[] = [];
  for (let i = 1; i < READY_SAMPLES; i++) {
    const probe = await startProcess(target);
    readyMs.push(probe.readyMs);
    await probe.stop();
  }
  const server = await startProcess(target);
  readyMs.push(server.readyMs);
  return { server, readyMs };
}

/**
 * Both servers run side by side and each load level goes to one, then at once to the other, so a change in
 * background load on the machine shifts both alike rather than deciding the comparison.
 */
async function measureAll(list: Target[]): Promise<TargetResult[]> {
  const running: Array<{ target: Target; server: RunningProcess; readyMs: number[]; idleRssMb: number; webhookUsers: string[]; wsUsers: string[] }> = [];
  try {
    for (const target of list) {
      const { server, readyMs } = await startMeasured(target);
      const entry = { target, server, readyMs, idleRssMb: memoryMb(server.child.pid as number).rss, webhookUsers: [] as string[], wsUsers: [] as string[] };
      running.push(entry);
      entry.webhookUsers = await userIds(server.port, Math.max(...WEBHOOK_CONNECTIONS), `${target.name}-webhook`);
      entry.wsUsers = await userIds(server.port, WS_USERS, `${target.name}-ws`);
    }
    const webhook = new Map<Target, WebhookResult[]>(list.map((t) => [t, []]));
    for (const connections of WEBHOOK_CONNECTIONS) {
      for (const { target, server, webhookUsers } of running) {
        process.stdout.write(`  webhook, ${connections} connections, ${WEBHOOK_SECONDS} s: ${target.label}\n`);
        webhook.get(target)?.push(await withCpu(server.child.pid as number, () => webhookLoad(server.port, connections, webhookUsers)));
      }
    }
    const ws = new Map<Target, WsResult>();
    for (const { target, server, wsUsers } of running) {
      process.stdout.write(`  websocket, ${WS_USERS} users, ${WS_SECONDS} s: ${target.label}\n`);
      ws.set(target, await withCpu(server.child.pid as number, () => websocketFleet(server.port, target, wsUsers)));
    }
    return running.map(({ target, server, readyMs, idleRssMb }) => {
      if (server.child.exitCode !== null) throw new Error(`${target.script} exited during the run:\n${server.output()}`);
      return { target, readyMs, idleRssMb, peakRssMb: memoryMb(server.child.pid as number).peak, webhook: webhook.get(target) ?? [], ws: ws.get(target) as WsResult };
    });
  } finally {
    await Promise.all(running.map(({ server }) => server.stop()));
  }
}

// ---------------------------------------------------------------------------------------------- report

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (x: number): string => fixed(x, x < 10 ? 1 : 0);
const rate = (x: number): string => fixed(x, 0);

/** The four load levels of one server, webhook levels first. */
function loads(r: TargetResult): Array<{ name: string; load: WebhookResult | WsResult; errors: number }> {
  return [
    ...r.webhook.map((w) => ({ name: `webhook, ${w.connections} connections`, load: w as WebhookResult | WsResult, errors: w.errors + w.unanswered })),
    { name: `websocket, ${r.ws.users} users`, load: r.ws, errors: r.ws.errors + r.ws.lost },
  ];
}

const THROUGHPUT_HEADERS = ['load', 'bot msg/s', 'echo msg/s', 'bot/echo', 'bot CPU ms/msg', 'echo CPU ms/msg', 'peak RSS MB bot / echo', 'errors bot / echo'];

function throughputRows(bot: TargetResult, echo: TargetResult): string[][] {
  const e = loads(echo);
  return loads(bot).map((b, i) => [
    b.name,
    rate(b.load.perSecond),
    rate(e[i].load.perSecond),
    fixed(b.load.perSecond / e[i].load.perSecond),
    fixed(b.load.cpuMsPerMessage, 3),
    fixed(e[i].load.cpuMsPerMessage, 3),
    `${fixed(b.load.peakRssMb, 0)} / ${fixed(e[i].load.peakRssMb, 0)}`,
    `${b.errors} / ${e[i].errors}`,
  ]);
}

const LATENCY_HEADERS = ['load', 'bot p50 ms', 'bot p99 ms', 'bot max ms', 'echo p50 ms', 'echo p99 ms', 'echo max ms'];

function latencyRows(bot: TargetResult, echo: TargetResult): string[][] {
  const e = loads(echo);
  return loads(bot).map((b, i) => [b.name, ms(b.load.p50), ms(b.load.p99), ms(b.load.max), ms(e[i].load.p50), ms(e[i].load.p99), ms(e[i].load.max)]);
}

function wsRows(results: TargetResult[]): string[][] {
  return results.map(({ target, ws }) => [target.label, String(ws.turns), String(ws.answered), String(ws.lost), String(ws.outOfOrder), String(ws.extra), String(ws.errors)]);
}

const WS_HEADERS = ['server', 'turns sent', 'answered', 'lost replies', 'out of order / wrong', 'extra replies', 'errors'];

function resourceRows(results: TargetResult[]): string[][] {
  return results.map(({ target, readyMs, idleRssMb, peakRssMb }) => [target.label, ms(median(readyMs)), readyMs.map((x) => ms(x)).join(', '), fixed(idleRssMb, 0), fixed(peakRssMb, 0)]);
}

const RESOURCE_HEADERS = ['server', 'ready ms (median)', 'ready ms (each spawn)', 'RSS after start MB', 'peak RSS MB'];

function goalRows(bot: TargetResult, echo: TargetResult): string[][] {
  const ratios = [...bot.webhook.map((b, i) => b.perSecond / echo.webhook[i].perSecond), bot.ws.perSecond / echo.ws.perSecond];
  const minRatio = Math.min(...ratios);
  const problems = bot.ws.lost + bot.ws.outOfOrder + bot.ws.extra;
  return [
    [`throughput ≥ ${GOALS.throughputRatio} × echo (every load)`, `${fixed(minRatio)} at worst (${ratios.map((r) => fixed(r)).join(', ')})`, mark(minRatio >= GOALS.throughputRatio)],
    [`p99 ≤ ${GOALS.wsP99Ms} ms with ${WS_USERS} websocket users`, `${ms(bot.ws.p99)} ms`, mark(bot.ws.p99 <= GOALS.wsP99Ms)],
    ['no lost or reordered replies', `${bot.ws.lost} lost, ${bot.ws.outOfOrder} out of order, ${bot.ws.extra} extra`, mark(problems === 0)],
    [`peak RSS ≤ ${GOALS.peakRssMb} MB`, `${fixed(bot.peakRssMb, 0)} MB`, mark(bot.peakRssMb <= GOALS.peakRssMb)],
    [`ready ≤ ${GOALS.readyMs} ms after spawn`, `${ms(median(bot.readyMs))} ms (median of ${bot.readyMs.length})`, mark(median(bot.readyMs) <= GOALS.readyMs)],
  ];
}

/** What the figures of this run imply, worked out from them rather than written once and left to go stale. */
function readingNotes(bot: TargetResult, echo: TargetResult): string[] {
  const littleMs = (bot.ws.users / bot.ws.perSecond) * 1000;
  const extraCpu = bot.ws.cpuMsPerMessage - echo.ws.cpuMsPerMessage;
  return [
    'How to read this run:',
    '',
    `- The websocket users send their next turn as soon as an answer arrives, so ${bot.ws.users} of them keep the server`,
    `  saturated and latency follows from throughput (Little's law): ${bot.ws.users} users ÷ ${rate(bot.ws.perSecond)} msg/s ≈ ${ms(littleMs)} ms`,
    `  per turn on average (measured p50 ${ms(bot.ws.p50)} ms). The echo bot, which does no work, has a p99 of ${ms(echo.ws.p99)} ms under`,
    '  the same load; a lower p99 takes a faster machine, fewer users at once, or users who pause between turns.',
    `- Per websocket message the bot's server spends ${fixed(extraCpu, 3)} ms of CPU more than the echo bot: understanding the`,
    '  message, reading and writing its follow-up context in the conversation state, checking the signed user id, and',
    '  longer replies. Throughput relative to the echo bot is bounded by that ratio of CPU per message.',
    `- Under load RSS rises from ${fixed(bot.idleRssMb, 0)} to ${fixed(bot.peakRssMb, 0)} MB for the bot, and from ${fixed(echo.idleRssMb, 0)} to ${fixed(echo.peakRssMb, 0)} MB for the echo bot, which`,
    '  keeps almost nothing: most of the peak is V8 letting garbage build up between full collections, not memory the',
    '  bot keeps.',
  ];
}

function markdown(bot: TargetResult, echo: TargetResult, when: string): string {
  return [
    '## Serving (Botkit web adapter)',
    '',
    `Command: \`npm run bench:serve\` · ${when}`,
    '',
    `The bot is \`node dist/src/server/main.js\` (what \`npm start\` runs) with ${Object.entries(BOT_ENV).map(([k, v]) => `\`${k}=${v}\``).join(', ')}`,
    '(every simulated visitor comes from 127.0.0.1, so the per-user and per-IP limits are off; state in memory, one',
    'instance) and user ids it signed via `POST /api/session`; the ceiling is [`bench/echo-bot.ts`](../bench/echo-bot.ts),',
    'the same Botkit and web adapter replying with the text it got.',
    'Both run side by side as child processes on 127.0.0.1; each load goes to the bot and then at once to the echo bot,',
    'so a change in background load shifts both alike. The load generator shares the same two cores:',
    '',
    `- **webhook**: autocannon POSTs to \`/api/messages\` for ${WEBHOOK_SECONDS} s per level, rotating ${QUESTIONS.length} questions, one user id per connection;`,
    `  msg/s counts 2xx responses, latency is per request.`,
    `- **websocket**: ${WS_USERS} users connected at once, each repeating the conversation ${SCRIPT.map((t) => `“${t}”`).join(', ')}`,
    `  for ${WS_SECONDS} s and sending each turn only when the previous answer has arrived; latency runs from sending a`,
    '  turn to its last reply, and every reply is checked against the text the bot gives that turn in-process.',
    '',
    '### Throughput',
    '',
    'msg/s are answered messages per second; CPU ms/msg is the server process\'s own CPU time (user + system, from',
    '`/proc`) per answered message, the cost of a turn whatever share of the two cores the load generator took;',
    'peak RSS is the process\'s VmHWM once that load is over (the loads run in the order of the rows).',
    '',
    markdownTable(THROUGHPUT_HEADERS, throughputRows(bot, echo)),
    '',
    '### Latency',
    '',
    markdownTable(LATENCY_HEADERS, latencyRows(bot, echo)),
    '',
    '![p50 and p99 latency against load, bot and echo](benchmarks-latency.svg)',
    '',
    '### Websocket conversations',
    '',
    markdownTable(WS_HEADERS, wsRows([bot, echo])),
    '',
    '### Start-up and memory',
    '',
    'Ready is the time from spawning the process to its first 200 from `/healthz`; peak RSS is the process\'s VmHWM',
    'from `/proc` at the end of the run.',
    '',
    markdownTable(RESOURCE_HEADERS, resourceRows([bot, echo])),
    '',
    '### Goals',
    '',
    markdownTable(['goal', 'bot', 'met'], goalRows(bot, echo), ['left', 'left', 'left']),
    '',
    ...readingNotes(bot, echo),
  ].join('\n');
}

async function main(): Promise<void> {
  const when = machineLine(machine());
  console.log(`Serving benchmark · ${when}`);
  const results = await measureAll(targets());
  const [bot, echo] = results;

  console.log(`\n${textTable(THROUGHPUT_HEADERS, throughputRows(bot, echo))}`);
  console.log(`\n${textTable(LATENCY_HEADERS, latencyRows(bot, echo))}`);
  console.log(`\n${textTable(WS_HEADERS, wsRows(results))}`);
  console.log(`\n${textTable(RESOURCE_HEADERS, resourceRows(results))}`);
  console.log(`\n${textTable(['goal', 'bot', 'met'], goalRows(bot, echo))}`);

  const categories = [...bot.webhook.map((w) => `webhook ×${w.connections}`), `websocket ${WS_USERS} users`];
  const series = (r: TargetResult, key: 'p50' | 'p99') => [...r.webhook.map((w) => w[key]), r.ws[key]];
  writeFileSync(
    join(projectRoot, 'docs', 'benchmarks-latency.svg'),
    latencyChart({
      title: 'Latency against load (log scale)',
      categories,
      groupStarts: [bot.webhook.length],
      series: [
        { name: 'bot p99', values: series(bot, 'p99'), colour: '#c0392b', dashed: false },
        { name: 'bot p50', values: series(bot, 'p50'), colour: '#c0392b', dashed: true },
        { name: 'echo p99', values: series(echo, 'p99'), colour: '#2471a3', dashed: false },
        { name: 'echo p50', values: series(echo, 'p50'), colour: '#2471a3', dashed: true },
      ],
    }),
  );
  writeDocSection('serve', markdown(bot, echo, when));
  console.log('\nWrote docs/benchmarks-latency.svg and the serving section of docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
