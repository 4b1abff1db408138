import { OUTCOMES, Outcome, Report } from '../../insights/reportShape';

const SVG = 'http://www.w3.org/2000/svg';
const TOKEN_KEY = 'mnbot-admin-token';

/** One colour per outcome, each with at least 3:1 contrast against white. */
const COLOURS: Record<Outcome, string> = {
  answered: '#1f7a3a',
  not_covered: '#c2410c',
  out_of_scope: '#6d28d9',
  unclear: '#a16207',
  rate_limited: '#b91c1c',
  conversational: '#1f5fbf',
};

const LABELS: Record<Outcome, string> = {
  answered: 'Answered',
  not_covered: 'Not in the article',
  out_of_scope: 'Not about microneedling',
  unclear: 'Unclear',
  rate_limited: 'Rate limited',
  conversational: 'Conversational',
};

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function svgElement(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An SVG chart with a text alternative: role="img" and a title that states what it shows. */
function chart(width: number, height: number, summary: string): SVGElement {
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': summary });
  svg.appendChild(svgElement('title', {}, summary));
  return svg;
}

function stackedDays(report: Report): SVGElement {
  const days = report.outcomesByDay;
  const width = 960;
  const height = 260;
  const top = 10;
  const bottom = 40;
  const left = 40;
  const max = Math.max(1, ...days.map((d) => OUTCOMES.reduce((sum, o) => sum + d.counts[o], 0)));
  const summary =
    days.length === 0
      ? 'No questions in this period.'
      : `Questions per day, ${days[0].day} to ${days[days.length - 1].day}: ${days.map((d) => `${d.day} ${OUTCOMES.reduce((s, o) => s + d.counts[o], 0)}`).join(', ')}.`;
  const svg = chart(width, height, summary);
  const plot = height - top - bottom;
  svg.appendChild(svgElement('line', { x1: left, y1: top + plot, x2: width, y2: top + plot, stroke: '#8a93a6' }));
  svg.appendChild(svgElement('text', { x: left - 6, y: top + 10, 'text-anchor': 'end' }, String(max)));
  svg.appendChild(svgElement('text', { x: left - 6, y: top + plot, 'text-anchor': 'end' }, '0'));
  const slot = (width - left) / Math.max(days.length, 1);
  const barWidth = Math.min(48, slot * 0.7);
  days.forEach((d, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    let y = top + plot;
    for (const outcome of OUTCOMES) {
      const h = (d.counts[outcome] / max) * plot;
      if (h === 0) continue;
      y -= h;
      svg.appendChild(svgElement('rect', { x, y, width: barWidth, height: h, fill: COLOURS[outcome] }));
    }
    if (days.length <= 16 || i % Math.ceil(days.length / 16) === 0) {
      svg.appendChild(svgElement('text', { x: x + barWidth / 2, y: height - bottom + 18, 'text-anchor': 'middle' }, d.day.slice(5)));
    }
  });
  return svg;
}

function horizontalBars(rows: Array<{ label: string; value: number }>, colour: string, what: string): SVGElement {
  const width = 960;
  const rowHeight = 28;
  const labelWidth = 330;
  const height = Math.max(rowHeight, rows.length * rowHeight) + 4;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const summary = rows.length === 0 ? `No ${what} in this period.` : `${what}: ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}.`;
  const svg = chart(width, height, summary);
  rows.forEach((r, i) => {
    const y = i * rowHeight + 4;
    const label = r.label.length > 48 ? `${r.label.slice(0, 47)}…` : r.label;
    svg.appendChild(svgElement('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end' }, label));
    const w = ((width - labelWidth - 50) * r.value) / max;
    svg.appendChild(svgElement('rect', { x: labelWidth, y, width: Math.max(w, 2), height: rowHeight - 8, fill: colour, rx: 3 }));
    svg.appendChild(svgElement('text', { x: labelWidth + w + 6, y: y + 16 }, String(r.value)));
  });
  return svg;
}

function fill(list: HTMLElement, items: HTMLElement[], empty: string): void {
  list.replaceChildren(...(items.length > 0 ? items : [element('li', empty, 'empty')]));
}

