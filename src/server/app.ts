import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { MemoryStorage, Storage } from 'botbuilder';
import { Botkit } from 'botkit';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type Redis from 'ioredis';
import type { MicroneedlingBot } from '../bot';
import { DEFAULTS, readChannelVariables, SiteLinks } from '../config';
import { projectRoot } from '../data/paths';
import type { Logger } from '../logger';
import { EnabledChannel, mountChannels } from './channels';
import { NullStorage } from '../state/nullStorage';
import { RedisStorage } from '../state/redisStorage';
import { MemoryTurnLock, RedisTurnLock, TurnLock } from '../state/turnLock';
import { InFlight } from './inFlight';
import { MessageRateLimits } from './rateLimits';
import { SessionIds } from './sessionIds';
import { attachBot } from './turnHandler';
import { GuardedWebAdapter } from './webAdapter';
import { webhookGuard } from './webhookGuard';
import { mountWidget, webhookCors } from './widgetRoutes';

export const MAX_BODY_BYTES = 16 * 1024;
/** In-flight turns get this long to finish when the server stops; the process must exit within 5 s. */
const DRAIN_MS = 4000;

export interface SecurityOptions {
  /** Signs session ids; shared by every instance. Undefined: a random secret for this process. */
  sessionSecret?: string;
  rateLimitPerMinute: number;
  maxWebsocketsPerIp: number;
  /** Pages allowed to talk to the bot from a browser; empty allows any. */
  allowedOrigins: string[];
  /**
   * Proxies (load balancers) in front of the server whose X-Forwarded-For is trusted. Behind one, every
   * visitor otherwise has the proxy's IP and shares one per-IP rate limit and websocket cap.
   */
  trustProxy: number;
}

export interface ServerOptions {
  bot: MicroneedlingBot;
  logger: Logger;
  port: number;
  host?: string;
  security?: Partial<SecurityOptions>;
  /** Shares conversation state, turn locks and rate limits between instances. */
  redis?: { client: Redis; prefix: string; ttlSeconds: number };
  logTranscripts?: boolean;
  /** The article's address and the site's contact, which replies link to; none by default. */
  site?: SiteLinks;
  /** The messaging channels' variables (tests enable channels per server); checked by the configuration's rules. */
  env?: NodeJS.ProcessEnv;
}

export interface RunningServer {
  url: string;
  port: number;
  http: Server;
  /** The messaging channels mounted besides the web channel. */
  channels: EnabledChannel[];
  /** Stops accepting, lets turns in flight finish, closes websockets with 1001. */
  close(): Promise<void>;
}

function sessionIds(secret: string | undefined, logger: Logger): SessionIds {
  if (secret) return new SessionIds(Buffer.from(secret));
  logger.warn('SESSION_SECRET is not set: using a random secret, so ids will not survive a restart or work across instances');
  return new SessionIds(randomBytes(32));
}

function sharedState(options: ServerOptions): { storage: Storage; turnLock: TurnLock } {
  const { redis, logger } = options;
  if (!redis) return { storage: new MemoryStorage(), turnLock: new MemoryTurnLock() };
  const degraded = (err: unknown) => logger.warn({ err: err instanceof Error ? err.message : err }, 'turn lock unavailable; turn runs unlocked');
  return {
    storage: new RedisStorage(redis.client, { prefix: `${redis.prefix}state:`, ttlSeconds: redis.ttlSeconds }),
    turnLock: new RedisTurnLock(redis.client, { prefix: `${redis.prefix}lock:`, leaseMs: 5000, waitMs: 3000 }, degraded),
  };
}

