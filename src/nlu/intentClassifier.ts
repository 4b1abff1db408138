import { extractFeatures } from './features';
import { DEFAULT_SOFTMAX_OPTIONS, Prediction, SoftmaxClassifier, SoftmaxOptions } from './softmaxClassifier';
import { tokenize } from './tokens';

export interface LabelledText {
  text: string;
  intent: string;
}

/**
 * Text in, ranked intents out. The same class, with the same settings, serves the bot, `npm run eval`
 * and the corpus benchmarks, so a figure measured on one holds for the others.
 */
export class IntentClassifier {
  private readonly model: SoftmaxClassifier;

  constructor(
    private readonly prepare: (text: string) => string[] = (text) => tokenize(text.toLowerCase()),
    options: SoftmaxOptions = DEFAULT_SOFTMAX_OPTIONS,
  ) {
    this.model = new SoftmaxClassifier(options);
  }

  static train(examples: LabelledText[], prepare?: (text: string) => string[]): IntentClassifier {
    const classifier = new IntentClassifier(prepare);
    classifier.model.train(examples.map((e) => ({ features: extractFeatures(classifier.prepare(e.text)), label: e.intent })));
    return classifier;
  }

  classify(text: string): Prediction[] {
    return this.classifyWords(this.prepare(text));
  }

  classifyWords(words: string[]): Prediction[] {
    return this.model.predict(extractFeatures(words));
  }
}
