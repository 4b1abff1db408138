/**
 * `npm run bench:soak`: memory of the real server (dist/src/server/main.js, no Redis) while visitors keep arriving.
 *   - soak: SOAK_CONNECTIONS clients each start fresh three-message conversations over the webhook (POST /api/session,
 *     then POST /api/messages three times) at full speed for SOAK_SECONDS, with CONTEXT_TTL_MINUTES (default 1);
 *     the server's RSS (/proc/PID/status) and heap are sampled every second;
 *   - live conversations: a fresh server (context kept for an hour) answers a few warm-up conversations, then gets
 *     SOAK_LIVE_CONVERSATIONS more; its live heap is measured after a full garbage collection before them, right after,
 *     and once the rate-limit counters of those visitors have expired.
 * The heap comes from bench/memoryProbe.ts, preloaded into the server, over the IPC channel.
 * Prints the figures, writes docs/benchmarks-soak.svg and the soak section of docs/benchmarks.md. On 127.0.0.1 only;
 * every phase is bounded in time.
 */
import { writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fixed, machine, machineLine, mark, markdownTable, projectRoot, textTable, writeDocSection } from './lib';
import { postJson } from './serve/process';
import { MB, ProbedServer } from './soak/probedServer';
import { timeChart } from './svgChart';

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

const SECONDS = setting('SOAK_SECONDS', 200);
const TTL_MINUTES = setting('CONTEXT_TTL_MINUTES', 1);
const CONNECTIONS = setting('SOAK_CONNECTIONS', 32);
const LIVE_CONVERSATIONS = setting('SOAK_LIVE_CONVERSATIONS', 10_000);
/** The rate-limit window (60 s) and a margin: by then every counter of the live-conversation visitors is gone. */
const COUNTER_EXPIRY_MS = 65_000;
const GOAL_GROWTH_MB = 25;
/** A question, a follow-up that needs the context, another question. */
const SCRIPT = ['how often should I microneedle?', 'and for stretch marks?', 'what should I do after microneedling?'];
interface Counters {
  started: number;
  completed: number;
  requests: number;
  errors: number;
  firstError?: string;
}

