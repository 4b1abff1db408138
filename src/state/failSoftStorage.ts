import type { Storage, StoreItems } from 'botbuilder';

/**
 * A Storage whose failures are reported and swallowed: a failed read is an empty read, a failed write or
 * delete is skipped. For Botkit's own dialog state, which the controller reads before every turn and writes
 * after it: with a shared store that is away (Redis down) those calls throw outside any handler of ours, the
 * turn never reaches the bot and a webhook request is never answered. This bot runs no Botkit dialogs, so an
 * empty dialog state loses nothing.
 */
export class FailSoftStorage implements Storage {
  constructor(private readonly inner: Storage, private readonly onError: (err: unknown, operation: 'read' | 'write' | 'delete') => void) {}

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.inner.read(keys);
    } catch (err) {
      this.onError(err, 'read');
      return {};
    }
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.inner.write(changes);
    } catch (err) {
      this.onError(err, 'write');
    }
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.inner.delete(keys);
    } catch (err) {
      this.onError(err, 'delete');
    }
  }
}
