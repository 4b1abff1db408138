/** What the serving benchmark runs: its loads, the two servers, the conversation and the figures it reports. */
import { MicroneedlingBot } from '../../src/bot';
import type { ConversationContext } from '../../src/dialogue/context';

export const HOST = '127.0.0.1';
export const WEBHOOK_CONNECTIONS = [10, 50, 200];
export const WEBHOOK_SECONDS = 8;
export const WS_USERS = 200;
export const WS_SECONDS = 8;
/** A turn whose replies have not all arrived by then counts as lost. */
export const TURN_TIMEOUT_MS = 10_000;
export const READY_TIMEOUT_MS = 60_000;
/** Spawns per server for the start-up time; the median is reported. */
export const READY_SAMPLES = 3;

/** Questions the webhook load rotates through, each a standalone question a visitor might ask. */
export const QUESTIONS = [
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
export const SCRIPT = ['how often should I microneedle?', 'and for stretch marks?', 'what are the benefits?', 'and pores?', 'why?'];

export const GOALS = { throughputRatio: 0.9, wsP99Ms: 50, peakRssMb: 250, readyMs: 2000 };

/**
 * The bot's settings for the run: every simulated visitor comes from 127.0.0.1, so rate and connection limits are
 * off; one instance keeps its state in memory (an empty REDIS_URL also wins over one in a developer's .env); a fixed
 * session secret spares the warning about a random one.
 */
export const BOT_ENV = {
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  MAX_WEBSOCKETS_PER_IP: '0',
  REDIS_URL: '',
  SESSION_SECRET: 'bench-serve-session-secret',
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
  ws: WsResult;
}

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

export function targets(): Target[] {
  return [
    // One machine is every visitor here, so the per-user and per-IP protections are switched off (0 = no limit).
    { name: 'bot', label: 'bot (npm start)', script: 'dist/src/server/main.js', env: BOT_ENV, expectedReplies: scriptedBotReplies() },
    { name: 'echo', label: 'Botkit echo', script: 'dist/bench/echo-bot.js', env: {}, expectedReplies: (turn) => [SCRIPT[turn]] },
  ];
}
