import type { WidgetConfig } from './config';
import { el, icon } from './dom';
import { feedbackControls, FeedbackHandlers, showVote } from './feedback';
import type { StateInfo } from './link';
import { renderBotText } from './markdown';
import { optionsMenu } from './menu';
import { makePalette } from './palette';
import type { Entry, QuickReply } from './storage';
import { applyStyles, widgetCss } from './styles';

export interface ViewHandlers extends FeedbackHandlers {
  send(text: string): void;
  forget(): void;
  opened(): void;
  closed(): void;
  retry(): void;
}

export const HOST_TAG = 'microneedling-chat';
const MAX_INPUT = 1000;
const FULLSCREEN = '(max-width: 480px)';

/** All DOM of the widget, inside an open shadow root. User and server text only ever reach it as text nodes or sanitised fragments. */
export class ChatView {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly root: HTMLDivElement;
  private readonly launcher: HTMLButtonElement | null = null;
  private readonly badge: HTMLSpanElement | null = null;
  private readonly panel: HTMLDivElement;
  private readonly status: HTMLDivElement;
  private readonly statusText: HTMLSpanElement;
  private readonly retry: HTMLButtonElement;
  private readonly log: HTMLDivElement;
  private readonly typingEl: HTMLDivElement;
  private readonly quick: HTMLDivElement;
  private readonly input: HTMLInputElement;
  private readonly rendered = new Map<string, HTMLElement>();
  private readonly floating: boolean;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private connection: StateInfo | null = null;
  private quickFor: string | null = null;
  isOpen = false;

  constructor(
    private readonly cfg: WidgetConfig,
    private readonly handlers: ViewHandlers,
  ) {
    this.floating = cfg.mode === 'floating';
    this.host = document.createElement(HOST_TAG);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    applyStyles(this.shadow, widgetCss(makePalette(cfg.accent)));
    this.root = el('div', `root ${cfg.position} ${cfg.mode}`);

    if (this.floating) {
      this.launcher = el('button', 'launcher', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'panel' });
      this.badge = el('span', 'badge', { 'aria-hidden': 'true' });
      this.badge.hidden = true;
      this.launcher.append(icon('chat', 'icon-chat'), icon('close', 'icon-close'), this.badge);
      this.launcher.addEventListener('click', () => (this.isOpen ? this.close(true) : this.open(true)));
      this.root.appendChild(this.launcher);
    }

    this.panel = el('div', 'panel', { id: 'panel', role: this.floating ? 'dialog' : 'region', 'aria-labelledby': 'title' });
    const header = el('div', 'header');
    const avatar = el('div', 'avatar');
    avatar.appendChild(icon('sparkle'));
    const heading = el('div', 'heading');
    this.status = el('div', 'status state-connecting');
    this.statusText = el('span', 'status-text', { role: 'status' }, '');
    this.retry = el('button', 'retry', { type: 'button' }, 'Retry now');
    this.retry.hidden = true;
    this.retry.addEventListener('click', () => this.handlers.retry());
    this.status.append(el('span', 'dot', { 'aria-hidden': 'true' }), this.statusText, this.retry);
    heading.append(el('h2', 'title', { id: 'title' }, cfg.title), this.status);
    const close = el('button', 'icon-btn close', { type: 'button', 'aria-label': 'Close chat' });
    close.appendChild(icon('close'));
    close.addEventListener('click', () => this.close(true));
    header.append(
      avatar,
      heading,
      optionsMenu(() => this.handlers.forget()),
      close,
    );

