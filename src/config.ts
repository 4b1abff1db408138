/** Settings read from the environment (and `.env`, see `.env.example`), checked once at start-up. */
export interface Config {
  port: number;
  host: string;
  contextTtlMinutes: number;
  /** Without Redis: conversations kept in memory; past it the least recently used is dropped. */
  maxConversationsInMemory: number;
  maxMessageLength: number;
  logLevel: string;
  logTranscripts: boolean;
  /** Signs session ids; every instance behind one load balancer needs the same. Undefined: random per start. */
  sessionSecret?: string;
  /** Messages per minute per user id (and five times that per IP); 0 turns limits off. */
  rateLimitPerMinute: number;
  /** Open websockets per IP; 0 means no cap. */
  maxWebsocketsPerIp: number;
  /** Pages allowed to embed the widget (websocket Origin and webhook CORS); empty allows any. */
  allowedOrigins: string[];
  /** Reverse proxies in front of the server whose X-Forwarded-For is trusted for the client IP; 0: none. */
  trustProxy: number;
  /** Shared conversation state, turn locks and rate limits for several instances; memory when unset. */
  redisUrl?: string;
  redisPrefix: string;
}

/** Conversations kept in memory without Redis: about 31 MB of heap (README, Memory). */
export const DEFAULT_MAX_CONVERSATIONS = 50_000;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    contextTtlMinutes: integer(env, 'CONTEXT_TTL_MINUTES', 30, 1, 7 * 24 * 60),
    maxConversationsInMemory: integer(env, 'MAX_CONVERSATIONS_IN_MEMORY', DEFAULT_MAX_CONVERSATIONS, 1, 10_000_000),
    maxMessageLength: integer(env, 'MAX_MESSAGE_LENGTH', 1000, 1, 100_000),
    logLevel: env.LOG_LEVEL || 'info',
    logTranscripts: env.LOG_TRANSCRIPTS === 'true',
    sessionSecret: env.SESSION_SECRET || undefined,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 30, 0, 100_000),
    maxWebsocketsPerIp: integer(env, 'MAX_WEBSOCKETS_PER_IP', 20, 0, 100_000),
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '' && o !== '*'),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'mnbot:',
  };
}
