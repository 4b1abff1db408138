import type { Express } from 'express';
import type Redis from 'ioredis';
import { mountAdmin } from '../admin/routes';
import { MessageRateLimits } from '../channels/web/rateLimits';
import type { SecurityOptions } from '../channels/web/security';
import type { SessionIds } from '../channels/web/sessionIds';
import { webhookCors } from '../channels/web/widgetRoutes';
import type { Logger } from '../logger';
import { BotMetrics, portOf, startMetricsServer } from '../metrics/metrics';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrate';
import { SqliteDatabase } from '../storage/sqlite';
import { Insights } from './insights';
import { mountVisitorRoutes } from './routes';
import { VisitorKeys } from './visitorKeys';

export interface SiteOwnerOptions {
  /** Where questions and feedback are stored, migrated; the caller closes it. Absent: an in-memory SQLite database. */
  database?: Database;
  questionLog: boolean;
  retentionDays: number;
  /** Enables the admin page and report API. */
  adminToken?: string;
  /** Serves /metrics on this port (0: any free one) instead of the server's own. */
  metricsPort?: number;
}

export const DEFAULT_SITE_OWNER: SiteOwnerOptions = { questionLog: true, retentionDays: 30 };

export interface SiteOwnerContext {
  app: Express;
  options: SiteOwnerOptions;
  metrics: BotMetrics;
  logger: Logger;
  /** The web channel's settings, with the session secret resolved: reply ids and user hashes are keyed with it. */
  security: SecurityOptions & { sessionSecret: string };
  /** Verifies the user ids the web channel issues. */
  ids: SessionIds;
  /** Rate limits shared by the instances, like the web channel's. */
  redis?: { client: Redis; prefix: string };
  host: string;
  forgetConversation: (user: string) => Promise<void>;
}

export interface SiteOwner {
  insights: Insights;
  /** Where /metrics is served when it has a port of its own. */
  metricsUrl?: string;
  close(): Promise<void>;
}

/** Mounts feedback, forget, /metrics and the admin page, and starts the question log's retention. */
export async function startSiteOwner(context: SiteOwnerContext): Promise<SiteOwner> {
  const { app, options, metrics, logger } = context;
  const owned = options.database ? undefined : new SqliteDatabase(':memory:');
  if (owned) await migrate(owned);
  const db = (options.database ?? owned) as Database;
  const { security, redis } = context;
  const keys = new VisitorKeys(Buffer.from(security.sessionSecret));
  const insights = new Insights({ db, keys, metrics, logger, questionLog: options.questionLog, retentionDays: options.retentionDays });
  insights.startRetention();
  const limits = new MessageRateLimits({
    perMinute: security.rateLimitPerMinute,
    redis: redis?.client,
    prefix: `${redis?.prefix ?? ''}visitor-`,
    onRefused: () => metrics.rateLimited.inc(),
  });
  // The widget posts votes and "delete my conversation" from the pages it is embedded in, like its messages.
  app.use(['/api/feedback', '/api/forget'], webhookCors(security.allowedOrigins));
  mountVisitorRoutes(app, { ids: context.ids, insights, limits, logger, forgetConversation: context.forgetConversation });
  if (options.adminToken) mountAdmin(app, { token: options.adminToken, insights });

  const metricsServer = options.metricsPort === undefined ? undefined : await startMetricsServer(metrics, options.metricsPort, context.host);
  if (!metricsServer) {
    app.get('/metrics', (_req, res, next) => {
      metrics.text().then(({ contentType, body }) => res.type(contentType).send(body), next);
    });
  }
  return {
    insights,
    metricsUrl: metricsServer && `http://127.0.0.1:${portOf(metricsServer)}/metrics`,
    async close() {
      await insights.close();
      await owned?.close();
      if (metricsServer) await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
    },
  };
}
