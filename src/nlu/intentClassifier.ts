import { BOT_CLASSIFIER_SETTINGS, ClassifierSettings } from './classifierSettings';
import { extractFeatures } from './features';
import { Prediction, SoftmaxClassifier, SoftmaxSnapshot } from './softmaxClassifier';
import { tokenize } from './tokens';

export interface LabelledText {
  text: string;
  intent: string;
}

export type Prepare = (text: string) => string[];

const defaultPrepare: Prepare = (text) => tokenize(text.toLowerCase());

/**
 * Text in, ranked intents out. The same class serves the bot, `npm run eval` and the corpus benchmarks;
 * only its settings differ, each chosen by cross-validation on its own training sentences.
 */
export class IntentClassifier {
  constructor(
    private readonly model: SoftmaxClassifier,
    readonly settings: ClassifierSettings,
    private readonly prepare: Prepare = defaultPrepare,
  ) {}

  static train(examples: LabelledText[], prepare: Prepare = defaultPrepare, settings: ClassifierSettings = BOT_CLASSIFIER_SETTINGS): IntentClassifier {
    const model = new SoftmaxClassifier(settings.model);
    model.train(examples.map((e) => ({ features: extractFeatures(prepare(e.text), settings.features), label: e.intent })));
    return new IntentClassifier(model, settings, prepare);
  }

  classify(text: string): Prediction[] {
    return this.classifyWords(this.prepare(text));
  }

  classifyWords(words: string[]): Prediction[] {
    return this.model.predict(extractFeatures(words, this.settings.features));
  }

  snapshot(): SoftmaxSnapshot {
    return this.model.snapshot();
  }

  /** The one intent to answer: the best, or the fallback when the best is not probable enough. */
  label(text: string): string {
    return decide(this.classify(text), this.settings);
  }
}

export function decide(ranking: Prediction[], { fallback }: ClassifierSettings): string {
  return fallback && ranking[0].confidence < fallback.below ? fallback.label : ranking[0].label;
}
