import { loadTrainingData } from '../data/intents';
import { BOT_CLASSIFIER_SETTINGS } from '../nlu/classifierSettings';
import { BOT_MODEL_FILE, classifierExamples, classifierWords, spellingContext } from '../nlu/botClassifier';
import { IntentClassifier } from '../nlu/intentClassifier';
import { Lexicon, WORDNET_LEMMAS_FILE } from '../nlu/lexicon';
import { saveModel, trainingKey } from '../nlu/modelStore';

/**
 * Part of `npm run build`: trains the bot's classifier on intents/ and saves it with WordNet's lemmas, so start-up
 * only loads them. Start-up checks that both still match intents/, the settings and WordNet, and redoes them if not.
 */
function main(): void {
  const data = loadTrainingData();
  const examples = classifierExamples(data);
  const words = classifierWords(data);
  const start = performance.now();
  const classifier = IntentClassifier.train(examples, words, BOT_CLASSIFIER_SETTINGS);
  saveModel(BOT_MODEL_FILE, trainingKey(examples, words, BOT_CLASSIFIER_SETTINGS, spellingContext(data)), classifier);
  Lexicon.fromWordNet(WORDNET_LEMMAS_FILE).read();
  console.log(
    `intent classifier: ${examples.length} sentences trained in ${Math.round(performance.now() - start)} ms, saved to ${BOT_MODEL_FILE}; WordNet lemmas in ${WORDNET_LEMMAS_FILE}`,
  );
}

main();
