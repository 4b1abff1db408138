import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';

/** Runs the turns of one conversation one at a time, in arrival order. */
export interface TurnLock {
  run<T>(conversation: string, turn: () => Promise<T>): Promise<T>;
}

/** One process: chains each conversation's turns on a promise. */
export class MemoryTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(conversation: string, turn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(conversation) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(turn);
    this.tails.set(conversation, current);
    try {
      return await current;
    } finally {
      if (this.tails.get(conversation) === current) this.tails.delete(conversation);
    }
  }
}

// Deletes the lock only if it still holds our token, so a lock that expired and was taken by another
// instance is never released by us.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export interface RedisTurnLockOptions {
  prefix: string;
  /** A crashed instance's lock frees itself after this. */
  leaseMs: number;
  /** Longest wait for another instance's turn before going ahead without the lock. */
  waitMs: number;
}

/**
 * Several processes: a Redis lock per conversation (SET NX PX with a token), as Rasa's lock store does,
 * on top of the in-process chain. If Redis is away the turn goes ahead unlocked: an answer without
 * ordering guarantees beats no answer.
 */
export class RedisTurnLock implements TurnLock {
  private readonly local = new MemoryTurnLock();

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisTurnLockOptions,
    private readonly onDegraded: (err: unknown) => void,
  ) {}

  run<T>(conversation: string, turn: () => Promise<T>): Promise<T> {
    return this.local.run(conversation, async () => {
      const key = `${this.options.prefix}${conversation}`;
      const token = randomUUID();
      const locked = await this.acquire(key, token);
      try {
        return await turn();
      } finally {
        if (locked) await this.redis.eval(RELEASE, 1, key, token).catch(this.onDegraded);
      }
    });
  }

  private async acquire(key: string, token: string): Promise<boolean> {
    const deadline = Date.now() + this.options.waitMs;
    let pause = 5;
    for (;;) {
      try {
        if ((await this.redis.set(key, token, 'PX', this.options.leaseMs, 'NX')) === 'OK') return true;
      } catch (err) {
        this.onDegraded(err);
        return false;
      }
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 100);
    }
  }
}
