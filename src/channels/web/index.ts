import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import express, { Request, Response, Router } from 'express';
import { projectRoot } from '../../data/paths';
import type { Logger } from '../../logger';
import { MAX_FRAME_BYTES, MESSAGE_ID } from '../../protocol/web';
import type { Channel, ChannelContext, ChannelRoutes } from '../types';
import { GuardedWebAdapter } from './adapter';
import { MessageRateLimits } from './rateLimits';
import { toWebMessage } from './render';
import type { SecurityOptions } from './security';
import { SessionIds } from './sessionIds';
import { webhookGuard } from './webhookGuard';
import { mountWidget, webhookCors } from './widgetRoutes';

function sessionIds(secret: string | undefined, logger: Logger): SessionIds {
  if (secret) return new SessionIds(Buffer.from(secret));
  logger.warn('SESSION_SECRET is not set: using a random secret, so ids will not survive a restart or work across instances');
  return new SessionIds(randomBytes(32));
}

/**
 * The website widget's channel: signed session ids, the webhook (POST /api/messages) and the websocket on the
 * server's port, both guarded (ids, rate limits, origins), and the widget's script and pages.
 */
async function connect(
  security: SecurityOptions,
  { handleTurn, logger, http, inFlight, redis, notice, onRateLimited }: ChannelContext,
): Promise<ChannelRoutes> {
  const ids = sessionIds(security.sessionSecret, logger);
  // The counters' keys used to ignore REDIS_PREFIX (`rl-user:…`), so two bots sharing one Redis shared them.
  const limits = new MessageRateLimits({ perMinute: security.rateLimitPerMinute, redis: redis?.client, prefix: redis?.prefix, onRefused: onRateLimited });
  const adapter = new GuardedWebAdapter({
    ids,
    limits,
    allowedOrigins: security.allowedOrigins,
    maxConnectionsPerIp: security.maxWebsocketsPerIp,
    trustProxy: security.trustProxy,
    maxPayload: MAX_FRAME_BYTES,
    rateLimitedMessage: () => toWebMessage(notice('rate_limited')),
    onError: (err) => logger.error({ err, channel: 'web' }, 'webhook turn failed'),
    inFlight,
  });
  adapter.listen(http, handleTurn);

  const router = Router();
  router.use(['/api/messages', '/api/session'], webhookCors(security.allowedOrigins));
  router.post('/api/session', (req, res, next) => {
    limits.allowNewId(req.ip ?? 'unknown').then((allowed) => {
      if (allowed) res.status(201).json({ user: ids.issue() });
      else res.status(429).json({ error: 'too_many_requests', message: 'Too many new sessions from this address: please wait a minute.' });
    }, next);
  });
  router.post('/api/messages', express.json({ limit: MAX_FRAME_BYTES, type: () => true }), webhookGuard(ids, limits), (req: Request, res: Response) => {
    void adapter.processActivity(req, res, handleTurn);
  });
  mountWidget(router);
  router.use(express.static(join(projectRoot, 'public')));
  return { router, close: () => adapter.close() };
}

export const webChannel: Channel<SecurityOptions> = {
  name: 'web',
  path: '/',
  configure: ({ security }) => security,
  render: (reply) => [toWebMessage(reply)],
  messageId: ({ channelData }) => {
    const id = (channelData as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' && MESSAGE_ID.test(id) ? id : undefined;
  },
  replaysRepeats: true,
  connect,
};
