import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../data/paths';
import { ConfigError, flag, HOSTNAME, httpUrl, integer, isOrigin, optionalText, parsesAs, pattern, patternOr, Variable, variable } from './kinds';

/**
 * Every setting the server reads from the environment (and `.env`, see `.env.example`), checked once at
 * start-up. This module is the one place variables are named, checked and given their defaults: an invalid
 * value stops the start with a message naming the variable and what it accepts.
 */

export { ConfigError };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const VARIABLES = {
  PORT: integer(0, 65535, 3000),
  HOST: variable(
    z
      .string()
      .refine((v) => isIP(v) !== 0 || HOSTNAME.test(v))
      .default('0.0.0.0'),
    'an IP address or a host name',
  ),
  CONTEXT_TTL_MINUTES: integer(1, 7 * 24 * 60, 30),
  // About 33 MB of heap at the default (README, Memory).
  MAX_CONVERSATIONS_IN_MEMORY: integer(1, 10_000_000, 50_000),
  MAX_MESSAGE_LENGTH: integer(1, 100_000, 1000),
  LOG_LEVEL: variable(z.enum(LOG_LEVELS).default('info'), `one of ${LOG_LEVELS.join(', ')}`),
  LOG_TRANSCRIPTS: flag(false),
  SESSION_SECRET: variable(z.string().min(16).optional(), 'at least 16 characters (e.g. `openssl rand -base64 32`)', true),
  RATE_LIMIT_PER_MINUTE: integer(0, 100_000, 30),
  MAX_WEBSOCKETS_PER_IP: integer(0, 100_000, 20),
  ALLOWED_ORIGINS: variable(
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o !== ''),
      )
      .pipe(z.array(z.union([z.literal('*'), z.string().refine(isOrigin)])))
      .optional()
      .transform((list) => (list ?? []).filter((o) => o !== '*')),
    'comma-separated origins such as https://www.example.com (scheme, host and port only, no path or trailing slash), or *',
  ),
  TRUST_PROXY: integer(0, 10, 0),
  REDIS_URL: variable(
    z
      .string()
      .refine(parsesAs(['redis:', 'rediss:']))
      .optional(),
    'a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
    true,
  ),
  REDIS_PREFIX: patternOr(/^\S{1,64}$/, '1 to 64 characters without spaces', 'mnbot:'),
  QUESTION_LOG: variable(
    z
      .enum(['on', 'off', 'true', 'false', '1', '0'])
      .optional()
      .transform((v) => v === undefined || ['on', 'true', '1'].includes(v)),
    'on or off',
  ),
  LOG_RETENTION_DAYS: integer(1, 3650, 30),
  DATA_DIR: variable(z.string().default('./data'), 'a folder path'),
  DATABASE_URL: variable(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/./)
      .optional(),
    'a postgres:// or postgresql:// URL',
    true,
  ),
  // Anyone who has it reads every visitor's questions: refuse a token that can be guessed.
  ADMIN_TOKEN: variable(z.string().min(16).optional(), 'at least 16 characters (e.g. `openssl rand -hex 24`)', true),
  METRICS_PORT: variable(z.string().regex(/^\d+$/).transform(Number).pipe(z.number().min(0).max(65535)).optional(), 'an integer from 0 to 65535'),
  ARTICLE_URL: httpUrl(),
  CONTACT_URL: httpUrl(),
  CONTACT_EMAIL: variable(z.string().email().optional(), 'an e-mail address such as clinic@example.com'),
  // Messaging channels: checked here, turned on (or reported half-set) by their modules in src/channels/<name>.
  // Earlier names (MICROSOFT_APP_*, FACEBOOK_*) are still read, so they are checked alike.
  PUBLIC_URL: httpUrl(),
  BOTFRAMEWORK_APP_ID: optionalText(),
  BOTFRAMEWORK_APP_PASSWORD: optionalText(undefined, true),
  BOTFRAMEWORK_APP_TYPE: pattern(/^(MultiTenant|SingleTenant)$/, 'MultiTenant or SingleTenant'),
  BOTFRAMEWORK_APP_TENANT_ID: optionalText(),
  MICROSOFT_APP_ID: optionalText(),
  MICROSOFT_APP_PASSWORD: optionalText(undefined, true),
  MICROSOFT_APP_TYPE: pattern(/^(MultiTenant|SingleTenant)$/, 'MultiTenant or SingleTenant'),
  MICROSOFT_APP_TENANT_ID: optionalText(),
  BOTFRAMEWORK_ENABLED: pattern(/^(true|false)$/, 'true or false'),
  SLACK_SIGNING_SECRET: optionalText(undefined, true),
  SLACK_BOT_TOKEN: variable(
    z
      .string()
      .regex(/^xoxb-\S+$/)
      .optional(),
    'a bot token starting with xoxb-',
    true,
  ),
  MESSENGER_VERIFY_TOKEN: optionalText(undefined, true),
  MESSENGER_ACCESS_TOKEN: optionalText(undefined, true),
  MESSENGER_APP_SECRET: optionalText(undefined, true),
  MESSENGER_API_VERSION: pattern(/^v\d+\.\d+$/, 'a Graph API version such as v21.0'),
  FACEBOOK_VERIFY_TOKEN: optionalText(undefined, true),
  FACEBOOK_ACCESS_TOKEN: optionalText(undefined, true),
  FACEBOOK_APP_SECRET: optionalText(undefined, true),
  FACEBOOK_API_VERSION: pattern(/^v\d+\.\d+$/, 'a Graph API version such as v21.0'),
  TWILIO_ACCOUNT_SID: pattern(/^AC[0-9a-fA-F]{32}$/, 'AC followed by 32 hexadecimal digits'),
  TWILIO_AUTH_TOKEN: optionalText(undefined, true),
  TWILIO_NUMBER: pattern(/^\+[1-9]\d{6,14}$/, 'a phone number in E.164 form, e.g. +15551234567'),
  WEBEX_ACCESS_TOKEN: optionalText(undefined, true),
  WEBEX_PUBLIC_ADDRESS: httpUrl(),
  WEBEX_SECRET: optionalText(undefined, true),
} satisfies Record<string, Variable<unknown>>;

