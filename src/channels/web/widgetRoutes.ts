import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { projectRoot } from '../../data/paths';
import { demoPage } from '../../site/articlePage';

/** The Content-Security-Policy of every response (helmet adds its defaults); widget.js is written to run under it. */
export const PAGE_CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws:', 'wss:'],
  'img-src': ["'self'", 'data:'],
};

/** The same policy, exactly, for the demo and chat pages. */
export const PAGE_CSP = Object.entries(PAGE_CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

const publicDir = join(projectRoot, 'public');
const widgetFile = join(projectRoot, 'dist', 'public', 'widget.js');

function pageHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

function sendPage(file: string): RequestHandler {
  return (_req, res, next) => {
    pageHeaders(res);
    res.sendFile(join(publicDir, file), { maxAge: 0 }, (err) => err && next(err));
  };
}

/**
 * Serves the website widget: `/widget.js` (built by scripts/build-widget.mjs), the demo article page at `/`
 * (the article, with the ids source links point to)
 * and the full-page chat at `/chat`, with a Content-Security-Policy on the HTML pages.
 * Call before `express.static`, so these routes win.
 */
export function mountWidget(app: Router): void {
  app.get('/widget.js', (_req, res, next) => {
    if (!existsSync(widgetFile)) {
      res.status(404).type('text/plain').send('widget.js is not built: run `npm run build`.');
      return;
    }
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Embedded on other sites: let pages with Cross-Origin-Embedder-Policy load it too.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    // The URL is not versioned (site owners paste it once), so cache briefly and revalidate with the ETag.
    res.setHeader('Cache-Control', 'public, max-age=300, stale-while-revalidate=86400');
    res.sendFile(widgetFile, { cacheControl: false, etag: true, lastModified: true }, (err) => err && next(err));
  });
  const demo = demoPage();
  app.get(['/', '/index.html'], (_req, res) => {
    pageHeaders(res);
    res.type('html').send(demo);
  });
  app.get(['/chat', '/chat.html'], sendPage('chat.html'));
  // Any other HTML page in public/ gets the same policy.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && req.path.endsWith('.html')) pageHeaders(res);
    next();
  });
}

/**
 * CORS for the webhook, so the widget's webhook fallback works on pages of other origins
 * (websockets need no CORS). `list`: the origins of ALLOWED_ORIGINS; empty allows any origin (ids are
 * signed, so a page of another origin still cannot speak for someone else). Registered before the webhook's
 * body parser, so preflight requests are answered without a body.
 */
export function webhookCors(list: readonly string[]): RequestHandler {
  const any = list.length === 0;
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (any || list.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
      if (!any) res.append('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
