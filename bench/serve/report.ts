import { fixed, mark, markdownTable } from '../lib';
import {
  BOT_ENV,
  GOALS,
  PACED,
  QUESTIONS,
  SCRIPT,
  TargetResult,
  WARM_UP_SECONDS,
  WEBHOOK_CONNECTIONS,
  WEBHOOK_SECONDS,
  WebhookResult,
  WS_SECONDS,
  WS_USERS,
  WsResult,
} from './plan';

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

export const THROUGHPUT_HEADERS = [
  'load',
  'bot msg/s',
  'echo msg/s',
  'bot/echo',
  'bot CPU ms/msg',
  'echo CPU ms/msg',
  'peak RSS MB bot / echo',
  'errors bot / echo',
];

export function throughputRows(bot: TargetResult, echo: TargetResult): string[][] {
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

export const LATENCY_HEADERS = ['load', 'bot p50 ms', 'bot p99 ms', 'bot max ms', 'echo p50 ms', 'echo p99 ms', 'echo max ms'];

export function latencyRows(bot: TargetResult, echo: TargetResult): string[][] {
  const e = loads(echo);
  return loads(bot).map((b, i) => [b.name, ms(b.load.p50), ms(b.load.p99), ms(b.load.max), ms(e[i].load.p50), ms(e[i].load.p99), ms(e[i].load.max)]);
}

export const PACED_HEADERS = ['server', 'msg/s', 'p50 ms', 'p99 ms', 'max ms', 'CPU ms/msg', 'errors'];

export function pacedRows(results: TargetResult[]): string[][] {
  return results.map(({ target, paced }) => [
    target.label,
    rate(paced.perSecond),
    ms(paced.p50),
    ms(paced.p99),
    ms(paced.max),
    fixed(paced.cpuMsPerMessage, 3),
    String(paced.errors + paced.unanswered),
  ]);
}

export function wsRows(results: TargetResult[]): string[][] {
  return results.map(({ target, ws }) => [
    target.label,
    String(ws.turns),
    String(ws.answered),
    String(ws.lost),
    String(ws.outOfOrder),
    String(ws.extra),
    String(ws.errors),
  ]);
}

export const WS_HEADERS = ['server', 'turns sent', 'answered', 'lost replies', 'out of order / wrong', 'extra replies', 'errors'];

export function resourceRows(results: TargetResult[]): string[][] {
  return results.map(({ target, readyMs, idleRssMb, peakRssMb }) => [
    target.label,
    ms(median(readyMs)),
    readyMs.map((x) => ms(x)).join(', '),
    fixed(idleRssMb, 0),
    fixed(peakRssMb, 0),
  ]);
}

export const RESOURCE_HEADERS = ['server', 'ready ms (median)', 'ready ms (each spawn)', 'RSS after start MB', 'peak RSS MB'];

export function goalRows(bot: TargetResult, echo: TargetResult): string[][] {
  const ratios = [...bot.webhook.map((b, i) => b.perSecond / echo.webhook[i].perSecond), bot.ws.perSecond / echo.ws.perSecond];
  const minRatio = Math.min(...ratios);
  const p99Limit = echo.ws.p99 * GOALS.wsP99OfEcho;
  const problems = bot.ws.lost + bot.ws.outOfOrder + bot.ws.extra;
  return [
    [
      `throughput ≥ ${GOALS.throughputRatio} × echo at every load (stretch: ≥ 1.0)`,
      `${fixed(minRatio)} at worst (${ratios.map((r) => fixed(r)).join(', ')})`,
      mark(minRatio >= GOALS.throughputRatio),
    ],
    [
      `p99 with ${WS_USERS} websocket users ≤ echo's p99 × ${GOALS.wsP99OfEcho}`,
      `${ms(bot.ws.p99)} ms (echo ${ms(echo.ws.p99)} ms, limit ${ms(p99Limit)} ms)`,
      mark(bot.ws.p99 <= p99Limit),
    ],
    [
      `webhook p99 at a steady ${PACED.perSecond} msg/s ≤ ${GOALS.pacedP99Ms} ms`,
      `${ms(bot.paced.p99)} ms (echo ${ms(echo.paced.p99)} ms)`,
      mark(bot.paced.p99 <= GOALS.pacedP99Ms),
    ],
    [`peak RSS ≤ the echo bot's`, `${fixed(bot.peakRssMb, 0)} MB (echo ${fixed(echo.peakRssMb, 0)} MB)`, mark(bot.peakRssMb <= echo.peakRssMb)],
    [
      `ready ≤ ${GOALS.readyMs} ms after spawn (median)`,
      `${ms(median(bot.readyMs))} ms (median of ${bot.readyMs.length})`,
      mark(median(bot.readyMs) <= GOALS.readyMs),
    ],
    ['no lost or reordered replies', `${bot.ws.lost} lost, ${bot.ws.outOfOrder} out of order, ${bot.ws.extra} extra`, mark(problems === 0)],
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
    '  the same load, hence a goal relative to it: a lower p99 takes a faster machine, fewer users at once, or users who pause between turns.',
    `- Per websocket message the bot's server spends ${fixed(extraCpu, 3)} ms of CPU more than the echo bot: understanding the`,
    '  message, reading and writing its follow-up context in the conversation state, checking the signed user id, and',
    '  longer replies. Throughput relative to the echo bot is bounded by that ratio of CPU per message.',
    `- Under load RSS rises from ${fixed(bot.idleRssMb, 0)} to ${fixed(bot.peakRssMb, 0)} MB for the bot, and from ${fixed(echo.idleRssMb, 0)} to ${fixed(echo.peakRssMb, 0)} MB for the echo bot, which`,
    "  keeps almost nothing. Left to its defaults, V8 let the bot's heap grow to about four times what was live (500 MB",
    '  peak with 120 MB live); the server grows it by at most two fifths at a time once it is up (`--heap-growing-percent=40`,',
    '  set in `src/server/main.ts`). The largest thing it keeps is the log of answered message ids that lets a repeated',
    '  delivery get its first answer: at 50,000 messages it was about 40 MB of live heap and the peak reached 330–340 MB;',
    "  kept to the last 10,000 (`src/state/deliveries.ts`), the peak fell below the echo bot's.",
  ];
}

export function markdown(bot: TargetResult, echo: TargetResult, when: string): string {
  return [
    '## Serving (Botkit web adapter)',
    '',
    `Command: \`npm run bench:serve\` · ${when}`,
    '',
    `The bot is \`node dist/src/server/main.js\` (what \`npm start\` runs) with ${Object.entries(BOT_ENV)
      .map(([k, v]) => `\`${k}=${v}\``)
      .join(', ')}`,
    '(every simulated visitor comes from 127.0.0.1, so the per-user and per-IP limits are off; state in memory, one',
    'instance; the question log on, in SQLite, in a fresh `DATA_DIR` per run) and user ids it signed via `POST /api/session`; the ceiling is [`bench/echo-bot.ts`](../bench/echo-bot.ts),',
    'the same Botkit and web adapter replying with the text it got.',
    'Both run side by side as child processes on 127.0.0.1; each load goes to the bot and then at once to the echo bot,',
    'so a change in background load shifts both alike. The load generator shares the same two cores.',
    `Before the measured loads, each server gets ${WARM_UP_SECONDS} s of webhook load (${WEBHOOK_CONNECTIONS[0]} connections) and ${WARM_UP_SECONDS} s of websocket load from other visitors,`,
    'so the figures are those of a running server rather than of V8 compiling it:',
    '',
    `- **webhook**: autocannon POSTs to \`/api/messages\` for ${WEBHOOK_SECONDS} s per level, rotating the ${QUESTIONS.length} real visitors' questions of`,
    '  `eval/real-questions.json`, one user id per connection and a fresh message id per request (as the widget sends);',
    '  msg/s counts 2xx responses, latency is per request. The connections send as fast as answers come, which saturates',
    `  the server, so latency there is mostly queueing. A last level sends one message every ${1000 / PACED.perSecond} ms instead, open loop over at`,
    `  most ${PACED.connections} kept-alive connections ([\`bench/serve/paced.ts\`](../bench/serve/paced.ts)), each latency counted from when the message was due;`,
    "  there latency is a turn's own time plus what the two shared cores and the garbage collector add. (autocannon's",
    "  own rate limit sends each connection's quota for the second in one burst at the start of the second, and its",
    '  correction for that adds a synthetic sample for every millisecond of each slow answer: a queue, not a steady load.)',
    `- **websocket**: ${WS_USERS} users connected at once, each repeating the conversation ${SCRIPT.map((t) => `“${t}”`).join(', ')}`,
    `  for ${WS_SECONDS} s and sending each turn (with its message id) only when the previous answer has arrived; latency runs`,
    '  from sending a turn to its last reply, and every reply is checked against the text the bot gives that turn in-process',
    '  (typing frames before an answer are not replies).',
    '',
    '### Throughput',
    '',
    "msg/s are answered messages per second; CPU ms/msg is the server process's own CPU time (user + system, from",
    '`/proc`) per answered message, the cost of a turn whatever share of the two cores the load generator took;',
    "peak RSS is the process's VmHWM once that load is over (the loads run in the order of the rows).",
    '',
    markdownTable(THROUGHPUT_HEADERS, throughputRows(bot, echo)),
    '',
    '### Latency',
    '',
    markdownTable(LATENCY_HEADERS, latencyRows(bot, echo)),
    '',
    '![p50 and p99 latency against load, bot and echo](benchmarks-latency.svg)',
    '',
    `At a steady ${PACED.perSecond} msg/s (webhook, ${PACED.connections} connections):`,
    '',
    markdownTable(PACED_HEADERS, pacedRows([bot, echo])),
    '',
    '### Websocket conversations',
    '',
    markdownTable(WS_HEADERS, wsRows([bot, echo])),
    '',
    '### Start-up and memory',
    '',
    "Ready is the time from spawning the process to its first 200 from `/healthz`; peak RSS is the process's VmHWM",
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
