import { isStopWord, StemmerName, STEMMERS } from './tokens';

/** A sparse bag of weighted features. */
export type Features = Map<string, number>;

/** How a sentence becomes features; cross-validation picks these per corpus (see classifierSettings.ts). */
export interface FeatureSettings {
  stemmer: StemmerName;
  /** Sizes of the character n-grams taken inside each content word (with its boundaries marked); none when empty. */
  charNgrams: number[];
  /** Character n-grams are many per word, so each weighs less than a whole word. */
  charWeight: number;
  /** Pairs of neighbouring stems over the whole sentence, stop words included ("how long", "next train"). */
  wordPairs: boolean;
  /** A feature seen n times counts 1 + ln n rather than n. */
  sublinearTf: boolean;
}

export const DEFAULT_FEATURE_SETTINGS: FeatureSettings = {
  stemmer: 'porter',
  charNgrams: [3, 4, 5],
  charWeight: 0.3,
  wordPairs: true,
  sublinearTf: false,
};

/** Stems of content and question words, stem pairs and character n-grams, as `settings` asks. */
export function extractFeatures(words: string[], settings: FeatureSettings = DEFAULT_FEATURE_SETTINGS): Features {
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const stems = words.map(STEMMERS[settings.stemmer]);
  words.forEach((word, i) => {
    if (isStopWord(word)) return;
    count(`w:${stems[i]}`);
    const padded = `<${word}>`;
    for (const size of settings.charNgrams) {
      for (let start = 0; start + size <= padded.length; start++) count(`c:${padded.slice(start, start + size)}`);
    }
  });
  if (settings.wordPairs) for (let i = 0; i + 1 < stems.length; i++) count(`b:${stems[i]}_${stems[i + 1]}`);
  const features: Features = new Map();
  for (const [key, n] of counts) {
    const weight = key.startsWith('c:') ? settings.charWeight : 1;
    features.set(key, weight * (settings.sublinearTf ? 1 + Math.log(n) : n));
  }
  return features;
}
