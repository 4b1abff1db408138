import { BOT_CLASSIFIER_SETTINGS, candidateSettings, describeSettings } from '../../src/nlu/classifierSettings';
import { chooseSettings, crossValidate, CrossValidationScore, outOfFoldRankings, stratifiedFolds } from '../../src/nlu/crossValidation';

const examples = [
  ...['when is the next train', 'next train to the airport', 'when does the train leave', 'next bus please', 'when does it depart'].map((text) => ({
    text,
    intent: 'departure',
  })),
  ...['how do i get to the station', 'route to the museum', 'find a connection to the zoo', 'way to the park', 'how do i reach the harbour'].map((text) => ({
    text,
    intent: 'connection',
  })),
  { text: 'buy a ticket', intent: 'ticket' },
];

describe('stratifiedFolds', () => {
  it('spreads every intent over the folds and gives folds of nearly equal size', () => {
    const labels = ['a', 'b', 'a', 'a', 'b', 'c', 'a', 'b', 'a', 'c'];
    const folds = stratifiedFolds(labels, 3);
    const sizes = [0, 1, 2].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const label of ['a', 'b']) expect(new Set(folds.filter((_, i) => labels[i] === label)).size).toBe(3);
    expect(stratifiedFolds(labels, 3)).toEqual(folds);
  });

  it('is leave-one-out with as many folds as examples', () => {
    expect(new Set(stratifiedFolds(['a', 'b', 'a', 'b'], 4)).size).toBe(4);
  });

  it('refuses impossible fold counts', () => {
    expect(() => stratifiedFolds(['a', 'b'], 3)).toThrow(/3 folds of 2/);
    expect(() => stratifiedFolds(['a', 'b'], 1)).toThrow(/folds/);
  });
});

describe('cross-validation', () => {
  it('ranks each sentence with a model that never saw it', () => {
    const rankings = outOfFoldRankings(examples, BOT_CLASSIFIER_SETTINGS, 5);
    const ticket = examples.findIndex((e) => e.intent === 'ticket');
    // Its only example was held out, so the model that ranked it does not know the intent.
    expect(rankings[ticket].map((r) => r.label)).not.toContain('ticket');
    expect(rankings.every((r) => r.length >= 2)).toBe(true);
  });

  it('scores every candidate, and every fallback threshold on top of it', () => {
    const candidates = candidateSettings().slice(0, 2);
    const scores = crossValidate(examples, candidates, { folds: 5, fallback: { label: 'ticket', thresholds: [0.5, 0.99] } });
    expect(scores).toHaveLength(6);
    expect(scores.map((s) => s.settings.fallback?.below)).toEqual([undefined, 0.5, 0.99, undefined, 0.5, 0.99]);
    // A floor of 0.99 answers the fallback nearly always: it must score worse than no floor.
    expect(scores[2].correct).toBeLessThan(scores[0].correct);
    for (const s of scores) expect(s.accuracy).toBeCloseTo(s.correct / examples.length, 9);
  });

  it('offers the settings in use first, then one change at a time', () => {
    const candidates = candidateSettings();
    expect(candidates[0]).toBe(BOT_CLASSIFIER_SETTINGS);
    expect(new Set(candidates.map(describeSettings)).size).toBe(candidates.length);
  });
});

describe('chooseSettings', () => {
  const score = (correct: number, logLoss: number, l2: number): CrossValidationScore => ({
    settings: { ...BOT_CLASSIFIER_SETTINGS, model: { ...BOT_CLASSIFIER_SETTINGS.model, l2 } },
    n: 100,
    correct,
    accuracy: correct / 100,
    logLoss,
  });

  it('keeps the settings in use when another wins by less than a standard error', () => {
    expect(chooseSettings([score(90, 0.3, 1), score(92, 0.2, 2)]).settings.model.l2).toBe(1);
  });

  it('moves when another wins by more than a standard error, breaking ties by log-loss', () => {
    expect(chooseSettings([score(80, 0.3, 1), score(92, 0.4, 2), score(92, 0.2, 3)]).settings.model.l2).toBe(3);
  });
});
