import type { TurnContext } from 'botbuilder';
import type { Express } from 'express';
import { botFrameworkChannel } from './botframework';
import { ChannelHealth, ChannelStatus } from './health';
import { withTimeout } from './http';
import { messengerChannel } from './messenger';
import { DEFAULT_RETRY, Retries, RetryPolicy } from './retries';
import { slackChannel } from './slack';
import { twilioChannel } from './twilio';
import { Channel, ChannelConfigError, ChannelContext, ChannelName, ChannelRoutes, ChannelSettings } from './types';
import { webChannel } from './web';
import { webexChannel } from './webex';

/** Every channel. The web channel is always on; each messaging channel is off unless its variables are set. */
export const CHANNELS: ReadonlyArray<Channel<unknown>> = [webChannel, botFrameworkChannel, slackChannel, messengerChannel, twilioChannel, webexChannel];

/** How long a platform may take to answer one try of its start-up check. */
const CHECK_TIMEOUT_MS = 10_000;

export interface MountedChannel {
  name: ChannelName;
  path: string;
}

/** What the server gives every channel; the registry adds each channel's own health and retries. */
export type SharedContext = Omit<ChannelContext, 'health' | 'retries'>;

export interface MountChannelsOptions {
  app: Express;
  settings: ChannelSettings;
  context: SharedContext;
  retry?: RetryPolicy;
}

export interface MountedChannels {
  /** The messaging channels mounted besides the web channel. */
  enabled: MountedChannel[];
  /** Each mounted channel's state, for /healthz. */
  status(): Partial<Record<ChannelName, ChannelStatus>>;
  close(): Promise<void>;
}

const CHANNEL = Symbol('channel');

/** The channel a turn came through. */
export function channelOf(context: TurnContext): Channel<unknown> {
  const channel = context.turnState.get(CHANNEL) as Channel<unknown> | undefined;
  if (!channel) throw new Error(`no channel renders replies for activities of "${context.activity.channelId}"`);
  return channel;
}

/** The context a channel receives: the server's turn handler, marking each turn with the channel. */
function contextFor(channel: Channel<unknown>, shared: SharedContext, retry: RetryPolicy): ChannelContext {
  const health = new ChannelHealth();
  return {
    ...shared,
    health,
    retries: new Retries(channel.name, retry, health, shared.logger),
    handleTurn: (turn) => {
      turn.turnState.set(CHANNEL, channel);
      return shared.handleTurn(turn);
    },
  };
}

type Configured = { channel: Channel<unknown>; config: unknown };

/** The channels whose variables are set; a half-done or invalid set-up is logged and left off. */
function configured(settings: ChannelSettings, { logger }: SharedContext): Configured[] {
  const list: Configured[] = [];
  for (const channel of CHANNELS) {
    try {
      const config = channel.configure(settings);
      if (config === undefined) continue;
      for (const warning of channel.warnings?.(config) ?? []) logger.warn({ channel: channel.name }, warning);
      list.push({ channel, config });
    } catch (err) {
      if (!(err instanceof ChannelConfigError)) throw err;
      logger.error({ channel: channel.name, problem: err.message }, 'channel disabled: incomplete configuration');
    }
  }
  return list;
}

/**
 * Mounts every configured channel at once: signatures are checked locally, so a channel whose platform does
 * not answer at start-up still refuses forged requests and takes genuine ones. What needs the platform (the
 * start-up check, sending replies) is retried in the background, and /healthz says `degraded` meanwhile.
 */
export async function mountChannels({ app, settings, context, retry = DEFAULT_RETRY }: MountChannelsOptions): Promise<MountedChannels> {
  const { logger } = context;
  const mounted: Array<{ channel: Channel<unknown>; routes: ChannelRoutes; own: ChannelContext }> = [];
  for (const { channel, config } of configured(settings, context)) {
    const own = contextFor(channel, context, retry);
    try {
      const routes = await channel.connect(config, own);
      app.use([channel.path, ...(channel.legacyPaths ?? [])], routes.router);
      mounted.push({ channel, routes, own });
    } catch (err) {
      // Only a local failure gets here, e.g. an adapter package that is not installed.
      logger.error(
        { channel: channel.name, path: channel.path, err, problem: err instanceof Error ? err.message : String(err) },
        'channel disabled: it could not be loaded',
      );
    }
  }
  for (const { channel, routes, own } of mounted) {
    if (routes.check) void own.retries.untilAnswered(() => withTimeout(routes.check!(), CHECK_TIMEOUT_MS, `${channel.name} start-up check`));
    else own.health.ready();
  }
  const enabled = mounted.filter(({ channel }) => channel.name !== 'web').map(({ channel: { name, path } }) => ({ name, path }));
  logger.info(
    { channels: enabled, web: { webhook: '/api/messages', websocket: '/' } },
    enabled.length ? 'messaging channels enabled' : 'no messaging channel enabled',
  );
  return {
    enabled,
    status: () => Object.fromEntries(mounted.map(({ channel, own }) => [channel.name, own.health.status])),
    async close() {
      for (const { own } of mounted) own.retries.stop();
      await Promise.all(mounted.map(({ routes }) => routes.close?.()));
    },
  };
}
