import { findOwnScript, readConfig, WidgetConfig } from './config';
import { Connection } from './connection';
import type { BotMessage, StateInfo } from './link';
import { acquireUserId, renewUserId } from './identity';
import { Outbox, randomId, Rating, Store, Transcript } from './storage';
import { ChatView } from './view';

/** A welcome-back greeting is shown only after this much silence; otherwise a reload would add one each time. */
const GREETING_AFTER_MS = 30 * 60 * 1000;
/** While the server cannot issue an id, how long to wait before asking again. */
const IDENTITY_RETRY_MS = 3_000;

class Widget {
  private readonly local: Store;
  private readonly session: Store;
  private readonly transcript: Transcript;
  private readonly outbox: Outbox;
  private readonly view: ChatView;
  private connection: Connection | null = null;
  private connecting = false;
  private unread = 0;
  private state: StateInfo = { state: 'connecting', transport: 'websocket' };

  constructor(private readonly cfg: WidgetConfig) {
    // Namespaced by bot origin: the storage belongs to the host page's origin, which may embed other widgets.
    const prefix = `mnchat:${cfg.origin}:`;
    this.local = new Store(prefix, 'localStorage');
    this.session = new Store(prefix, 'sessionStorage');
    this.transcript = new Transcript(this.local);
    this.outbox = new Outbox(this.local);
    this.view = new ChatView(cfg, {
      send: (text) => this.send(text),
      opened: () => {
        this.unread = 0;
        this.session.write('open', true);
        void this.connect();
      },
      closed: () => this.session.write('open', false),
      retry: () => this.connection?.retryNow(),
      vote: (entryId, rating, comment) => this.vote(entryId, rating, comment),
      forget: () => void this.forget(),
    });
  }

  init(): void {
    this.view.mount();
    this.view.sync(this.transcript.all());
    this.view.setConnection(this.state, []);
    const wasOpen = this.session.read<boolean>('open', false);
    if (this.cfg.mode === 'page' || this.cfg.openOnLoad || wasOpen) {
      this.view.open(false);
      void this.connect();
    } else if (this.outbox.all().length > 0) {
      void this.connect(); // something typed earlier still waits to be sent
    }

    window.addEventListener('storage', (event) => {
      if (event.key === this.local.key('transcript')) this.view.sync(this.transcript.all());
    });
    window.addEventListener('online', () => this.connection?.retryNow());
    window.addEventListener('offline', () => this.connection?.networkLost());
    // Close the socket before the page goes, so the server forgets it before the next page connects.
    window.addEventListener('pagehide', () => this.connection?.stop());
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.connection?.start();
    });
  }

  private async connect(): Promise<void> {
    if (this.connection || this.connecting) return;
    this.connecting = true;
    let identity;
    try {
      identity = await acquireUserId(this.local, this.cfg.sessionUrl);
    } catch {
      // The server is unreachable: try again shortly; what the visitor typed waits in the outbox.
      this.connecting = false;
      this.view.setConnection({ state: 'offline', transport: 'websocket', retryInMs: IDENTITY_RETRY_MS }, this.transcript.all());
      setTimeout(() => void this.connect(), IDENTITY_RETRY_MS);
      return;
    }
    this.connection = new Connection({
      wsUrl: this.cfg.wsUrl,
      webhookUrl: this.cfg.webhookUrl,
      user: identity.id,
      renewUser: () => renewUserId(this.local, this.cfg.sessionUrl),
      // An id that never heard from the bot (first attempts failed, page reloaded) is still a newcomer.
      firstGreeting: identity.isNew || !this.transcript.all().some((e) => e.from === 'bot') ? 'hello' : 'welcome_back',
      outbox: this.outbox,
      lockName: `mnchat-outbox:${this.cfg.origin}`,
      hooks: {
        message: (message, greeting) => this.receive(message, greeting),
        typing: (on) => this.view.setTyping(on),
        state: (info) => {
          this.state = info;
          this.view.setConnection(info, this.transcript.all());
        },
        delivered: (id) => this.setStatus(id, undefined),
        rejected: (id) => this.setStatus(id, 'failed'),
      },
    });
    this.connecting = false;
    this.connection.start();
  }

  private send(text: string): void {
    const id = randomId('m-');
    this.transcript.append({ id, from: 'user', text, at: Date.now(), status: 'queued' });
    this.outbox.add({ id, text });
    this.view.sync(this.transcript.all());
    if (this.connection) this.connection.kick();
    else void this.connect();
  }

  private receive(message: BotMessage, greeting: boolean): void {
    const entries = this.transcript.all();
    const last = entries[entries.length - 1];
    if (greeting) {
      // Show the greeting to newcomers and after a long pause; a fresh greeting replaces a stale one.
      const hasBot = entries.some((e) => e.from === 'bot');
      const quiet = !last || Date.now() - last.at > GREETING_AFTER_MS;
      if (hasBot && !quiet && !last?.greeting) return;
      if (last?.greeting) this.transcript.remove(last.id);
    }
    this.transcript.append({
      id: randomId('b-'),
      from: 'bot',
      text: message.text,
      at: Date.now(),
      quickReplies: message.quickReplies,
      ...(message.replyId ? { replyId: message.replyId } : {}),
      ...(greeting ? { greeting: true } : {}),
    });
    if (!this.view.isOpen && !greeting) this.view.setUnread(++this.unread);
    this.view.sync(this.transcript.all());
  }

  /** Shows the vote at once and sends it; a vote that cannot be sent is not worth bothering the visitor with. */
  private vote(entryId: string, rating: Rating, comment?: string): void {
    const entry = this.transcript.all().find((e) => e.id === entryId);
    const user = this.local.read<unknown>('user', null);
    if (!entry?.replyId || typeof user !== 'string') return;
    this.transcript.update(entryId, { vote: rating, commented: comment !== undefined });
    this.view.sync(this.transcript.all());
    post(this.cfg.feedbackUrl, { user, reply: entry.replyId, rating, ...(comment ? { comment } : {}) }).catch(() => undefined);
  }

  /** Deletes the conversation on the server, then here: transcript, outbox and id (the next message starts afresh). */
  private async forget(): Promise<void> {
    const user = this.local.read<unknown>('user', null);
    const deleted =
      typeof user !== 'string' ||
      (await post(this.cfg.forgetUrl, { user }).then(
        (res) => res.ok,
        () => false,
      ));
    if (deleted) {
      this.connection?.stop();
      this.connection = null;
      this.transcript.clear();
      this.outbox.clear();
      this.local.write('user', null);
    }
    const text = deleted ? 'Your conversation was deleted.' : 'Your conversation could not be deleted right now. Please try again.';
    this.transcript.append({ id: randomId('b-'), from: 'bot', text, at: Date.now() });
    this.view.sync(this.transcript.all());
  }

  private setStatus(id: string, status: 'failed' | undefined): void {
    this.transcript.update(id, { status });
    this.view.sync(this.transcript.all());
  }
}

function post(url: string, body: object): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit', mode: 'cors' });
}

function boot(): void {
  const key = Symbol.for('microneedling-chat-widget');
  const w = window as unknown as Record<symbol, boolean>;
  if (w[key]) return; // the snippet was pasted twice
  w[key] = true;
  const cfg = readConfig(script);
  const start = () => new Widget(cfg).init();
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

// currentScript is only set while this file first runs, so read it now.
const script = findOwnScript();
boot();
