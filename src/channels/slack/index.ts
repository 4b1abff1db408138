import { Activity, ActivityTypes, MiddlewareHandler, ResourceResponse } from 'botbuilder';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../logger';
import { adapterHandler, channelRouter, formBody, hmacMatches, jsonBody, rawBodyOf, reject } from '../http';
import { loadAdapterPackage } from '../load';
import { retrySends } from '../retries';
import { Channel, ChannelContext, requireAll } from '../types';
import { toSlackMessage } from './render';

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
}

/** Slack's advice: refuse requests more than five minutes old, so a captured request cannot be replayed. */
export const SLACK_TIMESTAMP_TOLERANCE_S = 5 * 60;

export interface SlackSignedRequest {
  rawBody: Buffer | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
}

/** Why a request fails Slack's v0 signature check, or undefined when it passes. */
export function slackSignatureProblem(secret: string, { rawBody, timestamp, signature }: SlackSignedRequest, nowSeconds: number): string | undefined {
  if (!rawBody) return 'empty body';
  if (!signature) return 'missing X-Slack-Signature';
  if (!timestamp || !/^\d+$/.test(timestamp)) return 'missing or malformed X-Slack-Request-Timestamp';
  if (Math.abs(nowSeconds - Number(timestamp)) > SLACK_TIMESTAMP_TOLERANCE_S) return 'stale timestamp';
  const base = Buffer.concat([Buffer.from(`v0:${timestamp}:`), rawBody]);
  if (!signature.startsWith('v0=') || !hmacMatches('sha256', secret, base, signature.slice(3))) return 'bad signature';
  return undefined;
}

/**
 * Verifies every request before the adapter sees it: the stock adapter skips its check when the raw body is
 * empty, never looks at the timestamp, and throws on a missing or odd-length signature header.
 */
export function verifySlackSignature(secret: string, logger: Logger, now: () => number = Date.now): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const problem = slackSignatureProblem(
      secret,
      { rawBody: rawBodyOf(req), timestamp: req.get('x-slack-request-timestamp'), signature: req.get('x-slack-signature') },
      Math.floor(now() / 1000),
    );
    if (problem) reject(res, logger, 'slack', problem);
    else next();
  };
}

interface SlackEvent {
  type?: string;
  subtype?: string;
  bot_id?: string;
  user?: string | { id?: string };
  channel_type?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  container?: { thread_ts?: string };
  message?: { thread_ts?: string };
}