function item(count: string, title: string, quotes: string[]): HTMLLIElement {
  const li = element('li');
  li.append(element('span', count, 'count'), ` ${title}`);
  for (const q of quotes) li.append(element('span', q, 'quote'));
  return li;
}

function render(report: Report): void {
  fill(
    byId('totals'),
    OUTCOMES.map((o) => {
      const li = element('li');
      const swatch = element('span', undefined, 'swatch');
      swatch.style.background = COLOURS[o];
      li.append(element('strong', String(report.totals[o])), swatch, LABELS[o]);
      return li;
    }),
    '',
  );
  byId('days-chart').replaceChildren(stackedDays(report));
  fill(
    byId('legend'),
    OUTCOMES.map((o) => {
      const li = element('li');
      const swatch = element('span', undefined, 'swatch');
      swatch.style.background = COLOURS[o];
      li.append(swatch, LABELS[o]);
      return li;
    }),
    '',
  );
  byId('uncovered-chart').replaceChildren(
    horizontalBars(
      report.uncovered.map((s) => ({ label: s.subject, value: s.count })),
      COLOURS.not_covered,
      'Questions per subject the article does not cover',
    ),
  );
  fill(
    byId('uncovered'),
    report.uncovered.map((s) =>
      item(
        String(s.count),
        s.subject,
        s.examples.map((e) => `“${e.question}”${e.count > 1 ? ` ×${e.count}` : ''}`),
      ),
    ),
    'Nothing asked that the article does not cover.',
  );
  const answerLabel = (a: Report['downVoted'][number]) => [a.intent, a.topic].filter(Boolean).join(' / ') || 'answer no longer in the log';
  byId('downvoted-chart').replaceChildren(
    horizontalBars(
      report.downVoted.map((a) => ({ label: answerLabel(a), value: a.down })),
      COLOURS.rate_limited,
      'Thumbs down per answer',
    ),
  );
  fill(
    byId('downvoted'),
    report.downVoted.map((a) =>
      item(`${a.down} down, ${a.up} up`, answerLabel(a), [
        ...(a.answer ? [a.answer] : []),
        ...a.questions.map((q) => `Asked: “${q}”`),
        ...a.comments.map((c) => `Looking for: “${c}”`),
      ]),
    ),
    'No answer has a thumbs down.',
  );
  fill(
    byId('unclear'),
    report.unclear.map((q) => item(String(q.count), `“${q.question}”`, [])),
    'No unclear questions.',
  );
  byId('report').hidden = false;
}

function status(text: string, error = false): void {
  const node = byId('status');
  node.textContent = text;
  node.classList.toggle('error', error);
}

async function request(path: string): Promise<Response | undefined> {
  const token = byId<HTMLInputElement>('token').value.trim();
  const since = byId<HTMLSelectElement>('since').value;
  const response = await fetch(`${path}?since=${encodeURIComponent(since)}`, { headers: { Authorization: `Bearer ${token}` } });
  if (response.status === 401) status('That token is not right.', true);
  else if (response.status === 429) status('Too many attempts: wait a few minutes.', true);
  else if (!response.ok) status(`The report could not be loaded (HTTP ${response.status}).`, true);
  else {
    sessionStorage.setItem(TOKEN_KEY, token);
    return response;
  }
  return undefined;
}

async function load(): Promise<void> {
  status('Loading…');
  const response = await request('/admin/api/report');
  if (!response) return;
  const report = (await response.json()) as Report;
  render(report);
  byId<HTMLButtonElement>('csv').disabled = false;
  status(`Report since ${report.since.slice(0, 16).replace('T', ' ')} UTC, generated ${report.generatedAt.slice(11, 16)} UTC.`);
}

async function downloadCsv(): Promise<void> {
  const response = await request('/admin/api/report.csv');
  if (!response) return;
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'question-report.csv';
  const url = URL.createObjectURL(await response.blob());
  const link = element('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const failed = (error: unknown) => status(`The report could not be loaded: ${error instanceof Error ? error.message : String(error)}`, true);

byId<HTMLFormElement>('load').addEventListener('submit', (event) => {
  event.preventDefault();
  load().catch(failed);
});
byId('csv').addEventListener('click', () => void downloadCsv().catch(failed));
const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved) {
  byId<HTMLInputElement>('token').value = saved;
  load().catch(failed);
}
