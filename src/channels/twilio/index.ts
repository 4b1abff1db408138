import type { Activity, MiddlewareHandler, Storage } from 'botbuilder';
import { BotkitConversationState } from 'botkit/lib/conversationState';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../logger';
import { adapterHandler, channelRouter, formBody, reject } from '../http';
import { loadAdapterPackage } from '../load';
import { retrySends } from '../retries';
import { Channel, ChannelConfigError, ChannelContext, requireAll } from '../types';
import { pickNumberedChoice, toSmsMessages } from './render';

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  number: string;
  /** The public base URL Twilio calls (PUBLIC_URL): signatures cover the full URL, which a proxy changes. */
  publicUrl?: string;
}

type ValidateRequest = (authToken: string, signature: string, url: string, params: Record<string, unknown>) => boolean;

/** The URL Twilio signed: the configured public base plus the path and query, or the URL as this server saw it. */
export function signedUrl(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '') + req.originalUrl;
  return `${req.protocol}://${req.get('host') ?? ''}${req.originalUrl}`;
}

export function verifyTwilioSignature(validate: ValidateRequest, config: TwilioConfig, logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const signature = req.get('x-twilio-signature');
    const params = (req.body ?? {}) as Record<string, unknown>;
    if (!signature) reject(res, logger, 'twilio', 'missing X-Twilio-Signature');
    else if (!validate(config.authToken, signature, signedUrl(req, config.publicUrl), params)) reject(res, logger, 'twilio', 'bad signature');
    else next();
  };
}

/**
 * SMS has no buttons, so suggested questions are offered as numbers ("Reply 2 for …"). The questions offered
 * are kept per phone number in this channel's own conversation state (not in the core's context); a reply
 * that is just one of the numbers is read as that question. Each answer replaces the offer, or clears it.
 * Like the context, the offer is a convenience: if storage is away the turn goes on without it.
 */
export function numberedChoices(storage: Storage, logger: Logger): MiddlewareHandler {
  const state = new BotkitConversationState(storage, 'sms-choices');
  const offered = state.createProperty<string[]>('offered');
  return async (context, next) => {
    if (context.activity.type !== 'message') return next();
    const previous = await offered.get(context).catch((err: unknown) => {
      logger.warn({ err: err instanceof Error ? err.message : err, channel: 'twilio' }, 'numbered choices unavailable');
      return undefined;
    });
    const picked = pickNumberedChoice(context.activity.text, previous ?? []);
    if (picked) context.activity.text = picked;
    let latest: string[] = [];
    context.onSendActivities(async (_context, activities, send) => {
      const last = activities[activities.length - 1] as Partial<Activity> | undefined;
      latest = (last?.channelData as { numberedChoices?: string[] } | undefined)?.numberedChoices ?? [];
      return send();
    });
    await next();
    try {
      await offered.set(context, latest);
      await state.saveChanges(context);
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : err, channel: 'twilio' }, 'numbered choices not saved');
    }
  };
}

/** Picture messages are answered by their text; replies go out through the REST API, so the webhook gets empty TwiML. */
function smsTurnFilter(): MiddlewareHandler {
  return async (context, next) => {
    const channelData = context.activity.channelData as { botkitEventType?: string } | undefined;
    if (channelData?.botkitEventType === 'picture_message') delete channelData.botkitEventType;
    context.turnState.set('httpBody', '<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    await next();
  };
}

async function connect(config: TwilioConfig, { handleTurn, logger, storage, health, retries }: ChannelContext) {
  const { TwilioAdapter } = await loadAdapterPackage('botbuilder-adapter-twilio-sms', () => import('botbuilder-adapter-twilio-sms'));
  // The adapter's own Twilio client library, for its signature check and the start-up call.
  const { default: twilio } = await import('twilio');
  const check = async () => {
    const account = await twilio(config.accountSid, config.authToken).api.v2010.accounts(config.accountSid).fetch();
    logger.info({ channel: 'twilio', account: account.friendlyName, number: config.number }, 'twilio account connected');
  };

  const adapter = new TwilioAdapter({ account_sid: config.accountSid, auth_token: config.authToken, twilio_number: config.number });
  // The signature was checked before the adapter runs (verifyTwilioSignature, with the public URL). The stock
  // check rebuilds the URL from the Host header and answers 400; it is private, hence replaced on the instance.
  Object.assign(adapter, { verifySignature: async () => true });
  adapter.use(smsTurnFilter(), numberedChoices(storage, logger));
  retrySends(adapter, retries, health);

  const router = channelRouter(logger, 'twilio', (routes) => {
    routes.post(
      '/',
      formBody(),
      verifyTwilioSignature(twilio.validateRequest, config, logger),
      (_req, res, next) => {
        res.type('text/xml');
        next();
      },
      adapterHandler(logger, 'twilio', (req, res) => adapter.processActivity(req, res, handleTurn)),
    );
  });
  return { router, check };
}

export const twilioChannel: Channel<TwilioConfig> = {
  name: 'twilio',
  path: '/api/twilio',
  configure({ env }) {
    const vars = requireAll(env, 'Twilio SMS', ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_NUMBER']);
    if (!vars) return undefined;
    const publicUrl = env.PUBLIC_URL?.trim() || undefined;
    if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) throw new ChannelConfigError(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
    return { accountSid: vars.TWILIO_ACCOUNT_SID, authToken: vars.TWILIO_AUTH_TOKEN, number: vars.TWILIO_NUMBER, publicUrl };
  },
  warnings: (config) => (config.publicUrl ? [] : ['PUBLIC_URL is not set: Twilio signatures are checked against the Host header, which fails behind a proxy']),
  render: toSmsMessages,
  // Twilio retries a webhook that failed with the same MessageSid.
  messageId: ({ channelData }) => {
    const sid = (channelData as { MessageSid?: unknown } | undefined)?.MessageSid;
    return typeof sid === 'string' ? sid : undefined;
  },
  connect,
};
