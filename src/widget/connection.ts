import { Outbox, OutboxItem, QuickReply, validQuickReplies } from './storage';

export type ConnectionState = 'connecting' | 'online' | 'offline';
export type Transport = 'websocket' | 'webhook';
export type Greeting = 'hello' | 'welcome_back';

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

/** Close codes of the bot server: the id was refused; another connection took over the id. */
const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_REPLACED = 4409;
const OPEN_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 4_000;
const ACK_TIMEOUT_MS = 15_000;
const WEBHOOK_TIMEOUT_MS = 15_000;
/** Consecutive websocket failures (never opened) before trying the webhook instead. */
const WS_FAILURES_BEFORE_WEBHOOK = 3;
export const BACKOFF = { baseMs: 1_000, capMs: 30_000 };

/** Exponential backoff with "equal jitter": half the capped ceiling, plus a random half. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

type Outcome = 'delivered' | 'rejected' | 'lost';
type PostResult = { kind: 'ok'; messages: BotMessage[] } | { kind: 'rejected' } | { kind: 'failed' } | { kind: 'unauthorized' };

function parseMessage(value: unknown): BotMessage | 'typing' | null {
  if (!value || typeof value !== 'object') return null;
  const { type, text, quick_replies, id } = value as Record<string, unknown>;
  if (type === 'typing') return 'typing';
  if (type !== 'message' || typeof text !== 'string') return null;
  const replyId = typeof id === 'string' && id.length <= 100 ? { replyId: id } : {};
  return { text: text.slice(0, 8000), quickReplies: validQuickReplies(quick_replies), ...replyId };
}

async function withLock(name: string, fn: () => Promise<void>): Promise<void> {
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

/**
 * Talks to the bot: websocket first, webhook when websockets do not work. Reconnects with capped,
 * jittered exponential backoff. Sends the outbox one message at a time, in order: an item leaves the
 * outbox only once the server answered it (or took it without answer over a live socket), so nothing
 * typed is lost and, short of the server dying mid-turn, nothing is sent twice.
 */