    this.log = el('div', 'log', { role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
    this.typingEl = el('div', 'typing', { 'aria-hidden': 'true' });
    this.typingEl.append(el('i'), el('i'), el('i'));
    this.typingEl.hidden = true;
    this.log.appendChild(this.typingEl);

    this.quick = el('div', 'quick', { role: 'group', 'aria-label': 'Suggested questions' });
    this.quick.hidden = true;

    const form = el('form', 'composer', { novalidate: '' });
    const row = el('div', 'row');
    const label = el('label', 'sr-only', { for: 'input' }, 'Your question about microneedling');
    this.input = el('input', 'input', {
      id: 'input',
      type: 'text',
      autocomplete: 'off',
      enterkeyhint: 'send',
      maxlength: String(MAX_INPUT),
      placeholder: 'Ask a question…',
    });
    const send = el('button', 'send', { type: 'submit', 'aria-label': 'Send message' });
    send.appendChild(icon('send'));
    row.append(label, this.input, send);
    form.append(row, el('p', 'note', {}, 'Answers come from one article. General information, not medical advice.'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = '';
      this.handlers.send(text);
    });

    this.panel.append(header, this.log, this.quick, form);
    this.root.appendChild(this.panel);
    this.shadow.appendChild(this.root);
    this.shadow.addEventListener('keydown', (event) => this.onKeydown(event as KeyboardEvent));
    this.setUnread(0);
    if (!this.floating) this.isOpen = true;
  }

  mount(): void {
    const parent = this.floating ? document.body : (document.querySelector('main') ?? document.body);
    parent.appendChild(this.host);
  }

  open(focus: boolean): void {
    if (!this.floating || this.isOpen) return;
    this.isOpen = true;
    this.root.classList.add('open');
    this.launcher?.setAttribute('aria-expanded', 'true');
    this.setUnread(0);
    this.scrollToEnd();
    if (focus) this.input.focus();
    this.handlers.opened();
  }

  close(returnFocus: boolean): void {
    if (!this.floating || !this.isOpen) return;
    this.isOpen = false;
    this.root.classList.remove('open');
    this.launcher?.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.launcher?.focus();
    this.handlers.closed();
  }

  setUnread(count: number): void {
    if (!this.launcher || !this.badge) return;
    this.badge.hidden = count === 0;
    this.badge.textContent = count > 9 ? '9+' : String(count);
    const base = this.isOpen ? 'Close chat' : `Open chat with ${this.cfg.title}`;
    this.launcher.setAttribute('aria-label', count > 0 && !this.isOpen ? `${base}, ${count} new message${count > 1 ? 's' : ''}` : base);
  }

  /** Brings the DOM in line with the transcript: appends new entries, drops pruned ones, updates statuses. */
  sync(entries: Entry[]): void {
    const ids = new Set(entries.map((e) => e.id));
    for (const [id, node] of this.rendered) {
      if (!ids.has(id)) {
        node.remove();
        this.rendered.delete(id);
      }
    }
    let botAdded = false;
    let added = false;
    for (const entry of entries) {
      let node = this.rendered.get(entry.id);
      if (!node) {
        node = this.renderEntry(entry);
        this.log.insertBefore(node, this.typingEl);
        this.rendered.set(entry.id, node);
        added = true;
        botAdded ||= entry.from === 'bot';
      }
      this.renderStatus(node, entry);
    }
    if (botAdded) this.setTyping(false);
    const last = entries[entries.length - 1];
    this.renderQuickReplies(last && last.from === 'bot' ? last : null);
    if (added) this.scrollToEnd();
  }

  setTyping(on: boolean): void {
    clearTimeout(this.typingTimer);
    this.typingEl.hidden = !on;
    if (on) {
      this.log.appendChild(this.typingEl);
      this.scrollToEnd();
      this.typingTimer = setTimeout(() => this.setTyping(false), 12_000);
    }
  }

  setConnection(info: StateInfo, entries: Entry[]): void {
    this.connection = info;
    this.status.className = `status state-${info.state}`;
    this.statusText.textContent = info.state === 'online' ? 'Online' : info.state === 'connecting' ? 'Connecting…' : 'Offline, reconnecting…';
    this.retry.hidden = info.state !== 'offline';
    for (const entry of entries) {
      const node = this.rendered.get(entry.id);
      if (node) this.renderStatus(node, entry);
    }
  }

  private renderEntry(entry: Entry): HTMLElement {
    const wrap = el('div', `msg ${entry.from}`);
    const bubble = el('div', 'bubble');
    bubble.appendChild(el('span', 'sr-only', {}, entry.from === 'bot' ? 'Assistant: ' : 'You: '));
    if (entry.from === 'bot') bubble.appendChild(renderBotText(entry.text));
    else bubble.appendChild(document.createTextNode(entry.text));
    const meta = el('div', 'meta');
    meta.hidden = true;
    wrap.append(bubble, meta);
    if (entry.replyId && !entry.greeting) wrap.appendChild(feedbackControls(entry, this.handlers));
    return wrap;
  }

  private renderStatus(node: HTMLElement, entry: Entry): void {
    const votes = node.querySelector<HTMLElement>('.feedback');
    if (votes) showVote(votes, entry);
    const meta = node.querySelector<HTMLElement>('.meta');
    if (!meta) return;
    node.classList.toggle('queued', entry.status === 'queued');
    node.classList.toggle('failed', entry.status === 'failed');
    let text = '';
    if (entry.status === 'failed') text = 'Not delivered: the assistant could not accept this message.';
    else if (entry.status === 'queued') text = this.connection?.state === 'online' ? 'Sending…' : 'Waiting for connection, will send automatically';
    meta.hidden = !text;
    meta.textContent = text;
  }

  private renderQuickReplies(entry: Entry | null): void {
    const replies: QuickReply[] = entry?.quickReplies ?? [];
    const key = entry && replies.length ? entry.id : null;
    if (key === this.quickFor) return;
    this.quickFor = key;
    this.quick.replaceChildren();
    this.quick.hidden = !key;
    for (const reply of replies) {
      const chip = el('button', 'chip', { type: 'button' }, reply.title);
      chip.addEventListener('click', () => {
        this.handlers.send(reply.payload);
        this.input.focus();
      });
      this.quick.appendChild(chip);
    }
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!this.floating || !this.isOpen) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close(true);
      return;
    }
    // Full-screen on a phone: the page behind is covered, so keep Tab inside the panel.
    if (event.key === 'Tab' && window.matchMedia(FULLSCREEN).matches) {
      const focusable = Array.from(this.panel.querySelectorAll<HTMLElement>('button, input, a[href], [tabindex="0"]')).filter(
        (n) => !n.hidden && n.getClientRects().length > 0,
      );
      if (!focusable.length) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = this.shadow.activeElement;
      if (event.shiftKey && (active === first || !active)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }
}
