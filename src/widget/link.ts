import type { Backoff } from '../protocol/backoff';
import type { Greeting } from '../protocol/web';
import type { Outbox, QuickReply } from './storage';

/** What the widget's connection to the bot is doing, and the hooks through which it tells the view. */

export type ConnectionState = 'connecting' | 'online' | 'offline';
export type Transport = 'websocket' | 'webhook';
export type { Greeting };

export interface StateInfo {
  state: ConnectionState;
  transport: Transport;
  /** When offline: how long until the next attempt. */
  retryInMs?: number;
}

export interface BotMessage {
  text: string;
  quickReplies?: QuickReply[];
  /** The server's id of this reply, for feedback. */
  replyId?: string;
}

export interface ConnectionHooks {
  message(message: BotMessage, greeting: boolean): void;
  typing(on: boolean): void;
  state(info: StateInfo): void;
  /** The server took an outbox item: it left the outbox. */
  delivered(id: string): void;
  /** The server refused an outbox item (4xx): retrying would not help, it left the outbox. */
  rejected(id: string): void;
}

export interface ConnectionOptions {
  wsUrl: string;
  webhookUrl: string;
  user: string;
  /** Gets a new id when the server refuses the current one. */
  renewUser: () => Promise<string>;
  firstGreeting: Greeting;
  outbox: Outbox;
  /** Web Locks name: one tab at a time sends from the shared outbox. */
  lockName: string;
  hooks: ConnectionHooks;
}

/** How long to wait for the reply to a greeting, and to a message over a live socket. */
export const GREETING_TIMEOUT_MS = 4_000;
export const ACK_TIMEOUT_MS = 15_000;
/** Consecutive websocket failures (never opened) before trying the webhook instead. */
export const WS_FAILURES_BEFORE_WEBHOOK = 3;

/** Reconnection delays: from about a second, doubling, up to 30 s, jittered. */
export const BACKOFF: Backoff = { baseMs: 1_000, capMs: 30_000 };

/** Runs `fn` holding the Web Lock `name`, or without it where the Lock API is missing or refuses. */
export async function withLock(name: string, fn: () => Promise<void>): Promise<void> {
  if (!('locks' in navigator) || !navigator.locks) return fn();
  let ran = false;
  try {
    await navigator.locks.request(name, () => {
      ran = true;
      return fn();
    });
  } catch {
    if (!ran) await fn(); // the Lock API refused (opaque origin…): carry on without it
  }
}
