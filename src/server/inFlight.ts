import type { WorkTracker } from '../channels/types';

/**
 * Counts work in progress (webhook requests until their response is sent, websocket frames until their turn
 * ended) so that shutdown can wait for it before closing connections.
 */
export class InFlight implements WorkTracker {
  private count = 0;
  private readonly waiters: Array<() => void> = [];

  /** Marks one piece of work started; call the returned function (once or more) when it ended. */
  begin(): () => void {
    this.count += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.count -= 1;
      if (this.count === 0) this.waiters.splice(0).forEach((wake) => wake());
    };
  }

  /** Resolves when nothing is in flight, or after `timeoutMs`. */
  idle(timeoutMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
