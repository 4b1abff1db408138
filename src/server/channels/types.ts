import type { Storage } from 'botbuilder';
import type { Botkit } from 'botkit';
import type { Router } from 'express';
import type { Logger } from '../../logger';

/** What a channel needs to connect: the one controller all channels feed, and the shared storage. */
export interface ChannelContext {
  controller: Botkit;
  logger: Logger;
  storage: Storage;
}

/** One messaging channel: which variables turn it on, and how it connects. */
export interface Channel<Config> {
  name: string;
  path: string;
  /**
   * Reads the channel's variables: undefined when none is set (the channel is off); throws a
   * `ChannelConfigError` when some are set but not all, or one is invalid.
   */
  configure(env: NodeJS.ProcessEnv): Config | undefined;
  /** Loads the adapter, checks the platform answers, and returns the routes to mount at `path`. */
  connect(config: Config, context: ChannelContext): Promise<Router>;
  /** Things to say at start-up about a configuration that works but deserves attention. */
  warnings?(config: Config): string[];
}

export class ChannelConfigError extends Error {}

/**
 * The values of `names`: undefined when none is set, so the channel stays off; an error naming the
 * missing ones when only some are, since that is a half-done set-up rather than a choice.
 */
export function requireAll<N extends string>(env: NodeJS.ProcessEnv, channel: string, names: readonly N[]): Record<N, string> | undefined {
  const set = names.filter((name) => Boolean(env[name]?.trim()));
  if (set.length === 0) return undefined;
  const missing = names.filter((name) => !set.includes(name));
  if (missing.length > 0) throw new ChannelConfigError(`${channel} needs ${missing.join(', ')} as well as ${set.join(', ')}`);
  return Object.fromEntries(names.map((name) => [name, (env[name] ?? '').trim()])) as Record<N, string>;
}

/** How long a platform may take to answer the start-up check. */
export const CONNECT_TIMEOUT_MS = 10_000;
