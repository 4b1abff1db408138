import { classificationReport } from '../../src/evaluation/metrics';

describe('classificationReport', () => {
  const report = classificationReport([
    { expected: 'a', predicted: 'a' },
    { expected: 'a', predicted: 'b' },
    { expected: 'b', predicted: 'b' },
    { expected: 'c', predicted: 'b' },
  ]);

  it('computes accuracy and micro-F1', () => {
    expect(report).toMatchObject({ n: 4, correct: 2, accuracy: 0.5, microF1: 0.5 });
  });

  it('computes per-intent precision, recall and F1', () => {
    const b = report.perIntent.find((s) => s.intent === 'b');
    expect(b).toMatchObject({ precision: 1 / 3, recall: 1, support: 1 });
    expect(b?.f1).toBeCloseTo(0.5);
    expect(report.perIntent.find((s) => s.intent === 'c')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts confusions by expected and predicted intent', () => {
    expect(report.confusion).toEqual({ a: { a: 1, b: 1 }, b: { b: 1 }, c: { b: 1 } });
  });
});
