import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { MemoryStorage, Storage } from 'botbuilder';
import { Botkit } from 'botkit';
import express, { NextFunction, Request, Response } from 'express';
import type { MicroneedlingBot } from '../bot';
import { projectRoot } from '../data/paths';
import type { Logger } from '../logger';
import { attachBot } from './turnHandler';
import { ClosableWebAdapter } from './webAdapter';
import { webhookGuard } from './webhookGuard';

export const MAX_BODY_BYTES = 16 * 1024;

export interface ServerOptions {
  bot: MicroneedlingBot;
  logger: Logger;
  port: number;
  host?: string;
  storage?: Storage;
  logTranscripts?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  http: Server;
  close(): Promise<void>;
}

function jsonErrors(error: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') {
    res.status(413).json({ error: 'payload_too_large', message: `The body must be at most ${MAX_BODY_BYTES} bytes.` });
  } else if (error.type === 'entity.parse.failed' || error.status === 400) {
    res.status(400).json({ error: 'bad_request', message: 'The body is not valid JSON.' });
  } else {
    res.status(500).json({ error: 'internal_error', message: 'Something went wrong.' });
  }
}

/** Starts the HTTP server: webhook and websocket on one port, health check and static pages. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { bot, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  const http = createServer(app);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.use('/api/messages', express.json({ limit: MAX_BODY_BYTES, type: () => true }));
  app.post('/api/messages', webhookGuard);

  const storage = options.storage ?? new MemoryStorage();
  const adapter = new ClosableWebAdapter({ server: http, maxPayload: MAX_BODY_BYTES });
  const controller = new Botkit({ webhook_uri: '/api/messages', adapter, webserver: app, storage, disable_console: true });
  attachBot(controller, bot, { storage, logger, logTranscripts: options.logTranscripts ?? false });

  app.use(express.static(join(projectRoot, 'public')));
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });
  app.use(jsonErrors);

  await new Promise<void>((resolve) => controller.ready(() => resolve()));
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = http.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    http,
    async close() {
      await adapter.close();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    },
  };
}
