import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownTable, percentile, writeDocSection } from '../../bench/lib';
import { latencyChart } from '../../bench/svgChart';

describe('benchmark helpers', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites only its own section of the benchmarks document, keeping the order nlu then serve', () => {
    const file = join(dir, 'benchmarks.md');
    writeDocSection('serve', 'serving v1', file);
    writeDocSection('nlu', 'nlu v1', file);
    writeDocSection('serve', 'serving v2', file);
    const doc = readFileSync(file, 'utf8');
    expect(doc).toContain('<!-- nlu:start -->\nnlu v1\n<!-- nlu:end -->');
    expect(doc).toContain('<!-- serve:start -->\nserving v2\n<!-- serve:end -->');
    expect(doc).not.toContain('serving v1');
    expect(doc.indexOf('nlu:start')).toBeLessThan(doc.indexOf('serve:start'));
  });

  it('keeps text outside the markers', () => {
    const file = join(dir, 'benchmarks.md');
    writeFileSync(file, '# Benchmarks\n\nHand-written intro.\n\n<!-- nlu:start -->\nold\n<!-- nlu:end -->\n\nHand-written outro.\n');
    writeDocSection('nlu', 'new', file);
    expect(readFileSync(file, 'utf8')).toBe('# Benchmarks\n\nHand-written intro.\n\n<!-- nlu:start -->\nnew\n<!-- nlu:end -->\n\nHand-written outro.\n');
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('right-aligns every column but the first', () => {
    expect(markdownTable(['a', 'b'], [['x', '1']])).toBe('| a | b |\n| --- | ---: |\n| x | 1 |');
  });

  it('draws one line per series and group, skipping values it cannot plot on a log scale', () => {
    const svg = latencyChart({
      title: 't',
      categories: ['a', 'b', 'c'],
      groupStarts: [2],
      series: [{ name: 'p99 <bot>', values: [1, 10, NaN], colour: '#000000', dashed: false }],
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain('p99 &lt;bot&gt;');
  });
});
