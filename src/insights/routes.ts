import express, { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger';
import type { MessageRateLimits } from '../channels/web/rateLimits';
import type { SessionIds } from '../channels/web/sessionIds';
import type { Insights } from './insights';
import type { Rating } from './store';

export const MAX_COMMENT_LENGTH = 500;

export interface VisitorRoutesOptions {
  ids: SessionIds;
  insights: Insights;
  limits: MessageRateLimits;
  logger: Logger;
  /** Deletes the visitor's conversation state (follow-up context). */
  forgetConversation: (user: string) => Promise<void>;
}

export interface FeedbackBody {
  user: string;
  reply: string;
  rating: Rating;
  comment?: string;
}

/** The body of POST /api/feedback, or what is wrong with it. */
export function parseFeedback(body: unknown): FeedbackBody | { error: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'The body must be a JSON object.' };
  const { user, reply, rating, comment } = body as Record<string, unknown>;
  if (typeof user !== 'string') return { error: '"user" must be the id from POST /api/session.' };
  if (typeof reply !== 'string' || reply === '') return { error: '"reply" must be the id of a reply.' };
  if (rating !== 'up' && rating !== 'down') return { error: '"rating" must be "up" or "down".' };
  if (comment !== undefined && comment !== null && typeof comment !== 'string') return { error: '"comment" must be a string.' };
  const text = typeof comment === 'string' ? comment.replace(/\s+/g, ' ').trim() : '';
  if (text.length > MAX_COMMENT_LENGTH) return { error: `"comment" must be at most ${MAX_COMMENT_LENGTH} characters.` };
  return { user, reply, rating, ...(text ? { comment: text } : {}) };
}

/** Express 4 does not catch a rejected handler: hand the error to the JSON error handler. */
const handled =
  (handler: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) =>
    void handler(req, res).catch(next);

/** POST /api/feedback (a vote on a reply) and POST /api/forget (delete what is stored about the visitor). */
export function mountVisitorRoutes(app: Express, { ids, insights, limits, logger, forgetConversation }: VisitorRoutesOptions): void {
  const unavailable = (res: Response, err: unknown, what: string) => {
    logger.warn({ err: err instanceof Error ? err.message : err }, `${what} failed`);
    res.status(503).json({ error: 'unavailable', message: 'Storage is unavailable: please try again later.' });
  };
  /** Refuses unsigned ids (401) and senders over the rate limit (429); the user id otherwise. */
  const admit = async (req: Request, res: Response, user: unknown): Promise<string | undefined> => {
    if (!ids.isValid(user)) {
      res.status(401).json({ error: 'unauthorized', message: '"user" must be the id from POST /api/session.' });
      return undefined;
    }
    if (!(await limits.allow(user, req.ip ?? 'unknown'))) {
      res.status(429).json({ error: 'too_many_requests', message: 'Too many requests: please wait a minute.' });
      return undefined;
    }
    return user;
  };

  app.post(
    '/api/feedback',
    express.json({ limit: 4096, type: () => true }),
    handled(async (req, res) => {
      const body = parseFeedback(req.body);
      if ('error' in body) return void res.status(400).json({ error: 'bad_request', message: body.error });
      const user = await admit(req, res, body.user);
      if (!user) return;
      try {
        const result = await insights.feedback(user, body.reply, body.rating, body.comment);
        if (result === 'not_found') res.status(404).json({ error: 'not_found', message: 'No such reply was sent to this user.' });
        else res.status(204).end();
      } catch (err) {
        unavailable(res, err, 'feedback');
      }
    }),
  );

  app.post(
    '/api/forget',
    express.json({ limit: 1024, type: () => true }),
    handled(async (req, res) => {
      const body = req.body as unknown;
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return void res.status(400).json({ error: 'bad_request', message: 'The body must be a JSON object.' });
      const user = await admit(req, res, (body as { user?: unknown }).user);
      if (!user) return;
      try {
        await Promise.all([insights.forget(user), forgetConversation(user)]);
        res.status(204).end();
      } catch (err) {
        unavailable(res, err, 'forget');
      }
    }),
  );
}