export class Connection {
  private ws: WebSocket | null = null;
  private transport: Transport;
  private current: ConnectionState = 'offline';
  private stopped = true;
  /** Another tab or page took over this id: stay quiet until this one is used again. */
  private parked = false;
  private user: string;
  private attempt = 0;
  private wsFailures = 0;
  private opens = 0;
  private upgradeAttempt = 0;
  private awaitingGreeting = false;
  private draining = false;
  private drainAgain = false;
  private ack: ((ok: boolean) => void) | null = null;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private upgradeTimer?: ReturnType<typeof setTimeout>;
  private greetingTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly o: ConnectionOptions) {
    this.transport = typeof WebSocket === 'function' ? 'websocket' : 'webhook';
    this.user = o.user;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.parked = false;
    this.attempt = 0;
    this.connect();
  }

  /** Page hidden or closed: close cleanly; `start()` picks up again. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.upgradeTimer);
    clearTimeout(this.greetingTimer);
    this.awaitingGreeting = false;
    const ws = this.ws;
    this.ws = null;
    this.settle(false);
    ws?.close(1000, 'page hidden');
    this.setState('offline');
  }

  /** Skip the wait: the visitor pressed "retry" or the browser came back online. */
  retryNow(): void {
    if (this.stopped || this.current !== 'offline') return;
    this.attempt = 0;
    this.connect();
  }

  /** The browser says the network is gone: do not wait for a TCP timeout. */
  networkLost(): void {
    if (this.ws) this.ws.close(4000, 'network lost');
  }

  /** Something was added to the outbox. */
  kick(): void {
    if (this.parked) this.start();
    void this.drain();
  }

  private setState(state: ConnectionState, retryInMs?: number): void {
    this.current = state;
    this.o.hooks.state({ state, transport: this.transport, retryInMs });
  }

  private connect(): void {
    clearTimeout(this.retryTimer);
    if (this.stopped) return;
    this.setState('connecting');
    if (this.transport === 'webhook') void this.openWebhook();
    else this.openSocket(false);
  }

  private openSocket(upgrade: boolean): void {
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.o.wsUrl);
    } catch {
      // e.g. blocked by the page's Content-Security-Policy
      if (upgrade) this.scheduleUpgrade();
      else this.socketFailed();
      return;
    }
    let opened = false;
    const openTimer = setTimeout(() => ws.close(), OPEN_TIMEOUT_MS);
    ws.addEventListener('open', () => {
      clearTimeout(openTimer);
      opened = true;
      if (this.stopped) {
        ws.close(1000);
        return;
      }
      clearTimeout(this.upgradeTimer);
      this.ws = ws;
      this.transport = 'websocket';
      this.wsFailures = 0;
      this.online();
    });
    ws.addEventListener('message', (event) => {
      if (this.ws !== ws || typeof event.data !== 'string') return;
      try {
        this.receive(JSON.parse(event.data));
      } catch {
        /* not JSON: ignore */
      }
    });
    ws.addEventListener('close', (event) => {
      clearTimeout(openTimer);
      if (!opened) {
        if (upgrade) this.scheduleUpgrade();
        else if (!this.stopped) this.socketFailed();
        return;
      }
      if (this.ws !== ws) return;
      this.ws = null;
      if (event.code === CLOSE_UNAUTHORIZED) void this.renewUser();
      else if (event.code === CLOSE_REPLACED) this.park();
      else this.disconnected();
    });
  }

  private socketFailed(): void {
    this.wsFailures += 1;
    if (this.wsFailures >= WS_FAILURES_BEFORE_WEBHOOK) void this.openWebhook();
    else this.scheduleRetry();
  }

  /** Websocket is up: greet (hello / welcome_back), wait for the greeting's reply, then send the outbox. */
  private online(): void {
    const greeting: Greeting = this.opens === 0 ? this.o.firstGreeting : 'welcome_back';
    this.opens += 1;
    this.awaitingGreeting = true;
    this.setState('online');
    this.sendSocket({ type: greeting });
    this.greetingTimer = setTimeout(() => this.greeted(), GREETING_TIMEOUT_MS);
  }

  private greeted(): void {
    clearTimeout(this.greetingTimer);
    if (!this.awaitingGreeting) return;
    this.awaitingGreeting = false;
    // Reset the backoff only now: a server that accepts sockets and drops them at once must not cause a storm.
    this.attempt = 0;
    void this.drain();
  }

  /** Webhook "connection": the greeting doubles as the reachability probe. */
  private async openWebhook(): Promise<void> {
    const greeting: Greeting = this.opens === 0 ? this.o.firstGreeting : 'welcome_back';
    const result = await this.post({ type: greeting });
    if (this.stopped || this.ws) return;
    if (result.kind === 'failed') {
      this.scheduleRetry();
      return;
    }
    this.opens += 1;
    this.transport = 'webhook';
    this.attempt = 0;
    this.setState('online');
    if (result.kind === 'ok') for (const m of result.messages) this.o.hooks.message(m, true);
    this.scheduleUpgrade();
    void this.drain();
  }

  /** While on the webhook, try the websocket again now and then (30 s, doubling, at most every 5 min). */
  private scheduleUpgrade(): void {
    clearTimeout(this.upgradeTimer);
    if (typeof WebSocket !== 'function' || this.stopped) return;
    const delay = Math.min(300_000, 30_000 * 2 ** this.upgradeAttempt++);
    this.upgradeTimer = setTimeout(() => {
      if (!this.stopped && this.transport === 'webhook' && this.current === 'online') this.openSocket(true);
    }, delay);
  }

  /** The server refused the id: get a new one and start over as a newcomer. */
  private async renewUser(): Promise<void> {
    this.quiet();
    try {
      this.user = await this.o.renewUser();
      this.opens = 0;
      this.connect();
    } catch {
      this.scheduleRetry();
    }
  }

  /** Reconnecting would only take the id back from the newer connection, which would then do the same. */
  private park(): void {
    this.quiet();
    this.stopped = true;
    this.parked = true;
    this.setState('offline');
  }

  private quiet(): void {
    clearTimeout(this.greetingTimer);
    this.awaitingGreeting = false;
    this.settle(false);
    this.o.hooks.typing(false);
  }

  private disconnected(): void {
    clearTimeout(this.greetingTimer);
    this.awaitingGreeting = false;
    this.settle(false);
    this.o.hooks.typing(false);
    if (!this.stopped) this.scheduleRetry();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt++);
    this.setState('offline', delay);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private receive(value: unknown): void {
    const message = parseMessage(value);
    if (message === 'typing') {
      this.o.hooks.typing(true);
      return;
    }
    if (!message) return;
    if (this.awaitingGreeting) {
      this.o.hooks.message(message, true);
      this.greeted();
      return;
    }
    this.settle(true);
    this.o.hooks.message(message, false);
  }

  private settle(ok: boolean): void {
    this.ack?.(ok);
  }

  private sendSocket(payload: { type: string; text?: string }): boolean {
    try {
      this.ws?.send(JSON.stringify({ ...payload, user: this.user, channel: 'websocket' }));
      return !!this.ws;
    } catch {
      return false;
    }
  }

  private canSend(): boolean {
    return !this.stopped && this.current === 'online' && !this.awaitingGreeting;
  }

  private async drain(): Promise<void> {
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = true;
    try {
      do {
        this.drainAgain = false;
        await withLock(this.o.lockName, () => this.drainLocked());
      } while (this.drainAgain && this.canSend());
    } finally {
      this.draining = false;
    }
  }

  /** Runs under the cross-tab lock, re-reading the shared outbox each time. */
  private async drainLocked(): Promise<void> {
    while (this.canSend()) {
      const item = this.o.outbox.peek();
      if (!item) return;
      const outcome = await this.deliver(item);
      if (outcome === 'lost') return; // connection dropped: the item stays first in line
      this.o.outbox.remove(item.id);
      if (outcome === 'delivered') this.o.hooks.delivered(item.id);
      else this.o.hooks.rejected(item.id);
    }
  }

  private deliver(item: OutboxItem): Promise<Outcome> {
    if (this.transport === 'webhook') return this.deliverWebhook(item);
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.resolve('lost');
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        // No reply, but the socket is still up: the server has it. Resending could duplicate it.
        this.o.hooks.typing(false);
        this.settle(this.ws === ws && ws.readyState === WebSocket.OPEN);
      }, ACK_TIMEOUT_MS);
      this.ack = (ok) => {
        clearTimeout(timer);
        this.ack = null;
        resolve(ok ? 'delivered' : 'lost');
      };
      this.o.hooks.typing(true);
      if (!this.sendSocket({ type: 'message', text: item.text })) this.settle(false);
    });
  }

  private async deliverWebhook(item: OutboxItem): Promise<Outcome> {
    this.o.hooks.typing(true);
    const result = await this.post({ type: 'message', text: item.text });
    this.o.hooks.typing(false);
    if (result.kind === 'ok') {
      for (const m of result.messages) this.o.hooks.message(m, false);
      return 'delivered';
    }
    if (result.kind === 'rejected') return 'rejected';
    if (this.transport === 'webhook' && !this.stopped) this.disconnected();
    return 'lost';
  }

  /** Posts to the webhook; an id the server refuses is renewed once. */
  private async post(body: { type: string; text?: string }): Promise<PostResult> {
    const result = await this.postOnce(body);
    if (result.kind !== 'unauthorized') return result;
    try {
      this.user = await this.o.renewUser();
    } catch {
      return { kind: 'failed' };
    }
    const retried = await this.postOnce(body);
    return retried.kind === 'unauthorized' ? { kind: 'rejected' } : retried;
  }

  private async postOnce(body: { type: string; text?: string }): Promise<PostResult> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), WEBHOOK_TIMEOUT_MS);
    try {
      const res = await fetch(this.o.webhookUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, user: this.user, channel: 'webhook' }),
        credentials: 'omit',
        mode: 'cors',
        signal: abort.signal,
      });
      if (res.ok) {
        const data: unknown = await res.json().catch(() => []);
        const messages = (Array.isArray(data) ? data : [])
          .map(parseMessage)
          .filter((m): m is BotMessage => !!m && m !== 'typing');
        return { kind: 'ok', messages };
      }
      if (res.status === 401) return { kind: 'unauthorized' };
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) return { kind: 'rejected' };
      return { kind: 'failed' };
    } catch {
      return { kind: 'failed' };
    } finally {
      clearTimeout(timer);
    }
  }
}
