import { CLIENT_EVENT_TYPES } from '../../protocol/web';
import type { SessionIds } from './sessionIds';

const HANDLED_TYPES = new Set<string>(CLIENT_EVENT_TYPES);

export type IncomingCheck =
  | { verdict: 'accept'; user: string; type: string }
  | { verdict: 'ignore' }
  | { verdict: 'reject'; message: string }
  | { verdict: 'unauthorized'; message: string };

/**
 * Checks a message from the web client (webhook body or websocket frame) before the web adapter sees it.
 * The adapter trusts every field and keys its connection table by `user`, so `user` must be an id this
 * server signed (POST /api/session): no client-chosen key, `__proto__` included, reaches that table.
 */
export function checkIncoming(body: unknown, ids: SessionIds): IncomingCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { verdict: 'reject', message: 'The message must be a JSON object.' };
  const { type, user } = body as Record<string, unknown>;
  if (typeof type !== 'string') return { verdict: 'reject', message: 'The message needs a string "type".' };
  if (!ids.isValid(user))
    return { verdict: 'unauthorized', message: 'The "user" id is missing or was not issued by this server: get one from POST /api/session.' };
  return HANDLED_TYPES.has(type) ? { verdict: 'accept', user, type } : { verdict: 'ignore' };
}
