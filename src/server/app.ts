import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Storage } from 'botbuilder';
import express, { Express } from 'express';
import helmet from 'helmet';
import type Redis from 'ioredis';
import type { MicroneedlingBot } from '../bot';
import { jsonErrors } from '../channels/http';
import { MountedChannel, mountChannels } from '../channels/registry';
import type { RetryPolicy } from '../channels/retries';
import { DEFAULT_SECURITY, SecurityOptions } from '../channels/web/security';
import { SessionIds } from '../channels/web/sessionIds';
import { PAGE_CSP_DIRECTIVES } from '../channels/web/widgetRoutes';
import { DEFAULTS, readChannelVariables, SiteLinks } from '../config';
import type { Insights } from '../insights/insights';
import { DEFAULT_SITE_OWNER, SiteOwnerOptions, startSiteOwner } from '../insights/siteOwner';
import type { Logger } from '../logger';
import { BotMetrics, openUpgrades } from '../metrics/metrics';
import { MAX_FRAME_BYTES } from '../protocol/web';
import { DeliveryLog, MemoryDeliveryLog, RedisDeliveryLog } from '../state/deliveries';
import { ExpiringMemoryStorage } from '../state/memoryStorage';
import { RedisStorage } from '../state/redisStorage';
import { MemoryTurnLock, RedisTurnLock, TurnLock } from '../state/turnLock';
import { InFlight } from './inFlight';
import { TurnController } from './controller';
import { attachBot, webConversationKeys } from './turnHandler';

export { DEFAULT_SECURITY, type SecurityOptions };
/** In-flight turns get this long to finish when the server stops; the process must exit within 5 s. */
const DRAIN_MS = 4000;

export interface ServerOptions {
  bot: MicroneedlingBot;
  logger: Logger;
  port: number;
  host?: string;
  security?: Partial<SecurityOptions>;
  /** Shares conversation state, turn locks and rate limits between instances. */
  redis?: { client: Redis; prefix: string; ttlSeconds: number };
  /** Without Redis: how many conversations are kept in memory (default 50,000); they expire after `contextTtlMs`. */
  memory?: { maxConversations: number };
  logTranscripts?: boolean;
  /** The article's address and the site's contact, which replies link to; none by default. */
  site?: SiteLinks;
  /** Where the messaging channels' variables are read from (tests enable channels per server); checked by the configuration's rules. */
  env?: NodeJS.ProcessEnv;
  /** How long a conversation's context lives; a repeated message is recognised for as long. Default 30 minutes. */
  contextTtlMs?: number;
  /** How messaging channels retry their platform (tests make it fast). */
  channelRetry?: RetryPolicy;
  /** Question log, feedback, admin page and metrics; by default the log is kept in memory. */
  siteOwner?: Partial<SiteOwnerOptions>;
}

export interface RunningServer {
  url: string;
  port: number;
  http: Server;
  /** The messaging channels mounted besides the web channel. */
  channels: MountedChannel[];
  insights: Insights;
  /** Set when METRICS_PORT serves /metrics apart. */
  metricsUrl?: string;
  /** Stops accepting, lets turns in flight finish, closes websockets with 1001. */
  close(): Promise<void>;
}

function sharedState(options: ServerOptions): { storage: Storage; turnLock: TurnLock; deliveries: DeliveryLog; memory?: ExpiringMemoryStorage } {
  const { redis, logger, contextTtlMs = DEFAULTS.contextTtlMinutes * 60_000 } = options;
  if (!redis) {
    const maxItems = options.memory?.maxConversations ?? DEFAULTS.maxConversationsInMemory;
    const memory = new ExpiringMemoryStorage({ ttlMs: contextTtlMs, maxItems, logger });
    return { storage: memory, turnLock: new MemoryTurnLock(), deliveries: new MemoryDeliveryLog(contextTtlMs), memory };
  }
  const degraded = (err: unknown) => logger.warn({ err: err instanceof Error ? err.message : err }, 'turn lock unavailable; turn runs unlocked');
  return {
    storage: new RedisStorage(redis.client, { prefix: `${redis.prefix}state:`, ttlSeconds: redis.ttlSeconds }),
    turnLock: new RedisTurnLock(redis.client, { prefix: `${redis.prefix}lock:`, leaseMs: 5000, waitMs: 3000 }, degraded),
    deliveries: new RedisDeliveryLog(redis.client, { prefix: `${redis.prefix}delivered:`, ttlMs: redis.ttlSeconds * 1000 }, logger),
  };
}

