/** A small hand-rolled SVG line chart (categorical x, log-scale y), so the benchmark needs no charting library. */

export interface ChartSeries {
  name: string;
  values: number[];
  colour: string;
  dashed: boolean;
}

export interface LineChart {
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Category indexes that start a new group (another kind of load): lines do not join across a group boundary. */
  groupStarts?: number[];
}

const WIDTH = 720;
const HEIGHT = 400;
const MARGIN = { top: 48, right: 150, bottom: 56, left: 64 };

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Latencies span from under a millisecond to seconds, so the y axis is logarithmic with 1-2-5 gridlines. */
export function latencyChart({ title, categories, series, groupStarts = [] }: LineChart): string {
  const values = series.flatMap((s) => s.values).filter((v) => Number.isFinite(v) && v > 0);
  const low = Math.pow(10, Math.floor(Math.log10(Math.min(...values, 1))));
  const high = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 10))));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (categories.length === 1 ? plotWidth / 2 : (i * plotWidth) / (categories.length - 1));
  const y = (v: number) => MARGIN.top + plotHeight * (1 - (Math.log10(v) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)));

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="24" font-size="15" font-weight="bold">${escape(title)}</text>`,
  ];
  for (let decade = low; decade <= high; decade *= 10) {
    for (const step of [1, 2, 5]) {
      const v = decade * step;
      if (v > high) break;
      const major = step === 1;
      parts.push(
        `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${major ? '#bbbbbb' : '#e5e5e5'}"/>`,
      );
      parts.push(`<text x="${MARGIN.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#555555">${v >= 1 ? v : v.toFixed(1)}</text>`);
    }
  }
  parts.push(`<text transform="translate(18 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle" fill="#333333">latency (ms)</text>`);
  categories.forEach((category, i) => {
    parts.push(`<line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#eeeeee"/>`);
    parts.push(`<text x="${x(i).toFixed(1)}" y="${MARGIN.top + plotHeight + 20}" text-anchor="middle" fill="#333333">${escape(category)}</text>`);
  });
  parts.push(`<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 12}" text-anchor="middle" fill="#333333">concurrency</text>`);
  for (const start of groupStarts) {
    const between = ((x(start - 1) + x(start)) / 2).toFixed(1);
    parts.push(`<line x1="${between}" x2="${between}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#999999" stroke-dasharray="2 3"/>`);
  }

  const groupOf = (i: number) => groupStarts.filter((start) => start <= i).length;
  series.forEach((s, index) => {
    const plotted = s.values.map((v, i) => ({ i, v })).filter(({ v }) => Number.isFinite(v) && v > 0);
    const points = plotted.map(({ i, v }) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    for (const group of new Set(plotted.map(({ i }) => groupOf(i)))) {
      const segment = plotted.filter(({ i }) => groupOf(i) === group).map(({ i, v }) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      if (segment.length > 1) parts.push(`<polyline points="${segment.join(' ')}" fill="none" stroke="${s.colour}" stroke-width="2"${dash}/>`);
    }
    for (const point of points) {
      const [px, py] = point.split(',');
      parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${s.dashed ? '#ffffff' : s.colour}" stroke="${s.colour}" stroke-width="2"/>`);
    }
    const legendY = MARGIN.top + 10 + index * 22;
    const legendX = MARGIN.left + plotWidth + 20;
    parts.push(`<line x1="${legendX}" x2="${legendX + 28}" y1="${legendY}" y2="${legendY}" stroke="${s.colour}" stroke-width="2"${dash}/>`);
    parts.push(`<text x="${legendX + 36}" y="${legendY + 4}">${escape(s.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export interface TimeChart {
  title: string;
  xLabel: string;
  yLabel: string;
  /** x of every point, shared by the series. */
  x: number[];
  series: Array<{ name: string; values: number[]; colour: string }>;
}

/** A step of 1, 2 or 5 times a power of ten giving about five gridlines up to `max`. */
function niceStep(max: number): number {
  const rough = Math.max(max, 1e-9) / 5;
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? power * 10;
}

/** Values over time on linear axes from zero, e.g. memory of a process sampled every second. */
export function timeChart({ title, xLabel, yLabel, x, series }: TimeChart): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const xStep = niceStep(Math.max(...x));
  const yStep = niceStep(Math.max(...series.flatMap((s) => s.values).filter(Number.isFinite)));
  const xMax = Math.ceil(Math.max(...x) / xStep) * xStep;
  const yMax = Math.ceil(Math.max(...series.flatMap((s) => s.values).filter(Number.isFinite)) / yStep) * yStep;
  const px = (v: number) => MARGIN.left + (plotWidth * v) / xMax;
  const py = (v: number) => MARGIN.top + plotHeight * (1 - v / yMax);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="24" font-size="15" font-weight="bold">${escape(title)}</text>`,
  ];
  for (let v = 0; v <= yMax + 1e-9; v += yStep) {
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${py(v).toFixed(1)}" y2="${py(v).toFixed(1)}" stroke="#dddddd"/>`);
    parts.push(`<text x="${MARGIN.left - 8}" y="${(py(v) + 4).toFixed(1)}" text-anchor="end" fill="#555555">${+v.toFixed(6)}</text>`);
  }
  for (let v = 0; v <= xMax + 1e-9; v += xStep) {
    parts.push(`<line x1="${px(v).toFixed(1)}" x2="${px(v).toFixed(1)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#eeeeee"/>`);
    parts.push(`<text x="${px(v).toFixed(1)}" y="${MARGIN.top + plotHeight + 20}" text-anchor="middle" fill="#333333">${+v.toFixed(6)}</text>`);
  }
  parts.push(`<text transform="translate(18 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle" fill="#333333">${escape(yLabel)}</text>`);
  parts.push(`<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 12}" text-anchor="middle" fill="#333333">${escape(xLabel)}</text>`);
  series.forEach((s, index) => {
    const points = s.values.map((v, i) => (Number.isFinite(v) ? `${px(x[i]).toFixed(1)},${py(v).toFixed(1)}` : '')).filter(Boolean);
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    const legendY = MARGIN.top + 10 + index * 22;
    const legendX = MARGIN.left + plotWidth + 20;
    parts.push(`<line x1="${legendX}" x2="${legendX + 28}" y1="${legendY}" y2="${legendY}" stroke="${s.colour}" stroke-width="2"/>`);
    parts.push(`<text x="${legendX + 36}" y="${legendY + 4}">${escape(s.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
