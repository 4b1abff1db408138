import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger';

export interface MemoryStorageOptions {
  /** An item not written for this long is freed: the follow-up context it holds is forgotten by then anyway. */
  ttlMs: number;
  /** Past this many items, the least recently used one is dropped to make room. */
  maxItems: number;
  logger?: Logger;
  /** The clock, in ms; tests pass a fake one. */
  now?: () => number;
}

/**
 * botbuilder Storage in this process's memory, bounded in time and in count, for a single instance without
 * Redis. botbuilder's MemoryStorage keeps every conversation forever (its TTL-less object only grows), so a
 * public site ran out of memory at the pace new visitors arrived. Items are kept as JSON, so a reader gets a
 * copy, and writes follow MemoryStorage's optimistic eTags: a write carrying a stale eTag is refused.
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly items: LRUCache<string, string>;
  private readonly sweeper: ReturnType<typeof setInterval>;
  private nextETag = 1;
  private evictedCount = 0;
  private expiredCount = 0;

  constructor(private readonly options: MemoryStorageOptions) {
    const now = options.now ?? (() => Date.now());
    this.items = new LRUCache<string, string>({
      max: options.maxItems,
      ttl: options.ttlMs,
      // No per-read timer to cache the clock: reading it is cheaper than a timer per millisecond.
      ttlResolution: 0,
      perf: { now },
      dispose: (_value, _key, reason) => this.disposed(reason),
    });
    // Expired items are dropped by a periodic sweep, not only when read again: most visitors never come back.
    this.sweeper = setInterval(() => this.sweep(), Math.min(60_000, Math.max(1000, options.ttlMs / 4)));
    this.sweeper.unref();
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const json = this.items.get(key);
      if (json !== undefined) found[key] = JSON.parse(json) as unknown;
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>) {
      const stored = this.items.peek(key);
      if (stored !== undefined && item.eTag && item.eTag !== '*' && (JSON.parse(stored) as StoreItem).eTag !== item.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      this.items.set(key, JSON.stringify({ ...item, eTag: String(this.nextETag++) }));
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /** Items held now, and how many were dropped for age or for room since start. */
  stats(): { items: number; expired: number; evicted: number } {
    return { items: this.items.size, expired: this.expiredCount, evicted: this.evictedCount };
  }

  /** Frees every item past its time to live. */
  sweep(): void {
    const before = this.expiredCount;
    this.items.purgeStale();
    const freed = this.expiredCount - before;
    if (freed > 0) this.options.logger?.debug({ freed, ...this.stats() }, 'expired conversations freed');
  }

  /** Stops the sweep (the server is closing). */
  close(): void {
    clearInterval(this.sweeper);
  }

  private disposed(reason: LRUCache.DisposeReason): void {
    if (reason === 'expire') this.expiredCount += 1;
    if (reason !== 'evict') return;
    this.evictedCount += 1;
    if (this.evictedCount === 1) {
      this.options.logger?.warn(
        { maxItems: this.options.maxItems },
        'conversation store full: least recently used conversations are dropped (raise MAX_CONVERSATIONS_IN_MEMORY or set REDIS_URL)',
      );
    }
    this.options.logger?.debug({ evicted: this.evictedCount }, 'least recently used conversation evicted');
  }
}