/**
 * The secret session ids are signed with; reply ids and the question log's user hashes are keyed with it too, so
 * without SESSION_SECRET one random secret is made here for all of them.
 */
function sessionSecret(security: SecurityOptions, logger: Logger): string {
  if (security.sessionSecret) return security.sessionSecret;
  logger.warn('SESSION_SECRET is not set: using a random secret, so ids will not survive a restart or work across instances');
  return randomBytes(32).toString('base64url');
}

/** Express with the headers every response gets, and shutdown's count of open requests. */
function baseApp(trustProxy: number, inFlight: InFlight): Express {
  const app = express();
  app.disable('x-powered-by');
  // req.ip: the address `trustProxy` hops before this server (Express's own X-Forwarded-For handling).
  if (trustProxy > 0) app.set('trust proxy', trustProxy);
  // Shutdown waits for these. Turns alone are not enough: a webhook's answer is written after the turn
  // handler returned (Botkit saves its state first), and closing connections then cut it off.
  app.use((_req, res, next) => {
    res.once('close', inFlight.begin());
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: { directives: PAGE_CSP_DIRECTIVES },
      // widget.js and the API are meant to be used from other sites' pages.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  );
  return app;
}

/** Starts the HTTP server: every channel's routes on one port (the web channel's websocket too) and the health check. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { bot, logger } = options;
  const given = { ...DEFAULT_SECURITY, ...options.security };
  const security = { ...given, sessionSecret: sessionSecret(given, logger) };
  const { storage, turnLock, deliveries, memory } = sharedState(options);
  const inFlight = new InFlight();
  const app = baseApp(security.trustProxy, inFlight);
  const http = createServer(app);
  const metrics = new BotMetrics(openUpgrades(http));
  const siteOwner = await startSiteOwner({
    app,
    options: { ...DEFAULT_SITE_OWNER, ...options.siteOwner },
    metrics,
    logger,
    security,
    redis: options.redis,
    host: options.host ?? '0.0.0.0',
    ids: new SessionIds(Buffer.from(security.sessionSecret)),
    forgetConversation: (user) => storage.delete(webConversationKeys(user)),
  });

  // Botkit dispatches turns to the handlers; each channel brings its own adapter and routes.
  const controller = new TurnController();
  attachBot(controller, bot, {
    storage,
    turnLock,
    logger,
    inFlight,
    deliveries,
    logTranscripts: options.logTranscripts ?? DEFAULTS.logTranscripts,
    site: options.site ?? DEFAULTS.site,
    observer: siteOwner.insights,
  });
  const channels = await mountChannels({
    app,
    settings: { env: readChannelVariables(options.env ?? process.env), security },
    context: {
      handleTurn: (turn) => controller.handleTurn(turn),
      logger,
      storage,
      http,
      inFlight,
      redis: options.redis,
      notice: (kind) => bot.notice(kind),
      onRateLimited: () => metrics.rateLimited.inc(),
    },
    retry: options.channelRetry,
  });
  // 200 while the web channel serves, whatever a messaging platform does; each channel's state besides.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()), channels: channels.status() });
  });
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });
  app.use(jsonErrors(MAX_FRAME_BYTES, logger));

  await new Promise<void>((resolve) => controller.ready(() => resolve()));
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = http.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    http,
    channels: channels.enabled,
    insights: siteOwner.insights,
    metricsUrl: siteOwner.metricsUrl,
    async close() {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      await inFlight.idle(DRAIN_MS);
      await channels.close();
      memory?.close();
      http.closeAllConnections();
      await closed;
      await siteOwner.close();
    },
  };
}
