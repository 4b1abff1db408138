import type { TurnContext } from 'botbuilder';
import type { Express } from 'express';
import { botFrameworkChannel } from './botframework';
import { withTimeout } from './http';
import { messengerChannel } from './messenger';
import { slackChannel } from './slack';
import { twilioChannel } from './twilio';
import { Channel, ChannelConfigError, ChannelContext, ChannelName, ChannelRoutes, ChannelSettings, CONNECT_TIMEOUT_MS, Renderer } from './types';
import { webChannel } from './web';
import { webexChannel } from './webex';

/** Every channel. The web channel is always on; each messaging channel is off unless its variables are set. */
export const CHANNELS: ReadonlyArray<Channel<unknown>> = [webChannel, botFrameworkChannel, slackChannel, messengerChannel, twilioChannel, webexChannel];

export interface MountedChannel {
  name: ChannelName;
  path: string;
}

export interface MountChannelsOptions {
  app: Express;
  settings: ChannelSettings;
  context: ChannelContext;
  /** How long each platform may take to answer its start-up check. */
  connectTimeoutMs?: number;
}

export interface MountedChannels {
  /** The messaging channels mounted besides the web channel. */
  enabled: MountedChannel[];
  close(): Promise<void>;
}

const RENDERER = Symbol('renderer');

/** The renderer of the channel a turn came from. */
export function rendererOf(context: TurnContext): Renderer {
  const render = context.turnState.get(RENDERER) as Renderer | undefined;
  if (!render) throw new Error(`no channel renders replies for activities of "${context.activity.channelId}"`);
  return render;
}

/** The turn handler a channel receives: the server's, with the channel's renderer attached to each turn. */
function turnsOf(channel: Channel<unknown>, context: ChannelContext): ChannelContext {
  return {
    ...context,
    handleTurn: (turn) => {
      turn.turnState.set(RENDERER, channel.render);
      return context.handleTurn(turn);
    },
  };
}

type Connection = { channel: Channel<unknown>; connect: () => Promise<ChannelRoutes> };

/** The channels whose variables are set, ready to connect; a half-done or invalid set-up is logged and skipped. */
function configured(settings: ChannelSettings, context: ChannelContext): Connection[] {
  const connections: Connection[] = [];
  for (const channel of CHANNELS) {
    try {
      const config = channel.configure(settings);
      if (config === undefined) continue;
      for (const warning of channel.warnings?.(config) ?? []) context.logger.warn({ channel: channel.name }, warning);
      connections.push({ channel, connect: () => channel.connect(config, turnsOf(channel, context)) });
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
export async function mountChannels({ app, settings, context, connectTimeoutMs = CONNECT_TIMEOUT_MS }: MountChannelsOptions): Promise<MountedChannels> {
  const { logger } = context;
  const connections = configured(settings, context);
  const results = await Promise.allSettled(connections.map(({ channel, connect }) => withTimeout(connect(), connectTimeoutMs, `${channel.name} start-up check`)));
  const enabled: MountedChannel[] = [];
  const mounted: ChannelRoutes[] = [];
  results.forEach((result, i) => {
    const { name, path, legacyPaths = [] } = connections[i].channel;
    if (result.status === 'fulfilled') {
      app.use([path, ...legacyPaths], result.value.router);
      mounted.push(result.value);
      if (name !== 'web') enabled.push({ name, path });
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      logger.error({ channel: name, path, err: result.reason, problem: reason }, 'channel disabled: start-up check failed');
    }
  });
  logger.info({ channels: enabled, web: { webhook: '/api/messages', websocket: '/' } }, enabled.length ? 'messaging channels enabled' : 'no messaging channel enabled');
  return {
    enabled,
    async close() {
      await Promise.all(mounted.map((routes) => routes.close?.()));
    },
  };
}
