import type { Storage, StoreItems } from 'botbuilder';
import type Redis from 'ioredis';

export interface RedisStorageOptions {
  /** Namespaces the keys, so several bots can share one Redis. */
  prefix: string;
  /** Conversation state expires with the context it holds. */
  ttlSeconds: number;
}

/**
 * botbuilder Storage on Redis, so several bot instances share conversation state. Items are JSON under
 * `prefix + key` with a TTL. Writes are last-writer-wins: turns of one conversation are serialised by the
 * turn lock, so the optimistic eTag check of botbuilder's MemoryStorage would add a round trip for nothing.
 */
export class RedisStorage implements Storage {
  constructor(
    private readonly redis: Redis,
    private readonly options: RedisStorageOptions,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const values = await this.redis.mget(...keys.map((k) => this.key(k)));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const value = values[i];
      if (value !== null) items[key] = JSON.parse(value) as unknown;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const batch = this.redis.multi();
    for (const [key, value] of entries) batch.set(this.key(key), JSON.stringify(value), 'EX', this.options.ttlSeconds);
    await batch.exec();
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys.map((k) => this.key(k)));
  }

  private key(key: string): string {
    return `${this.options.prefix}${key}`;
  }
}
