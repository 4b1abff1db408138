import { DEFAULT_FEATURE_SETTINGS, FeatureSettings } from './features';
import { DEFAULT_SOFTMAX_OPTIONS, SoftmaxOptions } from './softmaxClassifier';

/** Everything that decides what the intent classifier learns from the same sentences. */
export interface ClassifierSettings {
  features: FeatureSettings;
  model: SoftmaxOptions;
  /** When the best intent's probability is below `below`, answer `label` instead (a corpus's "None"). */
  fallback?: { label: string; below: number };
}

/** The bot's settings: cross-validation on intents/ picks them (`npm run bench:nlu`, "The bot's classifier"). */
export const BOT_CLASSIFIER_SETTINGS: ClassifierSettings = { features: DEFAULT_FEATURE_SETTINGS, model: DEFAULT_SOFTMAX_OPTIONS };

/**
 * The candidates cross-validation compares: `base` first, then `base` with one thing changed at a time.
 * Changing one thing at a time keeps the list short, which matters on small corpora: the more candidates,
 * the likelier one wins the folds by luck.
 */
export function candidateSettings(base: ClassifierSettings = BOT_CLASSIFIER_SETTINGS): ClassifierSettings[] {
  const features = (change: Partial<FeatureSettings>): ClassifierSettings => ({ ...base, features: { ...base.features, ...change } });
  const model = (change: Partial<SoftmaxOptions>): ClassifierSettings => ({ ...base, model: { ...base.model, ...change } });
  return [
    base,
    ...(['porter', 'lancaster', 'lemma'] as const).filter((stemmer) => stemmer !== base.features.stemmer).map((stemmer) => features({ stemmer })),
    features({ charNgrams: [] }),
    features({ charNgrams: [2, 3, 4, 5] }),
    features({ charWeight: base.features.charWeight * 2 }),
    features({ wordPairs: !base.features.wordPairs }),
    features({ sublinearTf: !base.features.sublinearTf }),
    model({ idf: !base.model.idf }),
    model({ l2: base.model.l2 / 10 }),
    model({ l2: base.model.l2 * 10 }),
    model({ l2: base.model.l2 * 100 }),
    model({ classBalanced: !base.model.classBalanced }),
  ];
}

/** A short, stable name for a setting, as the benchmark report shows it. */
export function describeSettings({ features, model, fallback }: ClassifierSettings): string {
  const parts = [
    features.stemmer,
    features.charNgrams.length > 0 ? `chars ${features.charNgrams.join('/')}×${features.charWeight}` : 'no chars',
    features.wordPairs ? 'pairs' : 'no pairs',
    features.sublinearTf ? 'sublinear tf' : 'tf',
    model.idf ? 'idf' : 'no idf',
    `L2 ${model.l2}`,
    model.classBalanced ? 'balanced' : 'unbalanced',
  ];
  if (fallback) parts.push(`${fallback.label} below ${fallback.below}`);
  return parts.join(', ');
}