/** One visitor's conversation: a signed id, then the script, each answer checked to carry a message. */
async function converse(port: number, agent: Agent, counters: Counters): Promise<void> {
  const fail = (what: string) => {
    counters.errors += 1;
    counters.firstError ??= what;
  };
  try {
    const session = await postJson(port, '/api/session', {}, agent);
    counters.requests += 1;
    const user = (session.json as { user?: unknown } | undefined)?.user;
    if (session.status !== 201 || typeof user !== 'string') return fail(`POST /api/session answered ${session.status}`);
    for (const text of SCRIPT) {
      const { status, json } = await postJson(port, '/api/messages', { type: 'message', text, user, channel: 'webhook' }, agent);
      counters.requests += 1;
      const answered = Array.isArray(json) && json.some((m: { text?: unknown }) => typeof m.text === 'string' && m.text !== '');
      if (status !== 200 || !answered) return fail(`POST /api/messages answered ${status} ${JSON.stringify(json).slice(0, 120)}`);
    }
    counters.completed += 1;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

const newCounters = (): Counters => ({ started: 0, completed: 0, requests: 0, errors: 0 });

/** CONNECTIONS clients starting conversations one after another while `more()` says so. */
async function drive(port: number, counters: Counters, more: () => boolean): Promise<Counters> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const client = async () => {
    while (more()) {
      counters.started += 1;
      await converse(port, agent, counters);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  agent.destroy();
  return counters;
}

interface Sample {
  seconds: number;
  rssMb: number;
  heapMb: number;
  conversations: number;
}

interface SoakResult {
  samples: Sample[];
  counters: Counters;
  loadAtEnd: number;
}

async function soak(): Promise<SoakResult> {
  const server = await ProbedServer.start(TTL_MINUTES);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const samples: Sample[] = [];
  const counters = newCounters();
  const sampler = setInterval(() => {
    samples.push({ seconds: elapsed(), ...server.sample(), conversations: counters.completed });
    const last = samples[samples.length - 1];
    if (samples.length % 20 === 0)
      console.log(`  ${fixed(last.seconds, 0)} s: RSS ${fixed(last.rssMb, 1)} MB, heap ${fixed(last.heapMb, 1)} MB, ${last.conversations} conversations`);
  }, 1000);
  samples.push({ seconds: 0, ...server.sample(), conversations: 0 });
  try {
    await drive(server.port, counters, () => elapsed() < SECONDS);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  } finally {
    clearInterval(sampler);
    await server.process.stop();
  }
  return { samples, counters, loadAtEnd: loadavg()[0] };
}

interface LiveResult {
  conversations: number;
  errors: number;
  baseline: { heapMb: number; rssMb: number };
  withCounters: { heapMb: number; rssMb: number };
  storeOnly: { heapMb: number; rssMb: number };
}

async function liveConversations(): Promise<LiveResult> {
  const server = await ProbedServer.start(60);
  try {
    // The first answers load what the server reads on first use (WordNet's lemmas, compiled patterns): about 10 MB once,
    // which is no conversation's own.
    const warmUp = newCounters();
    await drive(server.port, warmUp, () => warmUp.started < CONNECTIONS);
    const baseline = await server.liveHeap();
    const counters = newCounters();
    await drive(server.port, counters, () => counters.started < LIVE_CONVERSATIONS);
    const withCounters = await server.liveHeap();
    await new Promise((resolve) => setTimeout(resolve, COUNTER_EXPIRY_MS));
    const storeOnly = await server.liveHeap();
    return { conversations: counters.completed, errors: counters.errors, baseline, withCounters, storeOnly };
  } finally {
    await server.process.stop();
  }
}

/** The sample nearest `seconds`. */
const at = (samples: Sample[], seconds: number): Sample =>
  samples.reduce((best, s) => (Math.abs(s.seconds - seconds) < Math.abs(best.seconds - seconds) ? s : best));

function soakRows({ samples }: SoakResult): string[][] {
  const last = samples[samples.length - 1];
  return [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const s = share === 1 ? last : at(samples, share * SECONDS);
    return [`${fixed(s.seconds, 0)} s`, fixed(s.rssMb, 1), fixed(s.heapMb, 1), s.conversations.toLocaleString('en-US')];
  });
}

function liveRows(live: LiveResult): string[][] {
  const row = (label: string, m: { heapMb: number; rssMb: number }) => {
    const perConversation = ((m.heapMb - live.baseline.heapMb) * MB) / live.conversations;
    return [label, fixed(m.heapMb, 1), fixed(m.rssMb, 1), fixed(perConversation / 1024, 2)];
  };
  return [
    ['after the warm-up', fixed(live.baseline.heapMb, 1), fixed(live.baseline.rssMb, 1), '–'],
    row(`${live.conversations.toLocaleString('en-US')} live, right after`, live.withCounters),
    row(`${live.conversations.toLocaleString('en-US')} live, ${COUNTER_EXPIRY_MS / 1000} s later`, live.storeOnly),
  ];
}

const SOAK_HEADERS = ['time', 'RSS MB', 'heap MB', 'conversations'];
const LIVE_HEADERS = ['server state', 'live heap MB', 'RSS MB', 'KB per conversation'];

function markdown(result: SoakResult, live: LiveResult, when: string): string {
  const { samples, counters } = result;
  const middle = at(samples, SECONDS / 2);
  const end = samples[samples.length - 1];
  const growth = end.rssMb - middle.rssMb;
  const duration = end.seconds;
  const perConversationKb = ((live.storeOnly.heapMb - live.baseline.heapMb) * 1024) / live.conversations;
  return [
    '## Memory under a soak (in-memory state)',
    '',
    `Command: \`npm run bench:soak\` · ${when}, load average ${result.loadAtEnd.toFixed(1)} at the end of the soak`,
    '',
    `The real server (\`node dist/src/server/main.js\`, no Redis, \`CONTEXT_TTL_MINUTES=${TTL_MINUTES}\`, default`,
    '`MAX_CONVERSATIONS_IN_MEMORY`) on 127.0.0.1. ' +
      `${CONNECTIONS} clients each start fresh conversations one after another at full speed for ${SECONDS} s: \`POST /api/session\`,`,
    `then three \`POST /api/messages\` (${SCRIPT.map((t) => `“${t}”`).join(', ')}), every answer checked.`,
    'RSS is VmRSS from `/proc/PID/status`, the heap `process.memoryUsage().heapUsed` reported by a module preloaded into',
    'the server (`bench/memoryProbe.ts`), both sampled every second. Conversations expire after the TTL and a sweep frees',
    'them, so memory levels off once the first ones expire. Throughput depends on what else shares the machine (see the',
    'load averages); memory is what this benchmark is for.',
    '',
    `![RSS and heap during the soak](benchmarks-soak.svg)`,
    '',
    markdownTable(SOAK_HEADERS, soakRows(result)),
    '',
    markdownTable(
      ['measure', 'result', 'goal', 'met'],
      [
        [
          'RSS growth, middle → end',
          `${fixed(growth, 1)} MB (${fixed(middle.rssMb, 1)} → ${fixed(end.rssMb, 1)})`,
          `≤ ${GOAL_GROWTH_MB} MB`,
          mark(growth <= GOAL_GROWTH_MB),
        ],
        ['errors', `${counters.errors}${counters.firstError ? ` (first: ${counters.firstError})` : ''}`, '0', mark(counters.errors === 0)],
        [
          'conversations',
          `${counters.completed.toLocaleString('en-US')} (${fixed(counters.completed / duration, 0)}/s, ${fixed(counters.requests / duration, 0)} requests/s)`,
          '',
          '',
        ],
      ],
      ['left', 'left', 'left', 'left'],
    ),
    '',
    '### Memory per live conversation',
    '',
    `A fresh server keeping context for an hour answers ${CONNECTIONS} conversations first, which load what it reads on first use`,
    `(WordNet's lemmas, compiled patterns: about 10 MB once), then gets ${live.conversations.toLocaleString('en-US')} more like the ones above`,
    `(${live.errors} errors); its live heap is measured after a full garbage collection (\`--expose-gc\`) before them, right after, and`,
    `${COUNTER_EXPIRY_MS / 1000} s later, once the visitors' rate-limit counters have expired. The last row is what a conversation`,
    'costs while it is kept: its context in the conversation store.',
    '',
    markdownTable(LIVE_HEADERS, liveRows(live)),
    '',
    `At ${fixed(perConversationKb, 2)} KB each, the default cap of 50,000 conversations is about ${fixed((perConversationKb * 50_000) / 1024, 0)} MB of heap.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const when = machineLine(machine());
  console.log(`Soak benchmark · ${when}\nSoak: ${CONNECTIONS} clients, ${SECONDS} s, CONTEXT_TTL_MINUTES=${TTL_MINUTES}`);
  const result = await soak();
  console.log(
    `\n${textTable(SOAK_HEADERS, soakRows(result))}\nerrors: ${result.counters.errors}${result.counters.firstError ? ` (first: ${result.counters.firstError})` : ''}`,
  );
  console.log(`\nLive conversations: ${LIVE_CONVERSATIONS}`);
  const live = await liveConversations();
  console.log(`\n${textTable(LIVE_HEADERS, liveRows(live))}`);

  const { samples } = result;
  writeFileSync(
    join(projectRoot, 'docs', 'benchmarks-soak.svg'),
    timeChart({
      title: `Server memory, fresh conversations at full speed (TTL ${TTL_MINUTES} min)`,
      xLabel: 'seconds',
      yLabel: 'MB',
      x: samples.map((s) => s.seconds),
      series: [
        { name: 'RSS', values: samples.map((s) => s.rssMb), colour: '#c0392b' },
        { name: 'heap used', values: samples.map((s) => s.heapMb), colour: '#2471a3' },
      ],
    }),
  );
  writeDocSection('soak', markdown(result, live, when), undefined, ['nlu', 'serve', 'soak']);
  console.log('\nWrote docs/benchmarks-soak.svg and the soak section of docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
