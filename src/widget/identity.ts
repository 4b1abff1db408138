import { randomId, Store } from './storage';

export interface Identity {
  id: string;
  /** True when the id was created now: the first connection then says `hello`, later ones `welcome_back`. */
  isNew: boolean;
}

const VALID = /^[A-Za-z0-9._:@-]{1,128}$/;

/**
 * The one place that decides who the visitor is. Today: a random id created once and kept in localStorage.
 * Later the server will issue ids (`POST /api/session`); only this function will change.
 * Called lazily, on the first connection, so visitors who never open the chat get no id.
 */
export async function acquireUserId(store: Store): Promise<Identity> {
  const saved = store.read<unknown>('user', null);
  if (typeof saved === 'string' && VALID.test(saved)) return { id: saved, isNew: false };
  const id = randomId('web-');
  store.write('user', id);
  return { id, isNew: true };
}
