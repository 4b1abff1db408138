import css from './widget.css';

/** Colours derived from the site owner's accent, validated before they reach the stylesheet. */
export interface Palette {
  accent: string;
  accentText: string;
  ring: string;
}

/** The widget's stylesheet: the palette first (dark mode overrides --ring later), then widget.css, minified at build. */
export function widgetCss(p: Palette): string {
  return `.root{--accent:${p.accent};--accent-text:${p.accentText};--ring:${p.ring}}${css}`;
}

/** Constructable stylesheets need no 'unsafe-inline'; a <style> element is the fallback for older browsers. */
export function applyStyles(root: ShadowRoot, text: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = text;
    root.appendChild(style);
  }
}
