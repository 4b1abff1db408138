const ICONS: Record<string, string[]> = {
  chat: ['M20.5 11.6a8.4 8.4 0 0 1-12.2 7.5L3.5 20.5l1.4-4.6A8.4 8.4 0 1 1 20.5 11.6z', 'M8.5 10.5h7', 'M8.5 13.8h4.5'],
  close: ['M6 6l12 12', 'M18 6 6 18'],
  send: ['M5 12h13', 'M13 6l6 6-6 6'],
  sparkle: ['M12 3.5l1.9 5.1 5.1 1.9-5.1 1.9L12 17.5l-1.9-5.1L5 10.5l5.1-1.9z', 'M18.5 16v4', 'M16.5 18h4'],
  more: ['M6 12h.01', 'M12 12h.01', 'M18 12h.01'],
  up: ['M7 11v9H4v-9z', 'M7 11l4-7.5c1.4 0 2.3 1.1 2 2.5L12.5 9H18a2 2 0 0 1 2 2.3l-1.2 6.8A2.3 2.3 0 0 1 16.5 20H7'],
  down: ['M7 13V4H4v9z', 'M7 13l4 7.5c1.4 0 2.3-1.1 2-2.5L12.5 15H18a2 2 0 0 0 2-2.3l-1.2-6.8A2.3 2.3 0 0 0 16.5 4H7'],
};

export function icon(name: string, cls?: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  if (cls) svg.setAttribute('class', cls);
  for (const d of ICONS[name]) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
