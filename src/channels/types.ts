import type { Server } from 'node:http';
import type { Activity, Storage, TurnContext } from 'botbuilder';
import type { Router } from 'express';
import type Redis from 'ioredis';
import type { Reply } from '../answers/compose';
import type { Logger } from '../logger';
import type { ChannelHealth } from './health';
import type { Retries } from './retries';
import type { SecurityOptions } from './web/security';

/** One name per channel, used for its folder, its log lines, its documentation and, where it has one, its env prefix. */
export type ChannelName = 'web' | 'botframework' | 'slack' | 'messenger' | 'twilio' | 'webex';

/** Runs one turn of the bot for an incoming activity; every channel's adapter hands its activities to it. */
export type TurnHandler = (context: TurnContext) => Promise<void>;

/** A message as an adapter sends it: `type`, `text` and, in each channel's type, its own fields. */
export interface OutgoingMessage {
  type: 'message';
  text: string;
}

/** Renders one reply of the core as the messages one channel sends (a long reply may need several). */
export type Renderer = (reply: Reply) => OutgoingMessage[];

/** Counts work in progress (requests, turns) so that shutdown can wait for it. */
export interface WorkTracker {
  /** Marks one piece of work started; call the returned function when it ended. */
  begin(): () => void;
}

/** What the server gives every channel: the turn handler, and the shared pieces a channel may use. */
export interface ChannelContext {
  handleTurn: TurnHandler;
  logger: Logger;
  /** Conversation state (memory or Redis), shared with the turn handler. */
  storage: Storage;
  /** The HTTP server the routes are mounted on (the web channel's websocket shares its port). */
  http: Server;
  inFlight: WorkTracker;
  /** Shared counters across instances; memory when absent. */
  redis?: { client: Redis; prefix: string };
  /** The core's fixed notices, e.g. the polite answer to a visitor over the rate limit. */
  notice(kind: 'rate_limited' | 'error'): Reply;
  /** This channel's state for /healthz, as its platform answers or not. */
  health: ChannelHealth;
  /** Retries what failed because the platform could not be reached (see `retrySends`). */
  retries: Retries;
  /** Told of every request refused for being over a rate limit (metrics). */
  onRateLimited?: () => void;
}

/** Where channels read their settings: the environment, and the server's own security settings (web). */
export interface ChannelSettings {
  env: NodeJS.ProcessEnv;
  security: SecurityOptions;
}

/** The routes of a channel, mounted at once, and the platform check retried in the background until it passes. */
export interface ChannelRoutes {
  router: Router;
  /** Identity look-ups, webhook registration: what needs the platform to answer. */
  check?(): Promise<void>;
  close?(): Promise<void>;
}

/** One channel: which settings turn it on, how it renders a reply, and how it connects. */
export interface Channel<Config> {
  name: ChannelName;
  /** Where its routes are mounted. */
  path: string;
  /** Earlier paths still answered, so platforms configured with them keep working. */
  legacyPaths?: readonly string[];
  /**
   * Reads the channel's variables: undefined when none is set (the channel is off); throws a
   * `ChannelConfigError` when some are set but not all, or one is invalid.
   */
  configure(settings: ChannelSettings): Config | undefined;
  render: Renderer;
  /**
   * The platform's own id of an incoming message (a retried delivery carries the same one): a repeat is not
   * answered twice. Undefined when the activity has none.
   */
  messageId(activity: Partial<Activity>): string | undefined;
  /** Whether a repeat gets the first delivery's replies again (the web client asks again when it is unsure), or nothing. */
  replaysRepeats?: boolean;
  /** Loads the adapter and returns the routes to mount at `path`, without waiting for the platform. */
  connect(config: Config, context: ChannelContext): Promise<ChannelRoutes>;
  /** Things to say at start-up about a configuration that works but deserves attention. */
  warnings?(config: Config): string[];
}

export class ChannelConfigError extends Error {}

/** A variable's value, under its name or the earlier name it replaced. */
export function envValue(env: NodeJS.ProcessEnv, name: string, legacyName?: string): string | undefined {
  const value = env[name]?.trim() || (legacyName ? env[legacyName]?.trim() : undefined);
  return value || undefined;
}

/**
 * The values of `names` (each also read under its legacy name, if any): undefined when none is set, so the
 * channel stays off; an error naming the missing ones when only some are, since that is a half-done set-up.
 */
export function requireAll<N extends string>(
  env: NodeJS.ProcessEnv,
  channel: string,
  names: readonly N[],
  legacy: Partial<Record<N, string>> = {},
): Record<N, string> | undefined {
  const values = names.map((name) => [name, envValue(env, name, legacy[name])] as const);
  const set = values.filter(([, value]) => value !== undefined).map(([name]) => name);
  if (set.length === 0) return undefined;
  const missing = names.filter((name) => !set.includes(name));
  if (missing.length > 0) throw new ChannelConfigError(`${channel} needs ${missing.join(', ')} as well as ${set.join(', ')}`);
  return Object.fromEntries(values) as Record<N, string>;
}
