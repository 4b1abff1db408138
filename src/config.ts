/** Settings read from the environment (and `.env`, see `.env.example`), checked once at start-up. */
export interface Config {
  port: number;
  host: string;
  contextTtlMinutes: number;
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
  /** Record each question (redacted) and what the bot did; metrics and feedback do not depend on it. */
  questionLog: boolean;
  /** Question log and feedback rows older than this many days are deleted. */
  logRetentionDays: number;
  /** Where the embedded SQLite database lives when `databaseUrl` is unset. */
  dataDir: string;
  /** postgres://… : the question log and feedback in PostgreSQL, shared by several instances. */
  databaseUrl?: string;
  /** Enables /admin and /admin/api/report for whoever presents it; unset: no admin page. */
  adminToken?: string;
  /** Serves /metrics on this port instead of the public one. */
  metricsPort?: number;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  throw new Error(`${name} must be on or off, got "${env[name]}"`);
}

function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.DATABASE_URL || undefined;
  if (raw !== undefined && !/^postgres(ql)?:\/\/./.test(raw)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  return raw;
}

function adminToken(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.ADMIN_TOKEN || undefined;
  // Anyone who has it reads every visitor's questions: refuse a token that can be guessed.
  if (raw !== undefined && raw.length < 16) throw new Error('ADMIN_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 24`)');
  return raw;
}

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
    questionLog: onOff(env, 'QUESTION_LOG', true),
    logRetentionDays: integer(env, 'LOG_RETENTION_DAYS', 30, 1, 3650),
    dataDir: env.DATA_DIR || './data',
    databaseUrl: databaseUrl(env),
    adminToken: adminToken(env),
    metricsPort: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 0, 65535) : undefined,
  };
}
