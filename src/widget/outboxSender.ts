import { ConnectionOptions, withLock } from './link';
import type { OutboxItem } from './storage';

export type Outcome = 'delivered' | 'rejected' | 'lost';

/**
 * Sends the shared outbox one message at a time, in order, under a cross-tab lock: an item leaves the outbox
 * only once it was delivered or refused; a lost connection leaves it first in line.
 */
export class OutboxSender {
  private draining = false;
  private drainAgain = false;

  constructor(
    private readonly o: Pick<ConnectionOptions, 'outbox' | 'lockName' | 'hooks'>,
    private readonly canSend: () => boolean,
    private readonly deliver: (item: OutboxItem) => Promise<Outcome>,
  ) {}

  async drain(): Promise<void> {
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = true;
    try {
      do {
        this.drainAgain = false;
        await withLock(this.o.lockName, () => this.drainLocked());
      } while (this.drainAgain && this.canSend());
    } finally {
      this.draining = false;
    }
  }

  /** Runs under the cross-tab lock, re-reading the shared outbox each time. */
  private async drainLocked(): Promise<void> {
    while (this.canSend()) {
      const item = this.o.outbox.peek();
      if (!item) return;
      const outcome = await this.deliver(item);
      if (outcome === 'lost') return; // connection dropped: the item stays first in line
      this.o.outbox.remove(item.id);
      if (outcome === 'delivered') this.o.hooks.delivered(item.id);
      else this.o.hooks.rejected(item.id);
    }
  }
}
