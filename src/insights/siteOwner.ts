import type { Express } from 'express';
import { mountAdmin } from '../admin/routes';
import type { Logger } from '../logger';
import { BotMetrics, portOf, startMetricsServer } from '../metrics/metrics';
import type { MessageRateLimits } from '../server/rateLimits';
import type { SessionIds } from '../server/sessionIds';
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
  /** The session secret: reply ids and user hashes are keyed with it. */
  secret: Buffer;
  ids: SessionIds;
  limits: MessageRateLimits;
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
  const insights = new Insights({ db, keys: new VisitorKeys(context.secret), metrics, logger, questionLog: options.questionLog, retentionDays: options.retentionDays });
  insights.startRetention();
  mountVisitorRoutes(app, { ids: context.ids, insights, limits: context.limits, logger, forgetConversation: context.forgetConversation });
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
