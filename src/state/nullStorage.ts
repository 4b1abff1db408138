import type { Storage, StoreItems } from 'botbuilder';

/**
 * A Storage that keeps nothing, for Botkit's own dialog state. Stock Botkit loads and saves that state around
 * every turn; this bot runs no Botkit dialogs and its controller (TurnController) skips that step, so Botkit is
 * given a store that could never cost a round trip to Redis or fail. The bot's follow-up context lives in the real
 * storage, read and written by the turn handler.
 */
export class NullStorage implements Storage {
  async read(): Promise<StoreItems> {
    return {};
  }

  async write(): Promise<void> {}

  async delete(): Promise<void> {}
}
