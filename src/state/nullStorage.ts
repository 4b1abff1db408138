import type { Storage, StoreItems } from 'botbuilder';

/**
 * A Storage that keeps nothing, for Botkit's own dialog state. Botkit loads and saves that state around every
 * turn, outside any handler of ours; this bot runs no Botkit dialogs, so the state is always empty and the
 * round trips (two per turn, to Redis when it is shared) bought nothing but cost and a way to fail when the
 * store is away. The bot's follow-up context lives in the real storage, read and written by the turn handler.
 */
export class NullStorage implements Storage {
  async read(): Promise<StoreItems> {
    return {};
  }

  async write(): Promise<void> {}

  async delete(): Promise<void> {}
}
