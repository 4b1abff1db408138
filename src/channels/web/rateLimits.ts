import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Messages per minute per user id and per IP; 0 turns limiting off. */
  perMinute: number;
  /** Shared counters across instances; memory when absent. */
  redis?: Redis;
  /** Prepended to the counters' Redis keys (REDIS_PREFIX), like the other keys of this bot. */
  prefix?: string;
  /** Told of every refusal (metrics). */
  onRefused?: () => void;
}

/** Counts messages per user id and per IP; `allow` says whether one more is within the limits. */
export class MessageRateLimits {
  private readonly perUser?: RateLimiterAbstract;
  private readonly perIp?: RateLimiterAbstract;
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
  }

  async allow(user: string, ip: string): Promise<boolean> {
    if (!this.perUser || !this.perIp) return true;
    try {
      await Promise.all([this.perUser.consume(user), this.perIp.consume(ip)]);
      return true;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      this.onRefused?.();
      return false;
    }
  }
}
