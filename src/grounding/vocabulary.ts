import { isNumber, isStopWord, stem, tokenize } from '../nlu/tokens';

export interface VocabularySources {
  /** The article's text: every word it uses is a subject it may speak to. */
  article: string;
  /** Terms of topics the article covers, and the words that name microneedling itself. */
  coveredTerms: string[];
  /** Words that frame a question without naming its subject ("how", "often", "get", "really"). */
  frameWords: string[];
  /** Visitors' words mapped to the article's ("appointment" → "session"). */
  synonyms: Record<string, string>;
}

/**
 * What the article can speak to, by stem. A content word outside it names a subject the article never
 * mentions, whatever intent the question's other words resemble: that is what makes "not covered"
 * open-world rather than a list of known gaps.
 */
export class SupportedVocabulary {
  private readonly stems: Set<string>;
  private readonly frame: Set<string>;

  constructor(sources: VocabularySources) {
    const stemsOf = (text: string) => tokenize(text).map(stem);
    this.frame = new Set(sources.frameWords.flatMap(stemsOf));
    this.stems = new Set([
      ...stemsOf(sources.article),
      ...sources.coveredTerms.flatMap(stemsOf),
      ...Object.keys(sources.synonyms).flatMap(stemsOf),
      ...this.frame,
    ]);
  }

  /** Whether a word carries a subject of its own: not a stop word, number or question frame. */
  isContent(word: string): boolean {
    return !isStopWord(word) && !isNumber(word) && !this.frame.has(stem(word));
  }

  isSupported(word: string): boolean {
    return this.stems.has(stem(word));
  }
}
