import { ActivityTypes, BotAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { Backoff, backoffDelay } from '../protocol/backoff';
import type { ChannelHealth } from './health';

export interface RetryPolicy extends Backoff {
  /** Tries of one message's replies before they are dropped (logged and counted). */
  attempts: number;
}

/** One to two minutes of tries for a reply (seven retries, 1 s to 60 s apart); a platform's start-up check is retried, at most once a minute, until it answers. */
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 1_000, capMs: 60_000, attempts: 8 };

/**
 * Work that needs a messaging platform (sending replies, reading a message) and failed because the platform
 * could not be reached: retried in order, with jittered backoff, while the channel keeps taking requests.
 */
export class Retries {
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly channel: string,
    private readonly policy: RetryPolicy,
    private readonly health: ChannelHealth,
    private readonly logger: Logger,
  ) {}

  /** Tries `task` again later, up to the policy's attempts (the first try already failed with `err`). */
  retry(what: string, task: () => Promise<void>, err: unknown): void {
    this.health.degraded(err);
    this.health.queued(1);
    this.chain = this.chain.then(async () => {
      let lastError = err;
      for (let attempt = 0; attempt < this.policy.attempts - 1 && !this.stopped; attempt++) {
        await this.sleep(backoffDelay(attempt, this.policy));
        if (this.stopped) break;
        try {
          await task();
          this.health.ready();
          this.health.queued(-1);
          return;
        } catch (error) {
          lastError = error;
          this.health.degraded(error);
        }
      }
      this.health.queued(-1);
      this.health.dropped();
      this.logger.error({ channel: this.channel, what, err: lastError }, 'given up: the platform could not be reached');
    });
  }

  /** Runs `check` until it succeeds (the platform answered), marking the channel ready or degraded. */
  untilAnswered(check: () => Promise<void>): Promise<void> {
    const attempt = async (n: number): Promise<void> => {
      try {
        await check();
        this.health.ready();
      } catch (err) {
        this.health.degraded(err);
        this.logger.warn(
          { channel: this.channel, problem: err instanceof Error ? err.message : String(err) },
          'platform unreachable; retrying in the background',
        );
        await this.sleep(backoffDelay(n, this.policy));
        if (!this.stopped) await attempt(n + 1);
      }
    };
    return attempt(0);
  }

  /** Stops retrying: what is still queued is dropped. */
  stop(): void {
    this.stopped = true;
    this.wakers.forEach((wake) => wake());
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }
}

/**
 * Whether trying again later could help: the platform could not be reached, timed out, or answered 5xx, 408
 * or 429. A refusal of the request itself (another 4xx, Slack's `ok: false`) would fail again.
 */
export function isTransient(err: unknown): boolean {
  const e = (err ?? {}) as { status?: unknown; statusCode?: unknown; code?: unknown; response?: { status?: unknown } };
  const status = e.status ?? e.statusCode ?? e.response?.status;
  if (typeof status === 'number') return status >= 500 || status === 408 || status === 429;
  return e.code !== 'slack_webapi_platform_error';
}

/**
 * A copy of a turn's context that outlives the turn: botbuilder revokes the context when the turn ends, and an
 * adapter that reads it when sending (the Bot Framework's, for its connector client) would then throw on every
 * retry. Its turn state is copied too, which TurnContext's own copy leaves out.
 */
function detachedCopy(adapter: BotAdapter, context: TurnContext): TurnContext {
  const copy = new TurnContext(adapter, context.activity);
  context.turnState.forEach((value: unknown, key: unknown) => copy.turnState.set(key, value));
  return copy;
}

/**
 * Replies the platform never received (or could not take just then) are retried by `retries` rather than failing the turn: the
 * visitor gets the answer once the platform is back, and the conversation's context moved exactly once.
 */
export function retrySends(adapter: BotAdapter, retries: Retries, health: ChannelHealth): void {
  const send = adapter.sendActivities.bind(adapter);
  adapter.sendActivities = async (context, activities) => {
    try {
      const sent = await send(context, activities);
      health.ready();
      return sent;
    } catch (err) {
      if (!isTransient(err)) throw err;
      // A typing indicator is moot once the platform is back, and would hold up the replies queued behind it.
      const messages = activities.filter((activity) => activity.type === ActivityTypes.Message);
      if (messages.length === 0) {
        health.degraded(err);
      } else {
        const detached = detachedCopy(adapter, context);
        retries.retry('send replies', async () => void (await send(detached, messages)), err);
      }
      return activities.map(() => ({ id: '' }));
    }
  };
}