function jsonErrors(error: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') {
    res.status(413).json({ error: 'payload_too_large', message: `The body must be at most ${MAX_BODY_BYTES} bytes.` });
  } else if (error.type === 'entity.parse.failed' || error.status === 400) {
    res.status(400).json({ error: 'bad_request', message: 'The body is not valid JSON.' });
  } else if (error.status === 415) {
    // body-parser refuses a charset other than UTF-8 or an unknown Content-Encoding with 415: a client error,
    // which used to fall through to the 500 below.
    res.status(415).json({ error: 'unsupported_media_type', message: 'Send UTF-8 JSON, uncompressed or gzip/deflate-encoded.' });
  } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    res.status(error.status).json({ error: 'bad_request', message: 'The request was refused.' });
  } else {
    res.status(500).json({ error: 'internal_error', message: 'Something went wrong.' });
  }
}

/** Starts the HTTP server: webhook and websocket on one port, health check and static pages. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { bot, logger } = options;
  const security: SecurityOptions = { ...DEFAULTS, ...options.security };
  const ids = sessionIds(security.sessionSecret, logger);
  // The counters' keys used to ignore REDIS_PREFIX (`rl-user:…`), so two bots sharing one Redis shared them.
  const limits = new MessageRateLimits({ perMinute: security.rateLimitPerMinute, redis: options.redis?.client, prefix: options.redis?.prefix });
  const { storage, turnLock } = sharedState(options);
  const app = express();
  app.disable('x-powered-by');
  // req.ip: the address `trustProxy` hops before this server (Express's own X-Forwarded-For handling).
  if (security.trustProxy > 0) app.set('trust proxy', security.trustProxy);
  const http = createServer(app);
  // Shutdown waits for these. Turns alone are not enough: a webhook's answer is written after the turn
  // handler returned (Botkit saves its state first), and closing connections then cut it off.
  const inFlight = new InFlight();
  app.use((_req, res, next) => {
    res.once('close', inFlight.begin());
    next();
  });

  app.use(helmet({
    contentSecurityPolicy: { directives: { 'default-src': ["'self'"], 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'connect-src': ["'self'", 'ws:', 'wss:'], 'img-src': ["'self'", 'data:'] } },
    // widget.js and the API are meant to be used from other sites' pages.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.use(['/api/messages', '/api/session'], webhookCors(security.allowedOrigins));
  app.post('/api/session', (req, res, next) => {
    limits.allow(`session:${req.ip ?? 'unknown'}`, req.ip ?? 'unknown').then((allowed) => {
      if (allowed) res.status(201).json({ user: ids.issue() });
      else res.status(429).json({ error: 'too_many_requests', message: 'Too many sessions: please wait a minute.' });
    }, next);
  });
  app.use('/api/messages', express.json({ limit: MAX_BODY_BYTES, type: () => true }));
  app.post('/api/messages', webhookGuard(ids, limits));

  const adapter = new GuardedWebAdapter(http, {
    ids,
    limits,
    allowedOrigins: security.allowedOrigins,
    maxConnectionsPerIp: security.maxWebsocketsPerIp,
    trustProxy: security.trustProxy,
    maxPayload: MAX_BODY_BYTES,
    rateLimitedMessage: () => ({ type: 'message', text: bot.notice('rate_limited').text }),
    onError: (err) => logger.error({ err }, 'webhook turn failed'),
    inFlight,
  });
  const controller = new Botkit({ webhook_uri: '/api/messages', adapter, webserver: app, storage: new NullStorage(), disable_console: true });
  const turns = attachBot(controller, bot, { storage, turnLock, logger, logTranscripts: options.logTranscripts ?? DEFAULTS.logTranscripts, site: options.site ?? DEFAULTS.site });
  const channels = await mountChannels({ app, controller, logger, env: readChannelVariables(options.env ?? process.env), storage });

  mountWidget(app);
  app.use(express.static(join(projectRoot, 'public')));
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });
  app.use(jsonErrors);

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
    channels,
    async close() {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      const deadline = Date.now() + DRAIN_MS;
      await turns.idle(DRAIN_MS);
      await inFlight.idle(Math.max(0, deadline - Date.now()));
      await adapter.close();
      http.closeAllConnections();
      await closed;
    },
  };
}
