/** What /healthz says about one channel. */
export interface ChannelStatus {
  /** `starting` until its platform first answered, `degraded` while it cannot be reached, else `ready`. */
  state: 'starting' | 'ready' | 'degraded';
  lastError?: string;
  /** Replies waiting to be sent until the platform answers again. */
  queued: number;
  /** Replies given up on after the retries ran out (logged). */
  dropped: number;
}

/** One channel's state, as its start-up check and its sends find the platform. */
export class ChannelHealth {
  private current: ChannelStatus = { state: 'starting', queued: 0, dropped: 0 };

  ready(): void {
    this.current = { ...this.current, state: 'ready', lastError: undefined };
  }

  degraded(err: unknown): void {
    this.current = { ...this.current, state: 'degraded', lastError: err instanceof Error ? err.message : String(err) };
  }

  queued(change: number): void {
    this.current = { ...this.current, queued: this.current.queued + change };
  }

  dropped(): void {
    this.current = { ...this.current, dropped: this.current.dropped + 1 };
  }

  get status(): ChannelStatus {
    const { lastError, ...rest } = this.current;
    return lastError === undefined ? rest : { ...rest, lastError };
  }
}
