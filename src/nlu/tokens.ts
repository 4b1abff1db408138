import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { WordTokenizer } from 'natural/lib/natural/tokenizers';
import { words as englishStopWords } from 'natural/lib/natural/util/stopwords';

const tokenizer = new WordTokenizer();

// Question words carry the intent ("how often" vs "how long"), so they stay even though they are stop words.
const QUESTION_WORDS = ['what', 'how', 'when', 'where', 'why', 'which', 'who', 'can', 'should', 'not', 'no', 'long', 'often', 'many', 'much', 'after', 'before', 'more'];
const STOP_WORDS = new Set(englishStopWords.filter((word) => !QUESTION_WORDS.includes(word)));

export function tokenize(canonicalText: string): string[] {
  return tokenizer.tokenize(canonicalText).map((word) => word.toLowerCase());
}

export function stem(word: string): string {
  return PorterStemmer.stem(word);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
