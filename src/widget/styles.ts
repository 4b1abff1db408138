/** Colours derived from the site owner's accent, validated before they reach the stylesheet. */
export interface Palette {
  accent: string;
  accentText: string;
  ring: string;
}

const FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Inter, "Helvetica Neue", Arial, system-ui, sans-serif';

/**
 * The widget's whole stylesheet. Everything lives in the shadow root; `:host` resets the host element
 * with `!important`, which in the cascade beats even `!important` rules of the page.
 * Only px units: rem would follow the page's root font size.
 */
export function widgetCss(p: Palette): string {
  return `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  z-index: 2147483000 !important;
  inset: auto !important;
  width: 0 !important;
  height: 0 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  pointer-events: auto !important;
  --accent: ${p.accent};
  --accent-text: ${p.accentText};
  --ring: ${p.ring};
  --bg: #ffffff;
  --surface: #f3f1f4;
  --text: #1f1d24;
  --muted: #5b5866;
  --border: #e4e0e7;
  --ok: #1a7f4b;
  --warn: #9a5b00;
  --shadow: 0 18px 50px rgba(31, 20, 40, 0.22), 0 3px 10px rgba(31, 20, 40, 0.12);
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :host {
    --bg: #1c1b22;
    --surface: #2b2933;
    --text: #f1eff4;
    --muted: #b4b0bd;
    --border: #3a3742;
    --ok: #5fd39a;
    --warn: #f0b35a;
    --ring: #f1eff4;
    --shadow: 0 18px 50px rgba(0, 0, 0, 0.55), 0 3px 10px rgba(0, 0, 0, 0.4);
    color-scheme: dark;
  }
}
*, *::before, *::after { box-sizing: border-box; }
.root {
  font-family: ${FONT};
  font-size: 15px;
  line-height: 1.45;
  font-weight: 400;
  font-style: normal;
  letter-spacing: normal;
  text-align: left;
  text-transform: none;
  color: var(--text);
  -webkit-font-smoothing: antialiased;
}
button, input { font: inherit; color: inherit; letter-spacing: inherit; margin: 0; }
button { cursor: pointer; }
svg { display: block; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
:focus { outline: none; }
:focus-visible { outline: 3px solid var(--ring); outline-offset: 2px; }

/* Launcher */
.launcher {
  position: fixed; bottom: 24px; right: 24px; left: auto;
  width: 60px; height: 60px; padding: 0;
  display: flex; align-items: center; justify-content: center;
  border: 0; border-radius: 50%;
  background: var(--accent); color: var(--accent-text);
  box-shadow: 0 10px 28px rgba(31, 20, 40, 0.28), 0 2px 6px rgba(31, 20, 40, 0.18);
  transition: transform 160ms ease, box-shadow 160ms ease;
}
.left .launcher { left: 24px; right: auto; }
.launcher:hover { transform: translateY(-2px) scale(1.03); }
.launcher:focus-visible { outline-offset: 4px; }
.launcher svg { width: 28px; height: 28px; }
.launcher .icon-close { display: none; }
.open .launcher .icon-chat { display: none; }
.open .launcher .icon-close { display: block; }
.badge {
  position: absolute; top: -2px; right: -2px; min-width: 20px; height: 20px; padding: 0 6px;
  border-radius: 10px; background: #d93025; color: #fff; border: 2px solid #fff;
  font-size: 11px; font-weight: 700; line-height: 16px; text-align: center;
}
.badge[hidden] { display: none; }

/* Panel */
.panel {
  position: fixed; bottom: 100px; right: 24px; left: auto;
  width: 380px; height: 620px; max-height: calc(100vh - 124px);
  display: flex; flex-direction: column;
  background: var(--bg); color: var(--text);
  border: 1px solid var(--border); border-radius: 18px;
  box-shadow: var(--shadow);
  overflow: hidden;
  visibility: hidden; opacity: 0; transform: translateY(12px) scale(0.98); transform-origin: bottom right;
  transition: opacity 180ms ease, transform 180ms ease, visibility 0s linear 180ms;
}
.left .panel { left: 24px; right: auto; transform-origin: bottom left; }
.open .panel { visibility: visible; opacity: 1; transform: none; transition: opacity 180ms ease, transform 180ms ease, visibility 0s; }
.page .panel {
  position: fixed; inset: 0; margin: 0 auto; width: 100%; max-width: 820px; height: 100%; max-height: none;
  border-radius: 0; border-top: 0; border-bottom: 0; box-shadow: none;
  visibility: visible; opacity: 1; transform: none; transition: none;
}

.header {
  display: flex; align-items: center; gap: 12px;
  padding: 14px 14px 14px 16px;
  background: var(--accent); color: var(--accent-text);
}
.avatar {
  flex: none; width: 38px; height: 38px; border-radius: 50%;
  display: flex; align-items: center; justify-content: center;
  background: rgba(255, 255, 255, 0.2);
}
.avatar svg { width: 22px; height: 22px; }
.heading { flex: 1; min-width: 0; }
.title { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.25; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.status { display: flex; align-items: center; gap: 6px; font-size: 12.5px; line-height: 1.3; opacity: 0.95; min-height: 17px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #d0d0d0; flex: none; box-shadow: 0 0 0 2px rgba(255, 255, 255, 0.35); }
.state-online .dot { background: #3ddc84; }
.state-connecting .dot { background: #ffd166; }
.state-offline .dot { background: #ff8a80; }
.retry {
  border: 0; background: transparent; padding: 0 2px; border-radius: 4px;
  color: inherit; text-decoration: underline; font-size: 12.5px; font-weight: 600;
}
.retry[hidden] { display: none; }
.icon-btn {
  flex: none; width: 36px; height: 36px; padding: 0; border: 0; border-radius: 10px;
  display: flex; align-items: center; justify-content: center;
  background: transparent; color: inherit;
}
.icon-btn:hover { background: rgba(255, 255, 255, 0.16); }
.icon-btn svg { width: 20px; height: 20px; }
.header :focus-visible { outline-color: var(--accent-text); }
.page .close { display: none; }

.scroller {
  flex: 1; min-height: 0; overflow-y: auto; overscroll-behavior: contain;
  padding: 18px 16px 8px;
  scroll-behavior: smooth;
}
.log { display: flex; flex-direction: column; gap: 10px; }
.msg { display: flex; flex-direction: column; max-width: 86%; }
.msg.bot { align-self: flex-start; align-items: flex-start; }
.msg.user { align-self: flex-end; align-items: flex-end; }
.bubble {
  padding: 10px 14px; border-radius: 16px;
  overflow-wrap: anywhere; word-break: normal;
}
.bot .bubble { background: var(--surface); color: var(--text); border-bottom-left-radius: 5px; }
.user .bubble { background: var(--accent); color: var(--accent-text); border-bottom-right-radius: 5px; white-space: pre-wrap; }
.bubble p { margin: 0; }
.bubble p + p, .bubble p + ul, .bubble ul + p { margin-top: 8px; }
.bubble ul { margin: 6px 0 0; padding-left: 20px; }
.bubble li + li { margin-top: 3px; }
.bubble a { color: inherit; text-decoration: underline; text-underline-offset: 2px; font-weight: 600; }
.bubble strong { font-weight: 700; }
.bubble em { font-style: italic; }
.meta { margin-top: 4px; font-size: 12px; color: var(--muted); }
.meta[hidden] { display: none; }
.failed .meta { color: #c5221f; }
.queued .bubble { opacity: 0.78; }

.typing {
  display: inline-flex; align-items: center; gap: 4px; margin-top: 10px;
  padding: 12px 14px; border-radius: 16px; border-bottom-left-radius: 5px; background: var(--surface);
}
.typing[hidden] { display: none; }
.typing i { display: block; width: 7px; height: 7px; border-radius: 50%; background: var(--muted); animation: blink 1.2s infinite ease-in-out; }
.typing i:nth-child(2) { animation-delay: 0.15s; }
.typing i:nth-child(3) { animation-delay: 0.3s; }
@keyframes blink { 0%, 80%, 100% { opacity: 0.3; transform: translateY(0); } 40% { opacity: 1; transform: translateY(-3px); } }

.quick { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.quick[hidden] { display: none; }
.chip {
  border: 1.5px solid var(--accent); background: var(--bg); color: var(--text);
  padding: 7px 13px; border-radius: 999px; font-size: 13.5px; font-weight: 600; line-height: 1.2;
  transition: background 120ms ease, color 120ms ease;
}
.chip:hover { background: var(--accent); color: var(--accent-text); }

.composer { border-top: 1px solid var(--border); padding: 10px 12px 8px; background: var(--bg); }
.row { display: flex; gap: 8px; align-items: center; }
.input {
  flex: 1; min-width: 0; height: 44px; padding: 0 14px;
  border: 1.5px solid var(--border); border-radius: 12px;
  background: var(--bg); color: var(--text); font-size: 15px;
}
.input::placeholder { color: var(--muted); opacity: 1; }
.input:focus-visible { outline: 3px solid var(--ring); outline-offset: 1px; border-color: transparent; }
.send {
  flex: none; width: 44px; height: 44px; padding: 0; border: 0; border-radius: 12px;
  display: flex; align-items: center; justify-content: center;
  background: var(--accent); color: var(--accent-text);
}
.send svg { width: 20px; height: 20px; }
.note { margin: 7px 2px 0; font-size: 11.5px; line-height: 1.3; color: var(--muted); text-align: center; }

@media (max-width: 480px) {
  .panel {
    inset: 0; width: 100%; height: 100%; max-height: none;
    border-radius: 0; border: 0; transform-origin: bottom center;
  }
  .left .panel { left: 0; }
  .open .launcher { display: none; }
  .launcher { bottom: 16px; right: 16px; }
  .left .launcher { left: 16px; }
}
@supports (height: 100dvh) {
  @media (max-width: 480px) { .panel { height: 100dvh; } }
  .page .panel { height: 100dvh; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
  .launcher:hover { transform: none; }
}
@media (forced-colors: active) {
  .bubble, .chip, .input, .panel { border: 1px solid CanvasText; }
}
`;
}

/** Constructable stylesheets need no 'unsafe-inline'; a <style> element is the fallback for older browsers. */
export function applyStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
}
