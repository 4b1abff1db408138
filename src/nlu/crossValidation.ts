import type { ClassifierSettings } from './classifierSettings';
import { decide, IntentClassifier, LabelledText, Prepare } from './intentClassifier';
import type { Prediction } from './softmaxClassifier';

/** How one candidate setting did on the training sentences it was cross-validated on. */
export interface CrossValidationScore {
  settings: ClassifierSettings;
  n: number;
  correct: number;
  accuracy: number;
  /** Mean −ln p(true intent) out of fold: breaks ties in accuracy towards the better-calibrated setting. */
  logLoss: number;
}

export interface CrossValidationOptions {
  /** Folds; the number of examples makes it leave-one-out. */
  folds: number;
  prepare?: Prepare;
  /** A "None" intent and the probabilities below which to answer it, fitted on the same out-of-fold predictions. */
  fallback?: { label: string; thresholds: number[] };
}

/**
 * The fold of each example: examples grouped by intent (in first-seen order, corpus order inside each), then
 * dealt round-robin, so every fold holds each intent in proportion and the split is the same on every run.
 */
export function stratifiedFolds(labels: string[], folds: number): number[] {
  if (!Number.isInteger(folds) || folds < 2 || folds > labels.length) throw new Error(`cannot make ${folds} folds of ${labels.length} examples`);
  const order = labels.map((label, i) => ({ label, i }));
  const first = new Map<string, number>();
  labels.forEach((label, i) => first.has(label) || first.set(label, i));
  order.sort((a, b) => (first.get(a.label) as number) - (first.get(b.label) as number) || a.i - b.i);
  const fold = new Array<number>(labels.length);
  order.forEach(({ i }, position) => (fold[i] = position % folds));
  return fold;
}

/** Each example's ranking from a classifier trained on the other folds. */
export function outOfFoldRankings(examples: LabelledText[], settings: ClassifierSettings, folds: number, prepare?: Prepare): Prediction[][] {
  const fold = stratifiedFolds(
    examples.map((e) => e.intent),
    folds,
  );
  const rankings = new Array<Prediction[]>(examples.length);
  for (let f = 0; f < folds; f++) {
    const classifier = IntentClassifier.train(
      examples.filter((_, i) => fold[i] !== f),
      prepare,
      settings,
    );
    examples.forEach((e, i) => {
      if (fold[i] === f) rankings[i] = classifier.classify(e.text);
    });
  }
  return rankings;
}

function score(examples: LabelledText[], rankings: Prediction[][], settings: ClassifierSettings): CrossValidationScore {
  let correct = 0;
  let loss = 0;
  rankings.forEach((ranking, i) => {
    if (decide(ranking, settings) === examples[i].intent) correct += 1;
    // An intent missing from a fold's training sentences has no probability at all: count it as nearly impossible.
    const p = ranking.find((r) => r.label === examples[i].intent)?.confidence ?? 1e-6;
    loss -= Math.log(Math.max(p, 1e-6));
  });
  return { settings, n: examples.length, correct, accuracy: correct / examples.length, logLoss: loss / examples.length };
}

/** Scores every candidate (and, given a fallback, every threshold on top of it) by cross-validation. */
export function crossValidate(examples: LabelledText[], candidates: ClassifierSettings[], options: CrossValidationOptions): CrossValidationScore[] {
  const { folds, prepare, fallback } = options;
  return candidates.flatMap((settings) => {
    const rankings = outOfFoldRankings(examples, settings, folds, prepare);
    const variants = [settings, ...(fallback?.thresholds ?? []).map((below) => ({ ...settings, fallback: { label: fallback?.label ?? '', below } }))];
    return variants.map((variant) => score(examples, rankings, variant));
  });
}

/** The most accurate score; ties go to the lower log-loss, then to the earlier candidate. */
export function bestScore(scores: CrossValidationScore[]): CrossValidationScore {
  if (scores.length === 0) throw new Error('no candidates to choose from');
  return scores.reduce((best, s) => (s.correct > best.correct || (s.correct === best.correct && s.logLoss < best.logLoss - 1e-9) ? s : best));
}

/**
 * The one-standard-error rule: the first score (the settings in use) stays unless the best beats its accuracy
 * by more than one standard error of the best's. On a few dozen sentences most differences are a sentence or
 * two, which is noise; moving on noise picks whichever setting happened to suit the folds.
 */
export function chooseSettings(scores: CrossValidationScore[]): CrossValidationScore {
  const best = bestScore(scores);
  const [current] = scores;
  const standardError = Math.sqrt((best.accuracy * (1 - best.accuracy)) / best.n);
  return best.accuracy - current.accuracy > standardError ? best : current;
}
