import type Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Messages per minute per user id (five times that per IP), and new ids per IP per minute; 0 turns limiting off. */
  perMinute: number;
  /** Shared counters across instances; memory when absent. */
  redis?: Redis;
  /** Prepended to the counters' Redis keys (REDIS_PREFIX), like the other keys of this bot. */
  prefix?: string;
  /** Told of every refusal (metrics). */
  onRefused?: () => void;
}

/**
 * Counts messages per user id and per IP, and new ids per IP. A message refused for its user id does not count
 * toward its IP: one flooding tab behind an office NAT does not lock its neighbours out. Ids themselves are
 * capped per IP, so rotating them does not get round the per-user limit.
 */
export class MessageRateLimits {
  private readonly perUser?: RateLimiterAbstract;
  private readonly perIp?: RateLimiterAbstract;
  private readonly newIdsPerIp?: RateLimiterAbstract;
  private readonly onRefused?: () => void;

  constructor({ perMinute, redis, prefix = '', onRefused }: RateLimitOptions) {
    this.onRefused = onRefused;
    if (perMinute <= 0) return;
    const make = (name: string, points: number): RateLimiterAbstract => {
      const keyPrefix = `${prefix}${name}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: 60 });
      // With Redis away, counting falls back to this process's memory rather than refusing everyone.
      return redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: 60, insuranceLimiter: memory }) : memory;
    };
    this.perUser = make('rl-user', perMinute);
    // One IP can be many visitors behind a NAT: it gets several users' worth.
    this.perIp = make('rl-ip', perMinute * 5);
    this.newIdsPerIp = make('rl-new-ids', perMinute);
  }

  /** Whether one more message from `user` at `ip` is within the limits. */
  async allow(user: string, ip: string): Promise<boolean> {
    if (!this.perUser || !this.perIp) return true;
    return (await this.take(this.perUser, user)) && this.take(this.perIp, ip);
  }

  /** Whether `ip` may have one more new id this minute. */
  async allowNewId(ip: string): Promise<boolean> {
    return !this.newIdsPerIp || this.take(this.newIdsPerIp, ip);
  }

  private async take(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
    try {
      await limiter.consume(key);
      return true;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      this.onRefused?.();
      return false;
    }
  }
}