function withoutMention(text: string | undefined, botUserId: string): string {
  return (text ?? '')
    .replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>:?`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function inThread(activity: Partial<Activity>, threadTs: string | undefined): void {
  // The adapter replies in conversation.thread_ts, and Botkit's state key includes it: one context per thread.
  if (threadTs && activity.conversation) Object.assign(activity.conversation, { thread_ts: threadTs });
}

/**
 * Decides whether the bot answers a Slack activity, and shapes it to be answered in the right place: direct
 * messages, mentions (answered in a thread) and button clicks. Anything else, messages from bots (this one
 * included), edits and channel chatter, is left alone.
 */
export function shapeSlackActivity(activity: Partial<Activity>, botUserId: string): boolean {
  const event = activity.channelData as SlackEvent | undefined;
  if (!event || event.bot_id || event.subtype || event.user === botUserId) return false;
  if (event.type === 'block_actions') {
    inThread(activity, event.container?.thread_ts ?? event.message?.thread_ts);
    return activity.type === 'message';
  }
  if (event.type === 'app_mention') {
    activity.type = 'message';
    activity.text = withoutMention(event.text, botUserId);
    inThread(activity, event.thread_ts ?? event.ts);
    return true;
  }
  if (event.type === 'message' && event.channel_type === 'im' && activity.type === 'message') {
    activity.text = withoutMention(activity.text, botUserId);
    return true;
  }
  return false;
}

function slackTurnFilter(botUserId: () => string): MiddlewareHandler {
  return async (context, next) => {
    if (shapeSlackActivity(context.activity, botUserId())) await next();
  };
}

/**
 * Challenges and anything that is neither an event nor a button click are answered here. A retry
 * (X-Slack-Retry-Num) goes on like the first delivery: it carries the same event, which is answered once.
 */
function preAdapter(req: Request, res: Response, next: NextFunction): void {
  const body = req.body as { type?: string; challenge?: string; payload?: unknown };
  if (body.type === 'url_verification') res.json({ challenge: body.challenge });
  else if (body.type === 'event_callback' || typeof body.payload === 'string') next();
  else res.status(200).json({});
}

/** Event deliveries name the bot user they are for: the bot can answer before auth.test has. */
function learnBotUser(identity: { botUserId?: string }): RequestHandler {
  return (req, _res, next) => {
    const authorization = (req.body as { authorizations?: Array<{ user_id?: unknown; is_bot?: unknown }> }).authorizations?.[0];
    if (!identity.botUserId && authorization?.is_bot && typeof authorization.user_id === 'string') identity.botUserId = authorization.user_id;
    next();
  };
}

async function connect(config: SlackConfig, { handleTurn, logger, health, retries }: ChannelContext) {
  const { SlackAdapter } = await loadAdapterPackage('botbuilder-adapter-slack', () => import('botbuilder-adapter-slack'));
  // The adapter's own Web API client, built here so its time-outs are ours; failed calls are retried by `retries`.
  const { WebClient, LogLevel } = await import('@slack/web-api');
  const client = new WebClient(config.botToken, { retryConfig: { retries: 0 }, timeout: 10_000, logLevel: LogLevel.ERROR });
  const identity: { botUserId?: string } = {};
  const check = async () => {
    const me = await client.auth.test();
    identity.botUserId = String(me.user_id);
    logger.info({ channel: 'slack', team: me.team, botUserId: identity.botUserId }, 'slack workspace connected');
  };

  /**
   * Given a bot token, the stock adapter checks it in its constructor and calls process.exit() if the check
   * fails. The token is checked by `check` instead, and the adapter is built in its multi-workspace form, answered
   * with this one client and bot user; the OAuth fields are never read since no install route is mounted.
   */
  class SingleWorkspaceSlackAdapter extends SlackAdapter {
    async getAPI() {
      return client;
    }

    async getBotUserByTeam() {
      return identity.botUserId ?? '';
    }

    /**
     * The stock sendActivities prints a failed post to the console and goes on, so a reply posted while Slack
     * could not be reached was lost; this one throws, so that retrySends retries it.
     */
    async sendActivities(_context: unknown, activities: Array<Partial<Activity>>): Promise<ResourceResponse[]> {
      const responses: ResourceResponse[] = [];
      for (const activity of activities) {
        if (activity.type !== ActivityTypes.Message) continue;
        const message = this.activityToSlack(activity) as Parameters<typeof client.chat.postMessage>[0] & { ephemeral?: boolean };
        const sent = message.ephemeral
          ? await client.chat.postEphemeral(message as Parameters<typeof client.chat.postEphemeral>[0])
          : await client.chat.postMessage(message);
        responses.push({ id: String(sent.ts ?? sent.message_ts ?? '') });
      }
      return responses;
    }
  }
  const adapter = new SingleWorkspaceSlackAdapter({
    clientSigningSecret: config.signingSecret,
    getTokenForTeam: async () => config.botToken,
    getBotUserByTeam: async () => identity.botUserId ?? '',
    clientId: 'unused',
    clientSecret: 'unused',
    scopes: ['unused'],
    redirectUri: 'unused',
  });
  adapter.use(slackTurnFilter(() => identity.botUserId ?? ''));
  retrySends(adapter, retries, health);

  const router = channelRouter(logger, 'slack', (routes) => {
    routes.post(
      '/',
      formBody(),
      jsonBody(),
      verifySlackSignature(config.signingSecret, logger),
      learnBotUser(identity),
      preAdapter,
      adapterHandler(logger, 'slack', (req, res) => adapter.processActivity(req, res, handleTurn)),
    );
  });
  return { router, check };
}

export const slackChannel: Channel<SlackConfig> = {
  name: 'slack',
  path: '/api/slack',
  configure({ env }) {
    const vars = requireAll(env, 'Slack', ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN']);
    return vars && { signingSecret: vars.SLACK_SIGNING_SECRET, botToken: vars.SLACK_BOT_TOKEN };
  },
  render: (reply) => [toSlackMessage(reply)],
  // A message's ts, or a button click's action_ts: the same in every delivery of one event.
  messageId: ({ channelData }) => {
    const event = channelData as { ts?: unknown; actions?: Array<{ action_ts?: unknown }> } | undefined;
    const id = event?.ts ?? event?.actions?.[0]?.action_ts;
    return typeof id === 'string' ? id : undefined;
  },
  connect,
};
