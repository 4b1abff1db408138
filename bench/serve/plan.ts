/** What the serving benchmark runs: its loads, the two servers, the conversation and the figures it reports. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MicroneedlingBot } from '../../src/bot';
import { withSiteLinks } from '../../src/channels/siteLinks';
import { projectRoot } from '../lib';
import type { ConversationContext } from '../../src/dialogue/context';

export const HOST = '127.0.0.1';
export const WEBHOOK_CONNECTIONS = [10, 50, 200];
export const WEBHOOK_SECONDS = 8;
/** A steady load well below saturation: what a busy site sends, where latency is the turn's own time, not a queue's. */
export const PACED = { connections: 10, perSecond: 100 };
export const WS_USERS = 200;
export const WS_SECONDS = 8;
/**
 * Before any measured load, each server answers both kinds of load for this long: a server runs for days, so its
 * figures are those of compiled code, not of V8 compiling it (the first seconds of a cold server cost the bot,
 * with far more code to compile, more than the echo bot).
 */
export const WARM_UP_SECONDS = 3;
/** A turn whose replies have not all arrived by then counts as lost. */
export const TURN_TIMEOUT_MS = 10_000;
export const READY_TIMEOUT_MS = 60_000;
/** Spawns per server for the start-up time; the median is reported. */
export const READY_SAMPLES = 5;

/**
 * What the webhook load rotates through: every real visitor's question of eval/real-questions.json, in their own
 * wording. Hundreds of different texts, so no cache of per-message work keyed by the text can stand in for the work.
 */
export const QUESTIONS: string[] = (
  JSON.parse(readFileSync(join(projectRoot, 'eval', 'real-questions.json'), 'utf8')) as { questions: Array<{ text: string }> }
).questions.map((q) => q.text);

/** The websocket users' conversation: two questions, each followed by elliptical follow-ups that need the context. */
export const SCRIPT = ['how often should I microneedle?', 'and for stretch marks?', 'what are the benefits?', 'and pores?', 'why?'];

/** Relative to the echo bot, Botkit's own ceiling on the same machine and load, except start-up. */
export const GOALS = { throughputRatio: 0.9, wsP99OfEcho: 1.2, readyMs: 1500, pacedP99Ms: 20 };

/**
 * The bot's settings for the run: every simulated visitor comes from 127.0.0.1, so rate and connection limits are
 * off; one instance keeps its state in memory (an empty REDIS_URL also wins over one in a developer's .env); a fixed
 * session secret spares the warning about a random one; no site links, so the replies checked are the same anywhere.
 */
export const BOT_ENV = {
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  MAX_WEBSOCKETS_PER_IP: '0',
  REDIS_URL: '',
  SESSION_SECRET: 'bench-serve-session-secret',
  ARTICLE_URL: '',
  CONTACT_URL: '',
  CONTACT_EMAIL: '',
};

export interface Target {
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

export interface WebhookResult extends LoadFigures {
  connections: number;
  /** 2xx responses that carried no message. */
  unanswered: number;
}

export interface WsResult extends LoadFigures {
  users: number;
  turns: number;
  lost: number;
  outOfOrder: number;
  extra: number;
}

export interface TargetResult {
  target: Target;
  readyMs: number[];
  idleRssMb: number;
  peakRssMb: number;
  webhook: WebhookResult[];
  /** The webhook at the steady rate of `PACED`. */
  paced: WebhookResult;
  ws: WsResult;
}

/** What the bot must answer to each turn of the script, worked out by the same bot in this process, with the source line the server adds. */
function scriptedBotReplies(): (turn: number, cycle: number) => string[] {
  const bot = new MicroneedlingBot();
  let context: ConversationContext | undefined;
  const cycles = [0, 1].map(() =>
    SCRIPT.map((text) => {
      const result = bot.respond(text, context);
      context = result.context;
      return result.replies.map((r) => withSiteLinks(r, {}).text);
    }),
  );
  // From the second conversation on, the context left by the first applies: every later one equals the second.
  return (turn, cycle) => cycles[Math.min(cycle, 1)][turn];
}

/**
 * The question log of one run, in a folder of its own: every run starts from the same empty log (the cost of an
 * insert grows with the table), and the benchmark's questions stay out of the project's own log in data/.
 */
function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-serve-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function targets(): Target[] {
  const env = { ...BOT_ENV, DATA_DIR: freshDataDir() };
  return [
    // One machine is every visitor here, so the per-user and per-IP protections are switched off (0 = no limit).
    { name: 'bot', label: 'bot (npm start)', script: 'dist/src/server/main.js', env, expectedReplies: scriptedBotReplies() },
    { name: 'echo', label: 'Botkit echo', script: 'dist/bench/echo-bot.js', env: {}, expectedReplies: (turn) => [SCRIPT[turn]] },
  ];
}
