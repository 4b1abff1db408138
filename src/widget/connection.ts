import { ClientFrame, CLOSE_REPLACED, CLOSE_UNAUTHORIZED } from '../protocol/web';
import { backoffDelay } from '../protocol/backoff';
import { ACK_TIMEOUT_MS, BACKOFF, ConnectionOptions, ConnectionState, GREETING_TIMEOUT_MS, Greeting, Transport, WS_FAILURES_BEFORE_WEBHOOK } from './link';
import { Outcome, OutboxSender } from './outboxSender';
import { openSocket } from './socket';
import type { OutboxItem } from './storage';
import { parseMessage, PostResult, postFrame } from './webhook';

type Frame = Pick<ClientFrame, 'type' | 'text' | 'id'>;

/**
 * Talks to the bot: websocket first, webhook when websockets do not work. Reconnects with capped,
 * jittered exponential backoff. Sends the outbox one message at a time, in order: an item leaves the
 * outbox only once the server answered it (or took it without answer over a live socket), so nothing
 * typed is lost. Each message carries its outbox id: a resend after a reconnect gets the first delivery's
 * replies from the server instead of a second turn.
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
  private readonly sender: OutboxSender;
  private ack: ((ok: boolean) => void) | null = null;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private upgradeTimer?: ReturnType<typeof setTimeout>;
  private greetingTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly o: ConnectionOptions) {
    this.transport = typeof WebSocket === 'function' ? 'websocket' : 'webhook';
    this.user = o.user;
    this.sender = new OutboxSender(
      o,
      () => this.canSend(),
      (item) => this.deliver(item),
    );
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
    const ws = this.ws;
    this.ws = null;
    this.quiet();
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
    void this.sender.drain();
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
    const failed = () => {
      if (upgrade) this.scheduleUpgrade();
      else if (!this.stopped) this.socketFailed();
    };
    openSocket(this.o.wsUrl, {
      open: (ws) => {
        if (this.stopped) return ws.close(1000);
        clearTimeout(this.upgradeTimer);
        this.ws = ws;
        this.transport = 'websocket';
        this.wsFailures = 0;
        this.online();
      },
      frame: (ws, value) => {
        if (this.ws === ws) this.receive(value);
      },
      failed,
      closed: (ws, code) => {
        if (this.ws !== ws) return;
        this.ws = null;
        if (code === CLOSE_UNAUTHORIZED) void this.renewUser();
        else if (code === CLOSE_REPLACED) this.park();
        else this.disconnected();
      },
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
    void this.sender.drain();
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
    void this.sender.drain();
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
    this.quiet();
    if (!this.stopped) this.scheduleRetry();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt++, BACKOFF);
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

  private sendSocket(frame: Frame): boolean {
    try {
      const sent: ClientFrame = { ...frame, user: this.user, channel: 'websocket' };
      this.ws?.send(JSON.stringify(sent));
      return !!this.ws;
    } catch {
      return false;
    }
  }

  private canSend(): boolean {
    return !this.stopped && this.current === 'online' && !this.awaitingGreeting;
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
      if (!this.sendSocket({ type: 'message', text: item.text, id: item.id })) this.settle(false);
    });
  }

  private async deliverWebhook(item: OutboxItem): Promise<Outcome> {
    this.o.hooks.typing(true);
    const result = await this.post({ type: 'message', text: item.text, id: item.id });
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
  private async post(frame: Frame): Promise<PostResult> {
    const postOnce = () => postFrame(this.o.webhookUrl, { ...frame, user: this.user, channel: 'webhook' });
    const result = await postOnce();
    if (result.kind !== 'unauthorized') return result;
    try {
      this.user = await this.o.renewUser();
    } catch {
      return { kind: 'failed' };
    }
    const retried = await postOnce();
    return retried.kind === 'unauthorized' ? { kind: 'rejected' } : retried;
  }
}
