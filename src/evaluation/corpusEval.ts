import { BOT_CLASSIFIER_SETTINGS, ClassifierSettings } from '../nlu/classifierSettings';
import { IntentClassifier } from '../nlu/intentClassifier';
import { classificationReport, ClassificationReport } from './metrics';

/** The corpus format of Braun et al. (2017): sentences with an intent and a training flag. */
export interface NluCorpus {
  name?: string;
  sentences: Array<{ text: string; intent: string; training: boolean }>;
}

export interface CorpusEvaluation extends ClassificationReport {
  corpus: string;
  trainingSize: number;
  trainMs: number;
  msPerUtterance: number;
}

/** Trains the bot's classifier (with the bot's settings unless told otherwise) on the training half and tests on the rest. */
export function evaluateCorpus(corpus: NluCorpus, settings: ClassifierSettings = BOT_CLASSIFIER_SETTINGS): CorpusEvaluation {
  const training = corpus.sentences.filter((s) => s.training);
  const testing = corpus.sentences.filter((s) => !s.training);
  const trainStart = performance.now();
  const classifier = IntentClassifier.train(
    training.map((s) => ({ text: s.text, intent: s.intent })),
    undefined,
    settings,
  );
  const trainMs = performance.now() - trainStart;
  const testStart = performance.now();
  const pairs = testing.map((s) => ({ expected: s.intent, predicted: classifier.label(s.text) }));
  const msPerUtterance = testing.length === 0 ? 0 : (performance.now() - testStart) / testing.length;
  return { corpus: corpus.name ?? 'corpus', trainingSize: training.length, trainMs, msPerUtterance, ...classificationReport(pairs) };
}
