export type Mode = 'floating' | 'page';

export interface WidgetConfig {
  /** Origin of the bot server: the origin widget.js was loaded from, not the page's. */
  origin: string;
  wsUrl: string;
  webhookUrl: string;
  /** Where the visitor's signed id comes from. */
  sessionUrl: string;
  /** POST /api/feedback (votes on answers) and /api/forget (delete my conversation). */
  feedbackUrl: string;
  forgetUrl: string;
  title: string;
  accent: string | null;
  position: 'left' | 'right';
  openOnLoad: boolean;
  mode: Mode;
}

export const DEFAULT_TITLE = 'Microneedling assistant';

/** The <script> tag that loaded us; `currentScript` is null after the first run, so look it up by name as a fallback. */
export function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src]');
  for (let i = scripts.length - 1; i >= 0; i--) {
    if (/\/widget(\.min)?\.js([?#]|$)/.test(scripts[i].src)) return scripts[i];
  }
  return null;
}

function flag(value: string | undefined): boolean {
  return value !== undefined && !/^(false|0|no|off)$/i.test(value.trim());
}

export function readConfig(script: HTMLScriptElement | null): WidgetConfig {
  const base = script?.src ? new URL(script.src, location.href) : new URL(location.href);
  const origin = base.origin;
  const data = script?.dataset ?? {};
  const title = (data.title ?? '').trim().slice(0, 60) || DEFAULT_TITLE;
  return {
    origin,
    wsUrl: `${origin.replace(/^http/, 'ws')}/`,
    webhookUrl: `${origin}/api/messages`,
    sessionUrl: `${origin}/api/session`,
    feedbackUrl: `${origin}/api/feedback`,
    forgetUrl: `${origin}/api/forget`,
    title,
    accent: data.accent?.trim() || null,
    position: data.position?.trim().toLowerCase() === 'left' ? 'left' : 'right',
    openOnLoad: flag(data.open),
    mode: data.mode?.trim().toLowerCase() === 'page' ? 'page' : 'floating',
  };
}
