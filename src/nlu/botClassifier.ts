import { join } from 'node:path';
import type { TrainingData } from '../data/intents';
import { projectRoot } from '../data/paths';
import { BOT_CLASSIFIER_SETTINGS } from './classifierSettings';
import { IntentClassifier, LabelledText, Prepare } from './intentClassifier';
import { loadOrTrain } from './modelStore';
import { variantsFolder } from './normalise';
import { tokenize } from './tokens';

/** Where `npm run build` saves the bot's trained classifier, and start-up loads it from. */
export const BOT_MODEL_FILE = join(projectRoot, 'dist', 'model', 'intent-classifier.bin');

/** The bot's words for a sentence: spellings folded ("micro needling"), then tokenised. */
export function classifierWords(data: TrainingData): Prepare {
  const fold = variantsFolder(data.domain.spelling_variants);
  return (text) => tokenize(fold(text));
}

/** What besides the utterances shapes the classifier's words: the spelling variants folded before tokenising. */
export function spellingContext(data: TrainingData): string {
  return JSON.stringify(data.domain.spelling_variants);
}

/** Every utterance of every intent, as the classifier's training sentences. */
export function classifierExamples(data: TrainingData): LabelledText[] {
  return data.intents.flatMap((i) => i.utterances.map((text) => ({ text, intent: i.intent })));
}

/**
 * The bot's classifier: loaded from `modelFile` when it was trained on exactly this data with these settings,
 * otherwise trained now (and saved there, with a warning saying why). `null` trains without a file.
 */
export function botClassifier(data: TrainingData, modelFile: string | null = BOT_MODEL_FILE): IntentClassifier {
  const examples = classifierExamples(data);
  const words = classifierWords(data);
  if (modelFile === null) return IntentClassifier.train(examples, words, BOT_CLASSIFIER_SETTINGS);
  return loadOrTrain(examples, words, BOT_CLASSIFIER_SETTINGS, {
    file: modelFile,
    context: spellingContext(data),
    onRetrain: (reason) => console.warn(reason),
  });
}
