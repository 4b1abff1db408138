export interface IntentScore {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationReport {
  n: number;
  correct: number;
  accuracy: number;
  /** Single-label classification: micro-F1 equals accuracy. */
  microF1: number;
  macroF1: number;
  perIntent: IntentScore[];
  /** confusion[expected][predicted] = count */
  confusion: Record<string, Record<string, number>>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function classificationReport(pairs: Array<{ expected: string; predicted: string }>): ClassificationReport {
  const confusion: Record<string, Record<string, number>> = {};
  const labels = new Set<string>();
  for (const { expected, predicted } of pairs) {
    labels.add(expected);
    labels.add(predicted);
    confusion[expected] ??= {};
    confusion[expected][predicted] = (confusion[expected][predicted] ?? 0) + 1;
  }
  const perIntent = [...labels].sort().map((intent) => {
    const truePositives = pairs.filter((p) => p.expected === intent && p.predicted === intent).length;
    const predictedCount = pairs.filter((p) => p.predicted === intent).length;
    const support = pairs.filter((p) => p.expected === intent).length;
    const precision = ratio(truePositives, predictedCount);
    const recall = ratio(truePositives, support);
    return { intent, precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });
  const correct = pairs.filter((p) => p.expected === p.predicted).length;
  const accuracy = ratio(correct, pairs.length);
  const supported = perIntent.filter((s) => s.support > 0);
  return {
    n: pairs.length,
    correct,
    accuracy,
    microF1: accuracy,
    macroF1: ratio(
      supported.reduce((sum, s) => sum + s.f1, 0),
      supported.length,
    ),
    perIntent,
    confusion,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function formatReport(title: string, report: ClassificationReport): string {
  const lines = [`${title}: ${report.correct}/${report.n} correct, accuracy ${pct(report.accuracy)}, macro-F1 ${report.macroF1.toFixed(3)}`, ''];
  lines.push('| intent | precision | recall | F1 | n |', '| --- | ---: | ---: | ---: | ---: |');
  for (const s of report.perIntent) lines.push(`| ${s.intent} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.f1.toFixed(2)} | ${s.support} |`);
  const confusions = Object.entries(report.confusion).flatMap(([expected, row]) =>
    Object.entries(row)
      .filter(([predicted]) => predicted !== expected)
      .map(([predicted, count]) => ({ expected, predicted, count })),
  );
  lines.push('', 'Confusions (expected → predicted: count):');
  if (confusions.length === 0) lines.push('  none');
  for (const c of confusions.sort((a, b) => b.count - a.count)) lines.push(`  ${c.expected} → ${c.predicted}: ${c.count}`);
  return lines.join('\n');
}
