import type { Storage } from 'botbuilder';
import type { Botkit } from 'botkit';
import type { Express, Router } from 'express';
import type { Logger } from '../../logger';
import { botFrameworkChannel } from './botFramework';
import { facebookChannel } from './facebook';
import { withTimeout } from './http';
import { slackChannel } from './slack';
import { twilioChannel } from './twilio';
import { Channel, ChannelConfigError, ChannelContext, CONNECT_TIMEOUT_MS } from './types';
import { webexChannel } from './webex';

export interface MountChannelsOptions {
  app: Express;
  controller: Botkit;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  storage: Storage;
  /** How long each platform may take to answer its start-up check. */
  connectTimeoutMs?: number;
}

export interface EnabledChannel {
  name: string;
  path: string;
}

/** Every messaging channel, each off unless its variables are set. The web adapter (/api/messages) is separate. */
export const CHANNELS: ReadonlyArray<Channel<unknown>> = [botFrameworkChannel, slackChannel, facebookChannel, twilioChannel, webexChannel];

type Connection = { channel: Channel<unknown>; connect: () => Promise<Router> };

/** The channels whose variables are set, ready to connect; a half-done or invalid set-up is logged and skipped. */
function configured(env: NodeJS.ProcessEnv, context: ChannelContext): Connection[] {
  const connections: Connection[] = [];
  for (const channel of CHANNELS) {
    try {
      const config = channel.configure(env);
      if (config === undefined) continue;
      for (const warning of channel.warnings?.(config) ?? []) context.logger.warn({ channel: channel.name }, warning);
      connections.push({ channel, connect: () => channel.connect(config, context) });
    } catch (err) {
      if (!(err instanceof ChannelConfigError)) throw err;
      context.logger.error({ channel: channel.name, problem: err.message }, 'channel disabled: incomplete configuration');
    }
  }
  return connections;
}

/**
 * Connects every configured channel (in parallel, each with a time limit) and mounts its routes. A channel
 * whose adapter cannot be loaded, or whose platform refuses or does not answer, is logged and left off: the
 * others, and the web channel, keep working.
 */
export async function mountChannels({ app, controller, logger, env, storage, connectTimeoutMs = CONNECT_TIMEOUT_MS }: MountChannelsOptions): Promise<EnabledChannel[]> {
  const connections = configured(env, { controller, logger, storage });
  const results = await Promise.allSettled(connections.map(({ channel, connect }) => withTimeout(connect(), connectTimeoutMs, `${channel.name} start-up check`)));
  const enabled: EnabledChannel[] = [];
  results.forEach((result, i) => {
    const { name, path } = connections[i].channel;
    if (result.status === 'fulfilled') {
      app.use(path, result.value);
      enabled.push({ name, path });
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      logger.error({ channel: name, path, err: result.reason, problem: reason }, 'channel disabled: start-up check failed');
    }
  });
  logger.info({ channels: enabled, web: { webhook: '/api/messages', websocket: '/' } }, enabled.length ? 'messaging channels enabled' : 'no messaging channel enabled');
  return enabled;
}
