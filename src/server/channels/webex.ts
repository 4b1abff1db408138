import type { BotAdapter, MiddlewareHandler, TurnContext } from 'botbuilder';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../logger';
import { adapterHandler, channelRouter, hmacMatches, jsonBody, rawBodyOf, reject } from './http';
import { loadAdapterPackage } from './load';
import { Channel, ChannelConfigError, ChannelContext, requireAll } from './types';

export interface WebexConfig {
  accessToken: string;
  /** The bot's public base URL; the webhook registered with Webex points at it plus /api/webex. */
  publicAddress: string;
  secret?: string;
}

/**
 * The Webex adapter pulls in the whole Webex SDK (~500 MB, ~2 min to install), so it is not a dependency:
 * it is loaded only when WEBEX_* is set, and must then be installed by hand.
 */
export const WEBEX_PACKAGE = 'botbuilder-adapter-webex';
export const WEBEX_INSTALL_COMMAND = 'npm install botbuilder-adapter-webex@1.0.10';
const WEBEX_API = 'https://webexapis.com/v1';
const WEBHOOK_NAME = 'microneedling-bot';

interface WebexAdapter extends BotAdapter {
  getIdentity(): Promise<{ id: string; displayName?: string }>;
  processActivity(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<unknown>;
}
type WebexAdapterClass = new (options: { access_token: string; public_address: string; secret?: string }) => WebexAdapter;

/** Loads the adapter class, or says plainly which package to install. A plain require: the package has no types here. */
export async function loadWebexAdapter(load: (id: string) => unknown = require): Promise<WebexAdapterClass> {
  const mod = await loadAdapterPackage(WEBEX_PACKAGE, () => load(WEBEX_PACKAGE) as { WebexAdapter: WebexAdapterClass }, WEBEX_INSTALL_COMMAND);
  return mod.WebexAdapter;
}

/** Webex signs each webhook with the secret given when the webhook was registered: hex HMAC-SHA1 of the body. */
export function verifyWebexSignature(secret: string, logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const rawBody = rawBodyOf(req);
    if (!rawBody) return reject(res, logger, 'webex', 'empty body');
    if (!hmacMatches('sha1', secret, rawBody, req.get('x-spark-signature'))) return reject(res, logger, 'webex', 'bad or missing X-Spark-Signature');
    next();
  };
}

async function webexApi(token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${WEBEX_API}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`Webex API ${method} ${path} answered ${response.status}`);
  return response.json();
}

/**
 * Points this bot's webhook (found by name) at the public address, with the secret. Done here rather than with
 * the adapter's registerWebhookSubscription, whose failures become unhandled rejections.
 */
async function registerWebhook({ accessToken, publicAddress, secret }: WebexConfig, path: string): Promise<string> {
  const targetUrl = publicAddress.replace(/\/+$/, '') + path;
  const { items } = (await webexApi(accessToken, 'GET', '/webhooks')) as { items: Array<{ id: string; name: string }> };
  const existing = items.find((hook) => hook.name === WEBHOOK_NAME);
  if (existing) await webexApi(accessToken, 'PUT', `/webhooks/${existing.id}`, { name: WEBHOOK_NAME, targetUrl, secret });
  else await webexApi(accessToken, 'POST', '/webhooks', { name: WEBHOOK_NAME, targetUrl, resource: 'messages', event: 'created', secret });
  return targetUrl;
}

/** The adapter marks 1:1 messages "direct_message"; to the bot they are messages like any other. */
function webexTurnFilter(): MiddlewareHandler {
  return async (context, next) => {
    const channelData = context.activity.channelData as { botkitEventType?: string } | undefined;
    if (channelData?.botkitEventType === 'direct_message') delete channelData.botkitEventType;
    await next();
  };
}

async function connect(config: WebexConfig, { controller, logger }: ChannelContext) {
  const WebexAdapterClass = await loadWebexAdapter();
  const adapter = new WebexAdapterClass({ access_token: config.accessToken, public_address: config.publicAddress, secret: config.secret });
  // The adapter re-checks the signature over JSON.stringify(req.body), which need not be the bytes Webex
  // signed; verifyWebexSignature checks the raw body instead, so the adapter's copy of the secret is removed.
  const adapterOptions = (adapter as unknown as { options?: { secret?: string } }).options;
  if (adapterOptions) adapterOptions.secret = undefined;
  const identity = await adapter.getIdentity();
  const targetUrl = await registerWebhook(config, webexChannel.path);
  logger.info({ channel: 'webex', bot: identity.displayName, webhook: targetUrl }, 'webex bot connected');
  adapter.use(webexTurnFilter());

  const logic = controller.handleTurn.bind(controller);
  const verify: RequestHandler = config.secret ? verifyWebexSignature(config.secret, logger) : (_req, _res, next) => next();
  return channelRouter(logger, 'webex', (router) => {
    router.post('/', jsonBody(), verify, adapterHandler(logger, 'webex', (req, res) => adapter.processActivity(req, res, logic)));
  });
}

export const webexChannel: Channel<WebexConfig> = {
  name: 'webex',
  path: '/api/webex',
  configure(env) {
    const vars = requireAll(env, 'Webex', ['WEBEX_ACCESS_TOKEN', 'WEBEX_PUBLIC_ADDRESS']);
    if (!vars) return undefined;
    if (!/^https?:\/\/[^/]+/.test(vars.WEBEX_PUBLIC_ADDRESS)) throw new ChannelConfigError(`WEBEX_PUBLIC_ADDRESS must be an http(s) URL, got "${vars.WEBEX_PUBLIC_ADDRESS}"`);
    return { accessToken: vars.WEBEX_ACCESS_TOKEN, publicAddress: vars.WEBEX_PUBLIC_ADDRESS, secret: env.WEBEX_SECRET?.trim() || undefined };
  },
  warnings: (config) => (config.secret ? [] : ['WEBEX_SECRET is not set: Webex webhooks are not signed, so their origin cannot be checked']),
  connect,
};
