/**
 * How `npm run bench:nlu` chooses each classifier's settings: cross-validation on training sentences only,
 * over the candidates of `candidateSettings`, by the rule of `chooseSettings`. Test sentences are scored
 * only after the choice, to show beside it.
 */
import { loadTrainingData } from '../src/data/intents';
import type { NluCorpus } from '../src/evaluation/corpusEval';
import { classifierExamples, classifierWords } from '../src/nlu/botClassifier';
import { BOT_CLASSIFIER_SETTINGS, candidateSettings, ClassifierSettings, describeSettings } from '../src/nlu/classifierSettings';
import { chooseSettings, crossValidate, CrossValidationScore } from '../src/nlu/crossValidation';
import { IntentClassifier } from '../src/nlu/intentClassifier';
import { fixed } from './lib';

/** Probability floors below which a corpus's "None" intent is answered, fitted on the same out-of-fold predictions. */
export const NONE_FLOORS = [0.3, 0.4, 0.5, 0.6];
const NONE = 'None';
export const CORPUS_FOLDS = 10;
/** The bot's 541 sentences make each candidate cost ~0.5 s per fold on this machine: 5 folds keep the run short. */
export const BOT_FOLDS = 5;

export interface Selection {
  name: string;
  folds: number;
  n: number;
  scores: CrossValidationScore[];
  chosen: CrossValidationScore;
  /** Test sentences right with each candidate as cross-validation tuned it (its best None floor), computed after the choice. */
  testCorrect?: Map<ClassifierSettings, number>;
}

const withoutFloor = (s: ClassifierSettings): ClassifierSettings => ({ features: s.features, model: s.model });

/** What a candidate changes from the bot's settings, in the words of `describeSettings`. */
export function settingsChange(settings: ClassifierSettings): string {
  const base = describeSettings(BOT_CLASSIFIER_SETTINGS).split(', ');
  const parts = describeSettings(withoutFloor(settings)).split(', ');
  const changed = parts.filter((p, i) => p !== base[i]);
  return changed.length === 0 ? "the bot's settings" : changed.join(', ');
}

/** Each base candidate's scores: without a floor, and with the floor cross-validation liked best. */
function byCandidate(scores: CrossValidationScore[]): Array<{ plain: CrossValidationScore; tuned: CrossValidationScore }> {
  const groups = new Map<string, CrossValidationScore[]>();
  for (const s of scores) {
    const key = describeSettings(withoutFloor(s.settings));
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map(([plain, ...floors]) => ({
    plain,
    tuned: floors.reduce((best, s) => (s.correct > best.correct ? s : best), plain),
  }));
}

export function selectForCorpus(corpus: NluCorpus, name: string): Selection {
  const training = corpus.sentences.filter((s) => s.training).map((s) => ({ text: s.text, intent: s.intent }));
  const testing = corpus.sentences.filter((s) => !s.training);
  const folds = Math.min(CORPUS_FOLDS, training.length);
  const fallback = training.some((s) => s.intent === NONE) ? { label: NONE, thresholds: NONE_FLOORS } : undefined;
  const scores = crossValidate(training, candidateSettings(), { folds, fallback });
  const chosen = chooseSettings(scores);
  const testCorrect = new Map<ClassifierSettings, number>();
  for (const { tuned } of byCandidate(scores)) {
    const classifier = IntentClassifier.train(training, undefined, tuned.settings);
    testCorrect.set(tuned.settings, testing.filter((s) => classifier.label(s.text) === s.intent).length);
  }
  if (!testCorrect.has(chosen.settings)) {
    const classifier = IntentClassifier.train(training, undefined, chosen.settings);
    testCorrect.set(chosen.settings, testing.filter((s) => classifier.label(s.text) === s.intent).length);
  }
  return { name, folds, n: training.length, scores, chosen, testCorrect };
}

/** The same cross-validation on the bot's own intents/, with the words the bot makes of a sentence. */
export function selectForBot(): Selection {
  const data = loadTrainingData();
  const examples = classifierExamples(data);
  const scores = crossValidate(examples, candidateSettings(), { folds: BOT_FOLDS, prepare: classifierWords(data) });
  return { name: 'intents/ (the bot)', folds: BOT_FOLDS, n: examples.length, scores, chosen: chooseSettings(scores) };
}

export function selectionTable(selection: Selection): { headers: string[]; rows: string[][] } {
  const { testCorrect, chosen } = selection;
  const floors = selection.scores.some((s) => s.settings.fallback);
  const headers = ['candidate', `CV right (of ${selection.n})`, 'CV log-loss'];
  if (floors) headers.push('best None floor: CV right');
  if (testCorrect) headers.push('test right');
  headers.push('chosen');
  const rows = byCandidate(selection.scores).map(({ plain, tuned }) => {
    const picked = chosen === plain || chosen === tuned;
    const used = chosen === plain ? plain : tuned;
    const row = [settingsChange(plain.settings), String(plain.correct), fixed(plain.logLoss, 3)];
    if (floors) row.push(tuned.settings.fallback ? `below ${tuned.settings.fallback.below}: ${tuned.correct}` : '–');
    if (testCorrect) row.push(String(testCorrect.get(picked ? used.settings : tuned.settings) ?? '–'));
    row.push(picked ? `✓${chosen.settings.fallback ? ` (None below ${chosen.settings.fallback.below})` : ''}` : '');
    return row;
  });
  return { headers, rows };
}
