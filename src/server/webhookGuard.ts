import type { NextFunction, Request, Response } from 'express';
import { checkIncoming } from './incoming';

/** Rejects a malformed webhook body with 400 JSON and acknowledges unknown event types with no reply. */
export function webhookGuard(req: Request, res: Response, next: NextFunction): void {
  const check = checkIncoming(req.body);
  if (check.verdict === 'reject') {
    res.status(400).json({ error: 'bad_request', message: check.message });
  } else if (check.verdict === 'ignore') {
    res.status(200).json([]);
  } else {
    next();
  }
}
