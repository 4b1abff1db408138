import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import express, { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { Logger } from '../logger';

/** Platform payloads (a Slack block_actions payload repeats the whole message) are larger than the widget's. */
export const CHANNEL_BODY_LIMIT = 256 * 1024;

/** A request whose body bytes were kept as received, since signatures are computed over them. */
export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

function keepRawBody(req: IncomingMessage, _res: unknown, buf: Buffer): void {
  (req as RawBodyRequest).rawBody = buf;
}

export const jsonBody = (): RequestHandler => express.json({ limit: CHANNEL_BODY_LIMIT, verify: keepRawBody });
export const formBody = (): RequestHandler => express.urlencoded({ extended: false, limit: CHANNEL_BODY_LIMIT, verify: keepRawBody });

export function rawBodyOf(req: Request): Buffer | undefined {
  const raw = (req as RawBodyRequest).rawBody;
  return raw && raw.length > 0 ? raw : undefined;
}

/** Hex HMAC of the body, compared in constant time; false for a missing or malformed signature. */
export function hmacMatches(algorithm: 'sha1' | 'sha256', secret: string, payload: Buffer | string, signatureHex: string | undefined): boolean {
  if (!signatureHex || !/^[0-9a-f]+$/i.test(signatureHex)) return false;
  const expected = createHmac(algorithm, secret).update(payload).digest();
  const given = Buffer.from(signatureHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Answers a request that failed the platform's authentication; it never reaches the adapter. */
export function reject(res: Response, logger: Logger, channel: string, reason: string, status: 401 | 403 = 401): void {
  logger.warn({ channel, reason, status }, 'channel request rejected');
  res.status(status).json({ error: status === 401 ? 'unauthorized' : 'forbidden', message: 'The request could not be authenticated.' });
}

/**
 * Runs an adapter on a request. Adapters throw after answering (or without answering), and Botkit re-throws
 * as an unhandled rejection, which would end the process: here an error is logged and answered with 500 JSON,
 * and a request the adapter left open is closed.
 */
export function adapterHandler(logger: Logger, channel: string, process: (req: Request, res: Response) => Promise<unknown>): RequestHandler {
  return (req, res) => {
    process(req, res).then(
      () => {
        if (!res.headersSent) res.status(200).json({});
      },
      (err: unknown) => {
        logger.error({ err, channel }, 'channel adapter failed');
        if (!res.headersSent) res.status(500).json({ error: 'internal_error', message: 'Something went wrong.' });
        else if (!res.writableEnded) res.end();
      },
    );
  };
}

type HttpError = Error & { type?: string; status?: number };

/**
 * Body-parser and route errors as JSON rather than express's HTML page: 413 over `limitBytes`, 400 for a body
 * that cannot be parsed, 415 for a charset other than UTF-8 or an unknown Content-Encoding, other client
 * errors with their status; anything else is logged and answered 500.
 */
export function jsonErrors(limitBytes: number, logger: Logger, channel?: string) {
  return (error: HttpError, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      res.status(413).json({ error: 'payload_too_large', message: `The body must be at most ${limitBytes} bytes.` });
    } else if (error.type === 'entity.parse.failed' || error.status === 400) {
      res.status(400).json({ error: 'bad_request', message: 'The body could not be parsed.' });
    } else if (error.status === 415) {
      res.status(415).json({ error: 'unsupported_media_type', message: 'Send UTF-8, uncompressed or gzip/deflate-encoded.' });
    } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      res.status(error.status).json({ error: 'bad_request', message: 'The request was refused.' });
    } else {
      logger.error({ err: error, channel }, 'request failed');
      res.status(500).json({ error: 'internal_error', message: 'Something went wrong.' });
    }
  };
}

/** A router for one channel's path; `build` adds its routes, the JSON error handler comes last. */
export function channelRouter(logger: Logger, channel: string, build: (router: Router) => void): Router {
  const router = express.Router();
  build(router);
  router.use(jsonErrors(CHANNEL_BODY_LIMIT, logger, channel));
  return router;
}

/** Rejects after `ms` so a platform that does not answer cannot hold up start-up. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, rejectTimeout) => {
    timer = setTimeout(() => rejectTimeout(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