type Values = { [K in keyof typeof VARIABLES]: z.output<(typeof VARIABLES)[K]['schema']> };

/** The messaging channels' variables, checked and trimmed, as the channel modules read them (they apply their own fallbacks between new and earlier names). */
const CHANNEL_VARIABLES = [
  'PUBLIC_URL',
  'BOTFRAMEWORK_APP_ID',
  'BOTFRAMEWORK_APP_PASSWORD',
  'BOTFRAMEWORK_APP_TYPE',
  'BOTFRAMEWORK_APP_TENANT_ID',
  'MICROSOFT_APP_ID',
  'MICROSOFT_APP_PASSWORD',
  'MICROSOFT_APP_TYPE',
  'MICROSOFT_APP_TENANT_ID',
  'BOTFRAMEWORK_ENABLED',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'MESSENGER_VERIFY_TOKEN',
  'MESSENGER_ACCESS_TOKEN',
  'MESSENGER_APP_SECRET',
  'MESSENGER_API_VERSION',
  'FACEBOOK_VERIFY_TOKEN',
  'FACEBOOK_ACCESS_TOKEN',
  'FACEBOOK_APP_SECRET',
  'FACEBOOK_API_VERSION',
  'TWILIO_ACCOUNT_SID',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_NUMBER',
  'WEBEX_ACCESS_TOKEN',
  'WEBEX_PUBLIC_ADDRESS',
  'WEBEX_SECRET',
] as const satisfies ReadonlyArray<keyof typeof VARIABLES>;

export type ChannelVariables = Pick<Values, (typeof CHANNEL_VARIABLES)[number]>;

export interface Config {
  port: number;
  host: string;
  contextTtlMinutes: number;
  /** Without Redis: conversations kept in memory; past it the least recently used is dropped. */
  maxConversationsInMemory: number;
  maxMessageLength: number;
  logLevel: LogLevel;
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
  /** What replies link to: the article's public address and a way to reach a person. */
  site: SiteLinks;
  channels: ChannelVariables;
}

export interface SiteLinks {
  /** The article's public address; answers link to its sections. Unset: the section is named as text. */
  articleUrl?: string;
  /** Where a visitor can reach a person; offered when the article cannot help. */
  contactUrl?: string;
  contactEmail?: string;
}

/** An empty value (`NAME=` in .env) means unset; values are trimmed. */
function clean(env: NodeJS.ProcessEnv, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, env[name]?.trim() || undefined]));
}

function describe(issue: z.ZodIssue, raw: Record<string, string | undefined>): string {
  const name = String(issue.path[0]) as keyof typeof VARIABLES;
  const { accepts, secret } = VARIABLES[name];
  const got = secret ? 'the value set' : JSON.stringify(raw[name]);
  return `${name} is invalid: expected ${accepts}, got ${got}`;
}

function parse<K extends keyof typeof VARIABLES>(env: NodeJS.ProcessEnv, names: readonly K[]): Pick<Values, K> {
  const raw = clean(env, names);
  const shape = Object.fromEntries(names.map((name) => [name, VARIABLES[name].schema]));
  const result = z.object(shape).safeParse(raw);
  if (result.success) return result.data as Pick<Values, K>;
  const problems = [...new Set(result.error.issues.map((issue) => describe(issue, raw)))];
  throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

/** The channel variables alone (servers started in tests pass their own environment). */
export function readChannelVariables(env: NodeJS.ProcessEnv): ChannelVariables {
  return parse(env, CHANNEL_VARIABLES);
}

/** Adds the variables of `.env` in the project folder, when there is one, to the environment. */
export function loadDotEnv(): void {
  const file = join(projectRoot, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Reads and checks every variable; throws a `ConfigError` listing each invalid one. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const v = parse(env, Object.keys(VARIABLES) as Array<keyof typeof VARIABLES>);
  return {
    port: v.PORT,
    host: v.HOST,
    contextTtlMinutes: v.CONTEXT_TTL_MINUTES,
    maxConversationsInMemory: v.MAX_CONVERSATIONS_IN_MEMORY,
    maxMessageLength: v.MAX_MESSAGE_LENGTH,
    logLevel: v.LOG_LEVEL,
    logTranscripts: v.LOG_TRANSCRIPTS,
    sessionSecret: v.SESSION_SECRET,
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    maxWebsocketsPerIp: v.MAX_WEBSOCKETS_PER_IP,
    allowedOrigins: v.ALLOWED_ORIGINS,
    trustProxy: v.TRUST_PROXY,
    redisUrl: v.REDIS_URL,
    redisPrefix: v.REDIS_PREFIX,
    questionLog: v.QUESTION_LOG,
    logRetentionDays: v.LOG_RETENTION_DAYS,
    dataDir: v.DATA_DIR,
    databaseUrl: v.DATABASE_URL,
    adminToken: v.ADMIN_TOKEN,
    metricsPort: v.METRICS_PORT,
    site: { articleUrl: v.ARTICLE_URL, contactUrl: v.CONTACT_URL, contactEmail: v.CONTACT_EMAIL },
    channels: Object.fromEntries(CHANNEL_VARIABLES.map((name) => [name, v[name]])) as ChannelVariables,
  };
}

/** The configuration of an empty environment: every default, in one place. */
export const DEFAULTS: Config = readConfig({});
