import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { projectRoot } from '../data/paths';
import type { Insights } from '../insights/insights';
import { parseDuration } from '../insights/report';
import { reportCsv } from '../insights/reportFormat';

export const ADMIN_DIR = join(projectRoot, 'dist', 'admin');
/** Like the widget's pages, plus images from data: URLs (none today) and no framing by other sites. */
export const ADMIN_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
const DEFAULT_SINCE = '30d';

export interface AdminOptions {
  token: string;
  insights: Insights;
  /** Requests per minute per IP to the report API. */
  perMinute?: number;
  /** Wrong tokens per IP before that IP is refused for 15 minutes. */
  maxFailures?: number;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests, so neither the token's content nor its length shows in the time taken. */
export function tokenMatches(expected: string, header: string | undefined): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(expected), digest(match[1].trim()));
}

function sendFile(name: string, type: string): RequestHandler {
  return (_req, res, next) => {
    const file = join(ADMIN_DIR, name);
    if (!existsSync(file)) return void res.status(404).type('text/plain').send('The admin page is not built: run `npm run build`.');
    res.setHeader('Content-Security-Policy', ADMIN_CSP);
    res.setHeader('Cache-Control', 'no-store');
    res.type(type).sendFile(file, (err) => err && next(err));
  };
}

/** The admin page and its report API; mount only when ADMIN_TOKEN is set (otherwise /admin is a 404). */
export function mountAdmin(app: Express, { token, insights, perMinute = 60, maxFailures = 10 }: AdminOptions): void {
  const requests = new RateLimiterMemory({ keyPrefix: 'admin', points: perMinute, duration: 60 });
  const failures = new RateLimiterMemory({ keyPrefix: 'admin-fail', points: maxFailures, duration: 15 * 60 });

  const guard = (req: Request, res: Response, next: NextFunction) => {
    const ip = req.ip ?? 'unknown';
    const refuse = () => res.status(429).json({ error: 'too_many_requests', message: 'Too many requests: please wait.' });
    failures
      .get(ip)
      .then(async (seen) => {
        if (seen && seen.consumedPoints >= maxFailures) return void refuse();
        try {
          await requests.consume(ip);
        } catch {
          return void refuse();
        }
        if (tokenMatches(token, req.headers.authorization)) return next();
        await failures.consume(ip).catch(() => undefined);
        res.setHeader('WWW-Authenticate', 'Bearer realm="admin"');
        res.status(401).json({ error: 'unauthorized', message: 'Send the ADMIN_TOKEN as "Authorization: Bearer <token>".' });
      })
      .catch(next);
  };

  const since = (req: Request): number => Date.now() - parseDuration(typeof req.query.since === 'string' ? req.query.since : DEFAULT_SINCE);
  const report =
    (format: 'json' | 'csv'): RequestHandler =>
    (req, res, next) => {
      let from: number;
      try {
        from = since(req);
      } catch (err) {
        return void res.status(400).json({ error: 'bad_request', message: (err as Error).message });
      }
      insights
        .report(from)
        .then((r) => {
          res.setHeader('Cache-Control', 'no-store');
          if (format === 'json') return void res.json(r);
          res.setHeader('Content-Disposition', `attachment; filename="question-report-${r.generatedAt.slice(0, 10)}.csv"`);
          res.type('text/csv; charset=utf-8').send(reportCsv(r));
        })
        .catch(next);
    };

  app.get('/admin', sendFile('admin.html', 'html'));
  app.get('/admin/admin.js', sendFile('admin.js', 'text/javascript; charset=utf-8'));
  app.get('/admin/admin.css', sendFile('admin.css', 'text/css; charset=utf-8'));
  app.get('/admin/api/report', guard, report('json'));
  app.get('/admin/api/report.csv', guard, report('csv'));
}
