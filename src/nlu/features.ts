import { isStopWord, stem } from './tokens';

/** A sparse bag of weighted features. */
export type Features = Map<string, number>;

// Character n-grams make the classifier tolerant to spelling and morphology it never saw;
// they are many, so each weighs less than a whole word.
const CHAR_NGRAM_SIZES = [3, 4, 5];
const CHAR_NGRAM_WEIGHT = 0.3;

function add(features: Features, key: string, weight: number): void {
  features.set(key, (features.get(key) ?? 0) + weight);
}

/** Stems of content and question words, stem bigrams over the whole sentence, and character n-grams. */
export function extractFeatures(words: string[]): Features {
  const features: Features = new Map();
  const stems = words.map(stem);
  words.forEach((word, i) => {
    if (isStopWord(word)) return;
    add(features, `w:${stems[i]}`, 1);
    const padded = `<${word}>`;
    for (const size of CHAR_NGRAM_SIZES) {
      for (let start = 0; start + size <= padded.length; start++) {
        add(features, `c:${padded.slice(start, start + size)}`, CHAR_NGRAM_WEIGHT);
      }
    }
  });
  for (let i = 0; i + 1 < stems.length; i++) add(features, `b:${stems[i]}_${stems[i + 1]}`, 1);
  return features;
}
