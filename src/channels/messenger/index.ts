import type { Activity, MiddlewareHandler } from 'botbuilder';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../logger';
import { adapterHandler, channelRouter, hmacMatches, jsonBody, rawBodyOf, reject } from '../http';
import { loadAdapterPackage } from '../load';
import { retrySends } from '../retries';
import { Channel, ChannelContext, envValue, requireAll } from '../types';
import { callGraphApi, sendThroughGraph } from './graph';
import { toMessengerMessages } from './render';

export interface MessengerConfig {
  verifyToken: string;
  accessToken: string;
  appSecret: string;
  apiVersion: string;
}

/** A Graph API version still served; older ones are silently upgraded, and MESSENGER_API_VERSION overrides it. */
export const DEFAULT_GRAPH_API_VERSION = 'v21.0';

/**
 * Meta signs each delivery with the app secret: X-Hub-Signature-256 (HMAC-SHA256) and, still, the older
 * X-Hub-Signature (HMAC-SHA1). The SHA-256 one is checked when present, the SHA-1 one only otherwise.
 */
export function messengerSignatureProblem(
  appSecret: string,
  rawBody: Buffer | undefined,
  sha256: string | undefined,
  sha1: string | undefined,
): string | undefined {
  if (!rawBody) return 'empty body';
  if (sha256) return sha256.startsWith('sha256=') && hmacMatches('sha256', appSecret, rawBody, sha256.slice(7)) ? undefined : 'bad X-Hub-Signature-256';
  if (sha1) return sha1.startsWith('sha1=') && hmacMatches('sha1', appSecret, rawBody, sha1.slice(5)) ? undefined : 'bad X-Hub-Signature';
  return 'missing X-Hub-Signature-256';
}

export function verifyMessengerSignature(appSecret: string, logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const problem = messengerSignatureProblem(appSecret, rawBodyOf(req), req.get('x-hub-signature-256'), req.get('x-hub-signature'));
    if (problem) reject(res, logger, 'messenger', problem);
    else next();
  };
}

/** The webhook handshake: Meta sends the verify token the site owner chose and expects the challenge back. */
export function messengerHandshake(verifyToken: string, logger: Logger): RequestHandler {
  return (req, res) => {
    const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = req.query;
    if (mode === 'subscribe' && token === verifyToken && typeof challenge === 'string') res.type('text/plain').send(challenge);
    else reject(res, logger, 'messenger', 'webhook verification with a wrong token', 403);
  };
}

interface MessengerEvent {
  standby?: boolean;
  quick_reply?: { payload?: string };
}

/** A tapped quick reply reads as its question (its text is only the short title); standby events belong to another app. */
function messengerTurnFilter(): MiddlewareHandler {
  return async (context, next) => {
    const activity: Partial<Activity> = context.activity;
    const event = activity.channelData as MessengerEvent | undefined;
    if (event?.standby) return;
    if (event?.quick_reply?.payload) activity.text = event.quick_reply.payload;
    await next();
  };
}

/** The adapter understands Page messaging events only, and throws on anything else (feed changes, standby-only entries). */
function onlyPageEvents(req: Request, res: Response, next: NextFunction): void {
  const body = req.body as { object?: string; entry?: Array<{ messaging?: unknown }> };
  if (body.object === 'page' && Array.isArray(body.entry) && body.entry.every((e) => Array.isArray(e?.messaging))) next();
  else res.status(200).json({});
}

async function connect(config: MessengerConfig, { handleTurn, logger, health, retries }: ChannelContext) {
  const { FacebookAdapter } = await loadAdapterPackage('botbuilder-adapter-facebook', () => import('botbuilder-adapter-facebook'));
  const check = async () => {
    const page = await callGraphApi<{ id?: string; name?: string }>(config, 'GET', '/me');
    logger.info({ channel: 'messenger', pageId: page.id, page: page.name }, 'messenger page connected');
  };

  const adapter = new FacebookAdapter({
    verify_token: config.verifyToken,
    access_token: config.accessToken,
    app_secret: config.appSecret,
    api_version: config.apiVersion,
  });
  // The signature was checked before the adapter runs (verifyMessengerSignature). The stock check knows only
  // SHA-1 and throws on a mismatch; it is private, hence replaced on the instance.
  Object.assign(adapter, { verifySignature: async () => true });
  adapter.use(messengerTurnFilter());
  sendThroughGraph(adapter, config);
  retrySends(adapter, retries, health);

  const router = channelRouter(logger, 'messenger', (routes) => {
    routes.get('/', messengerHandshake(config.verifyToken, logger));
    routes.post(
      '/',
      jsonBody(),
      verifyMessengerSignature(config.appSecret, logger),
      onlyPageEvents,
      adapterHandler(logger, 'messenger', (req, res) => adapter.processActivity(req, res, handleTurn)),
    );
  });
  return { router, check };
}

/** Variables and path were FACEBOOK_* and /api/facebook before the channel took Messenger's name; both still work. */
const LEGACY_NAMES = {
  MESSENGER_VERIFY_TOKEN: 'FACEBOOK_VERIFY_TOKEN',
  MESSENGER_ACCESS_TOKEN: 'FACEBOOK_ACCESS_TOKEN',
  MESSENGER_APP_SECRET: 'FACEBOOK_APP_SECRET',
} as const;

export const messengerChannel: Channel<MessengerConfig> = {
  name: 'messenger',
  path: '/api/messenger',
  legacyPaths: ['/api/facebook'],
  configure({ env }) {
    const vars = requireAll(env, 'Messenger', ['MESSENGER_VERIFY_TOKEN', 'MESSENGER_ACCESS_TOKEN', 'MESSENGER_APP_SECRET'], LEGACY_NAMES);
    return (
      vars && {
        verifyToken: vars.MESSENGER_VERIFY_TOKEN,
        accessToken: vars.MESSENGER_ACCESS_TOKEN,
        appSecret: vars.MESSENGER_APP_SECRET,
        apiVersion: envValue(env, 'MESSENGER_API_VERSION', 'FACEBOOK_API_VERSION') ?? DEFAULT_GRAPH_API_VERSION,
      }
    );
  },
  render: toMessengerMessages,
  // Messenger redelivers an event it thinks was not received with the same message id.
  messageId: ({ channelData }) => {
    const mid = (channelData as { message?: { mid?: unknown } } | undefined)?.message?.mid;
    return typeof mid === 'string' ? mid : undefined;
  },
  connect,
};
