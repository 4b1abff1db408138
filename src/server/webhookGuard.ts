import type { NextFunction, Request, Response } from 'express';

/** Event types the bot acts on; anything else is acknowledged with no reply. */
export const HANDLED_TYPES = new Set(['message', 'hello', 'welcome_back']);

const USER_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

function badRequest(res: Response, message: string): void {
  res.status(400).json({ error: 'bad_request', message });
}

/** Checks a webhook body before Botkit sees it: the adapter trusts every field it is given. */
export function webhookGuard(req: Request, res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return badRequest(res, 'The body must be a JSON object.');
  const { type, user } = body as Record<string, unknown>;
  if (typeof type !== 'string') return badRequest(res, 'The message needs a string "type".');
  if (typeof user !== 'string' || !USER_ID.test(user)) return badRequest(res, 'The message needs a "user" id of 1-128 letters, digits or ._:@-');
  if (!HANDLED_TYPES.has(type)) {
    res.status(200).json([]);
    return;
  }
  next();
}
