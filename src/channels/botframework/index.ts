import { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, InvokeResponse, MiddlewareHandler, TurnContext } from 'botbuilder';
// Not re-exported by botbuilder's index; CloudAdapter.process() runs it on every incoming activity.
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import { AuthenticateRequestResult, AuthenticationError, BotFrameworkAuthentication, MicrosoftAppCredentials } from 'botframework-connector';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../logger';
import { adapterHandler, channelRouter, jsonBody, reject } from '../http';
import { retrySends } from '../retries';
import { Channel, ChannelConfigError, ChannelContext, envValue } from '../types';
import { toBotFrameworkMessage } from './render';

export interface BotFrameworkConfig {
  /** Absent in emulator mode (BOTFRAMEWORK_ENABLED=true without credentials): requests are not authenticated. */
  credentials?: { appId: string; password: string; appType: 'MultiTenant' | 'SingleTenant'; tenantId?: string };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** In emulator mode anyone could post; replies then go only to this machine, never to a URL a stranger picked. */
export function isLoopbackUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Checks the request with botbuilder's own authentication (the JWT the Bot Framework service signs, its
 * audience the app id, its serviceurl claim the activity's) before any turn runs; the result is handed to the
 * adapter so the token is validated once.
 */
export function authenticateBotFramework(auth: BotFrameworkAuthentication, anonymous: boolean, logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const activity = req.body as Partial<Activity>;
    if (typeof activity?.type !== 'string' || typeof activity.serviceUrl !== 'string') {
      res.status(400).json({ error: 'bad_request', message: 'The body must be a Bot Framework activity.' });
      return;
    }
    if (anonymous && !isLoopbackUrl(activity.serviceUrl)) return reject(res, logger, 'botframework', 'non-local serviceUrl without credentials', 403);
    auth.authenticateRequest(activity as Activity, req.get('authorization') ?? '').then(
      (result) => {
        res.locals.botFrameworkAuth = result;
        next();
      },
      (err: unknown) => {
        if (!(err instanceof AuthenticationError)) logger.error({ err, channel: 'botframework' }, 'bot framework authentication failed');
        reject(res, logger, 'botframework', err instanceof Error ? err.message : 'authentication failed');
      },
    );
  };
}

/** Teams puts "<at>Bot</at>" in front of a message in a channel or group chat. */
function withoutMention(): MiddlewareHandler {
  return async (context, next) => {
    if (context.activity.type === 'message' && context.activity.recipient) TurnContext.removeRecipientMention(context.activity);
    await next();
  };
}

/** The token endpoint answers only for a valid app id and password: a start-up check of both. */
async function checkCredentials({ appId, password, appType, tenantId }: NonNullable<BotFrameworkConfig['credentials']>): Promise<void> {
  await new MicrosoftAppCredentials(appId, password, appType === 'SingleTenant' ? tenantId : undefined).getToken(true);
}

/** The CloudAdapter, running turns for requests authenticateBotFramework has already checked. */
class AuthenticatedCloudAdapter extends CloudAdapter {
  run(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

async function connect({ credentials }: BotFrameworkConfig, { handleTurn, logger, health, retries }: ChannelContext) {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials?.appId ?? '',
    MicrosoftAppPassword: credentials?.password ?? '',
    MicrosoftAppType: credentials?.appType ?? '',
    MicrosoftAppTenantId: credentials?.tenantId ?? '',
  });
  const adapter = new AuthenticatedCloudAdapter(auth);
  adapter.use(withoutMention());
  retrySends(adapter, retries, health);

  const router = channelRouter(logger, 'botframework', (routes) => {
    routes.post(
      '/',
      jsonBody(),
      authenticateBotFramework(auth, !credentials, logger),
      adapterHandler(logger, 'botframework', async (req, res) => {
        const invoke = await adapter.run(res.locals.botFrameworkAuth as AuthenticateRequestResult, validateAndFixActivity(req.body as Activity), handleTurn);
        if (invoke?.body !== undefined) res.status(invoke.status).json(invoke.body);
        else res.status(invoke?.status ?? 200).end();
      }),
    );
  });
  return { router, check: credentials && (() => checkCredentials(credentials)) };
}

/** BOTFRAMEWORK_APP_* were MICROSOFT_APP_* (botbuilder's own names) before; both are read. */
const variable = (env: NodeJS.ProcessEnv, field: string): string | undefined => envValue(env, `BOTFRAMEWORK_APP_${field}`, `MICROSOFT_APP_${field}`);

function readCredentials(env: NodeJS.ProcessEnv): BotFrameworkConfig['credentials'] {
  const appId = variable(env, 'ID');
  const password = variable(env, 'PASSWORD');
  if (!appId && !password) return undefined;
  if (!appId || !password) throw new ChannelConfigError('Bot Framework needs both BOTFRAMEWORK_APP_ID and BOTFRAMEWORK_APP_PASSWORD');
  const appType = variable(env, 'TYPE') ?? 'MultiTenant';
  if (appType !== 'MultiTenant' && appType !== 'SingleTenant')
    throw new ChannelConfigError(`BOTFRAMEWORK_APP_TYPE must be MultiTenant or SingleTenant, got "${appType}"`);
  const tenantId = variable(env, 'TENANT_ID');
  if (appType === 'SingleTenant' && !tenantId) throw new ChannelConfigError('BOTFRAMEWORK_APP_TYPE=SingleTenant needs BOTFRAMEWORK_APP_TENANT_ID');
  return { appId, password, appType, tenantId };
}

export const botFrameworkChannel: Channel<BotFrameworkConfig> = {
  name: 'botframework',
  path: '/api/botframework',
  configure({ env }) {
    const credentials = readCredentials(env);
    if (credentials) return { credentials };
    return env.BOTFRAMEWORK_ENABLED?.trim() === 'true' ? {} : undefined;
  },
  warnings: ({ credentials }) =>
    credentials
      ? []
      : ['Bot Framework is enabled without credentials: requests are not authenticated and replies go only to localhost service URLs (Emulator use only)'],
  render: (reply) => [toBotFrameworkMessage(reply)],
  messageId: ({ id }) => id,
  connect,
};
