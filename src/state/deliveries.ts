import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger';

/** The replies a message got, as sent (rendered for its channel), kept so that a repeat of it gets them again. */
export type RecordedReplies = Array<Record<string, unknown>>;

/**
 * Messages already answered, by channel, conversation, user and the message's own id, for as long as a
 * conversation's context lives: a message delivered twice (a widget resending after a reconnect, a platform
 * retrying a webhook) is answered once.
 */
export interface DeliveryLog {
  /** The replies of an earlier delivery of this message, if there was one. */
  find(key: string): Promise<RecordedReplies | undefined>;
  record(key: string, replies: RecordedReplies): Promise<void>;
}

/**
 * How many answered messages one process remembers. A repeat comes within seconds or minutes of the first delivery
 * (a reconnect, a platform's retry), and 10,000 messages cover hours at a busy site's pace. Each costs about 0.8 KB
 * of heap: at 50,000 the log alone was a third of the server's peak memory under load (docs/benchmarks.md).
 */
const REMEMBERED_MESSAGES = 10_000;

/** One process's log; bounded, so a flood of distinct ids cannot grow it without end. */
export class MemoryDeliveryLog implements DeliveryLog {
  private readonly entries: LRUCache<string, RecordedReplies>;

  constructor(ttlMs: number, max = REMEMBERED_MESSAGES) {
    this.entries = new LRUCache({ max, ttl: ttlMs });
  }

  async find(key: string): Promise<RecordedReplies | undefined> {
    return this.entries.get(key);
  }

  async record(key: string, replies: RecordedReplies): Promise<void> {
    this.entries.set(key, replies);
  }
}

/**
 * The log shared by every instance. With Redis away a repeat cannot be recognised and is answered again: a
 * second answer is better than none.
 */
export class RedisDeliveryLog implements DeliveryLog {
  constructor(
    private readonly redis: Redis,
    private readonly options: { prefix: string; ttlMs: number },
    private readonly logger: Logger,
  ) {}

  async find(key: string): Promise<RecordedReplies | undefined> {
    try {
      const value = await this.redis.get(this.options.prefix + key);
      return value ? (JSON.parse(value) as RecordedReplies) : undefined;
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : err }, 'delivery log unavailable; a repeated message may be answered twice');
      return undefined;
    }
  }

  async record(key: string, replies: RecordedReplies): Promise<void> {
    try {
      await this.redis.set(this.options.prefix + key, JSON.stringify(replies), 'PX', this.options.ttlMs);
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : err }, 'delivery not recorded');
    }
  }
}
