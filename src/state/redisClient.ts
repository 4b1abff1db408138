import Redis from 'ioredis';
import type { Logger } from '../logger';

/**
 * A Redis client that fails fast while Redis is away instead of queueing commands: the bot keeps
 * answering without context rather than hanging every turn until Redis comes back.
 */
export function createRedisClient(url: string, logger: Logger): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: false,
  });
  let healthy = true;
  client.on('error', (err: Error) => {
    if (healthy) logger.warn({ err: err.message }, 'redis unavailable; conversation context degraded');
    healthy = false;
  });
  client.on('ready', () => {
    if (!healthy) logger.info('redis reconnected');
    healthy = true;
  });
  return client;
}
