import DOMPurify from 'dompurify';
import { BULLET, INLINE } from '../protocol/markdown';

/**
 * Bot text → safe HTML. A tiny renderer for the only Markdown the bot may use (emphasis, "- " bullet
 * lists, http(s) and mailto links), escaping everything else, then DOMPurify with a strict allow-list as a second line.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function link(url: string, labelHtml: string): string {
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${labelHtml}</a>`;
}

function inline(text: string, links = true): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const index = m.index ?? 0;
    out += escapeHtml(text.slice(last, index));
    last = index + m[0].length;
    if (m[1] !== undefined) out += links ? link(m[2], inline(m[1], false)) : inline(m[1], false);
    else if (m[3] !== undefined) out += links ? link(m[3], escapeHtml(m[3])) : escapeHtml(m[3]);
    else if (m[4] !== undefined) out += `<strong>${inline(m[4], links)}</strong>`;
    else out += `<em>${inline(m[5], links)}</em>`;
  }
  return out + escapeHtml(text.slice(last));
}

/** Markdown subset → HTML string (not yet sanitised). */
export function markdownToHtml(text: string): string {
  const html: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let para: string[] = [];
    let items: string[] = [];
    const flushPara = () => {
      if (para.length) html.push(`<p>${para.map((l) => inline(l)).join('<br>')}</p>`);
      para = [];
    };
    const flushList = () => {
      if (items.length) html.push(`<ul>${items.map((l) => `<li>${inline(l)}</li>`).join('')}</ul>`);
      items = [];
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (BULLET.test(line)) {
        flushPara();
        items.push(line.slice(2).trim());
      } else {
        flushList();
        para.push(line);
      }
    }
    flushPara();
    flushList();
  }
  return html.join('');
}

let hooked = false;

/** Renders bot text into a sanitised fragment, ready to append: never touches innerHTML of the live DOM. */
export function renderBotText(text: string): DocumentFragment {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(markdownToHtml(text), {
    ALLOWED_TAGS: ['p', 'br', 'em', 'strong', 'ul', 'li', 'a'],
    ALLOWED_ATTR: ['href', 'target', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:\/\/|mailto:)/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
