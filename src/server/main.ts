import { setFlagsFromString } from 'node:v8';
import { MicroneedlingBot } from '../bot';
import { loadDotEnv, readConfig } from '../config';
import { createLogger } from '../logger';
import { describeStorage, openDatabase } from '../storage/open';
import { startServer } from './app';

/**
 * V8 lets the heap grow to several times what is live before it collects, when garbage comes fast: under load the
 * server's RSS reached 500 MB with 120 MB live. Growing it by at most two fifths at a time keeps the peak near 330 MB,
 * below the Botkit echo bot's; a fifth kept it near 310 MB but collected the old generation twice as often, for a
 * tenth less throughput over websockets and a longer p99 (docs/benchmarks.md). Unlike a hard heap limit, it cannot end
 * the process. It is set once the server is up: start-up's loading would only collect more often.
 */
const HEAP_GROWING_PERCENT = 40;

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  const bot = new MicroneedlingBot(undefined, undefined, {
    maxMessageLength: config.maxMessageLength,
    contextTtlMs: config.contextTtlMinutes * 60_000,
  });
  // ioredis is loaded only when Redis is configured: a single instance never needs it.
  const redisClient = config.redisUrl ? (await import('../state/redisClient')).createRedisClient(config.redisUrl, logger) : undefined;
  const database = await openDatabase(config, logger);
  const server = await startServer({
    bot,
    logger,
    port: config.port,
    host: config.host,
    logTranscripts: config.logTranscripts,
    contextTtlMs: config.contextTtlMinutes * 60_000,
    security: config,
    site: config.site,
    env: config.channels,
    redis: redisClient && { client: redisClient, prefix: config.redisPrefix, ttlSeconds: config.contextTtlMinutes * 60 },
    memory: { maxConversations: config.maxConversationsInMemory },
    siteOwner: {
      database,
      questionLog: config.questionLog,
      retentionDays: config.logRetentionDays,
      adminToken: config.adminToken,
      metricsPort: config.metricsPort,
    },
  });
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  logger.info(
    {
      port: server.port,
      webhook: '/api/messages',
      websocket: '/',
      session: '/api/session',
      state: redisClient ? 'redis' : 'memory',
      channels: server.channels,
      database: describeStorage(config),
      questionLog: config.questionLog,
      admin: config.adminToken ? '/admin' : 'off',
      metrics: server.metricsUrl ?? '/metrics',
    },
    'microneedling bot ready',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    server
      .close()
      .then(() => database.close())
      .then(
        () => {
          redisClient?.disconnect();
          process.exit(0);
        },
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
