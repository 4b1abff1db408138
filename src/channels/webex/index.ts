import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../logger';
import { adapterHandler, channelRouter, hmacMatches, jsonBody, rawBodyOf, reject } from '../http';
import { isTransient, retrySends } from '../retries';
import { Channel, ChannelConfigError, ChannelContext, requireAll } from '../types';
import { WebexAdapter } from './adapter';
import { toWebexMessage } from './render';

export interface WebexConfig {
  accessToken: string;
  /** The bot's public base URL; the webhook registered with Webex points at it plus /api/webex. */
  publicAddress: string;
  secret: string;
}

const WEBHOOK_NAME = 'microneedling-bot';

/** Webex signs each webhook with the secret given when the webhook was registered: hex HMAC-SHA1 of the body. */
export function verifyWebexSignature(secret: string, logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const rawBody = rawBodyOf(req);
    if (!rawBody) return reject(res, logger, 'webex', 'empty body');
    if (!hmacMatches('sha1', secret, rawBody, req.get('x-spark-signature'))) return reject(res, logger, 'webex', 'bad or missing X-Spark-Signature');
    next();
  };
}

/** Points this bot's webhook (found by name) at the public address, with the secret, or creates it. */
async function registerWebhook(adapter: WebexAdapter, { publicAddress, secret }: WebexConfig, path: string): Promise<string> {
  const targetUrl = publicAddress.replace(/\/+$/, '') + path;
  const { items = [] } = await adapter.api<{ items?: Array<{ id: string; name: string }> }>('GET', '/webhooks');
  const existing = items.find((hook) => hook.name === WEBHOOK_NAME);
  if (existing) await adapter.api('PUT', `/webhooks/${encodeURIComponent(existing.id)}`, { name: WEBHOOK_NAME, targetUrl, secret });
  else await adapter.api('POST', '/webhooks', { name: WEBHOOK_NAME, targetUrl, resource: 'messages', event: 'created', secret });
  return targetUrl;
}

async function connect(config: WebexConfig, { handleTurn, logger, health, retries }: ChannelContext) {
  const adapter = new WebexAdapter({ accessToken: config.accessToken });
  const check = async () => {
    const identity = await adapter.getIdentity();
    const targetUrl = await registerWebhook(adapter, config, webexChannel.path);
    logger.info({ channel: 'webex', bot: identity.displayName, webhook: targetUrl }, 'webex bot connected');
  };
  retrySends(adapter, retries, health);
  // Webex sends only the message's id: reading the message needs the API, so a delivery that arrives while it
  // cannot be reached is read (and answered) later. The webhook itself is answered 200 at once.
  const process = (req: Request, res: Response) =>
    adapter.processActivity(req, res, handleTurn).catch((err: unknown) => {
      if (!isTransient(err)) throw err;
      retries.retry('read a message', () => adapter.processActivity(req, res, handleTurn), err);
    });
  const router = channelRouter(logger, 'webex', (routes) => {
    routes.post('/', jsonBody(), verifyWebexSignature(config.secret, logger), adapterHandler(logger, 'webex', process));
  });
  return { router, check };
}

export const webexChannel: Channel<WebexConfig> = {
  name: 'webex',
  path: '/api/webex',
  configure({ env }) {
    // Without a secret nothing proves a request comes from Webex: the channel does not start without one.
    const vars = requireAll(env, 'Webex', ['WEBEX_ACCESS_TOKEN', 'WEBEX_PUBLIC_ADDRESS', 'WEBEX_SECRET']);
    if (!vars) return undefined;
    if (!/^https?:\/\/[^/]+/.test(vars.WEBEX_PUBLIC_ADDRESS))
      throw new ChannelConfigError(`WEBEX_PUBLIC_ADDRESS must be an http(s) URL, got "${vars.WEBEX_PUBLIC_ADDRESS}"`);
    return { accessToken: vars.WEBEX_ACCESS_TOKEN, publicAddress: vars.WEBEX_PUBLIC_ADDRESS, secret: vars.WEBEX_SECRET };
  },
  render: (reply) => [toWebexMessage(reply)],
  messageId: ({ id }) => id,
  connect,
};
