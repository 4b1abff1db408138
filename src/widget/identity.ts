import { SIGNED_ID } from '../protocol/web';
import type { Store } from './storage';

export interface Identity {
  id: string;
  /** True when the id was created now: the first connection then says `hello`, later ones `welcome_back`. */
  isNew: boolean;
}

/**
 * The one place that decides who the visitor is: an id the server signs (POST /api/session), kept in
 * localStorage so reloads and other pages of the site continue the same conversation. Called lazily, on
 * the first connection, so visitors who never open the chat get no id.
 */
export async function acquireUserId(store: Store, sessionUrl: string): Promise<Identity> {
  const saved = store.read<unknown>('user', null);
  if (typeof saved === 'string' && SIGNED_ID.test(saved)) return { id: saved, isNew: false };
  return { id: await renewUserId(store, sessionUrl), isNew: true };
}

/** A fresh id from the server, e.g. after it refused the saved one (its secret changed). */
export async function renewUserId(store: Store, sessionUrl: string): Promise<string> {
  const res = await fetch(sessionUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', credentials: 'omit', mode: 'cors' });
  const data: unknown = res.ok ? await res.json() : null;
  const id = data && typeof data === 'object' ? (data as Record<string, unknown>).user : undefined;
  if (typeof id !== 'string' || !SIGNED_ID.test(id)) throw new Error(`session: ${res.status}`);
  store.write('user', id);
  return id;
}
