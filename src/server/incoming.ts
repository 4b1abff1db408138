/** Event types the bot acts on; anything else is acknowledged with no reply. */
export const HANDLED_TYPES = new Set(['message', 'hello', 'welcome_back']);

const USER_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

export type IncomingCheck =
  | { verdict: 'accept' }
  | { verdict: 'ignore' }
  | { verdict: 'reject'; message: string };

/**
 * Checks a message from the web client (webhook body or websocket frame) before the web adapter sees it:
 * the adapter trusts every field, and uses `user` as a key of its connection table.
 */
export function checkIncoming(body: unknown): IncomingCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { verdict: 'reject', message: 'The message must be a JSON object.' };
  const { type, user } = body as Record<string, unknown>;
  if (typeof type !== 'string') return { verdict: 'reject', message: 'The message needs a string "type".' };
  if (typeof user !== 'string' || !USER_ID.test(user)) return { verdict: 'reject', message: 'The message needs a "user" id of 1-128 letters, digits or ._:@-' };
  return HANDLED_TYPES.has(type) ? { verdict: 'accept' } : { verdict: 'ignore' };
}
