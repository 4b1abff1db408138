import type { RequestHandler } from 'express';
import { checkIncoming } from './incoming';
import type { MessageRateLimits } from './rateLimits';
import type { SessionIds } from './sessionIds';

/**
 * Before Botkit sees a webhook body: malformed → 400, unsigned id → 401, over the rate limit → 429
 * (all JSON); unknown event types are acknowledged with no reply.
 */
export function webhookGuard(ids: SessionIds, limits: MessageRateLimits): RequestHandler {
  return (req, res, next) => {
    const check = checkIncoming(req.body, ids);
    if (check.verdict === 'reject') {
      res.status(400).json({ error: 'bad_request', message: check.message });
    } else if (check.verdict === 'unauthorized') {
      res.status(401).json({ error: 'unauthorized', message: check.message });
    } else if (check.verdict === 'ignore') {
      res.status(200).json([]);
    } else {
      limits.allow(check.user, req.ip ?? 'unknown').then((allowed) => {
        if (allowed) next();
        else res.status(429).json({ error: 'too_many_requests', message: 'Too many messages: please wait a minute.' });
      }, next);
    }
  };
}
