import LancasterStemmer = require('natural/lib/natural/stemmers/lancaster_stemmer');
import PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer');
import { words as englishStopWords } from 'natural/lib/natural/util/stopwords';
import { ENGLISH } from './lexicon';

// Runs of letters (any script, with their combining marks) and digits. natural's WordTokenizer knows only
// ASCII and Cyrillic letters, so it cut "winterstraße" into "winterstra" + "e" and "café" into "caf".
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// Question words carry the intent ("how often" vs "how long"), so they stay even though they are stop words.
const QUESTION_WORDS = [
  'what',
  'how',
  'when',
  'where',
  'why',
  'which',
  'who',
  'can',
  'should',
  'not',
  'no',
  'long',
  'often',
  'many',
  'much',
  'after',
  'before',
  'more',
];
const STOP_WORDS = new Set(englishStopWords.filter((word) => !QUESTION_WORDS.includes(word)));

export function tokenize(canonicalText: string): string[] {
  return (canonicalText.match(WORD) ?? []).map((word) => word.toLowerCase());
}

// Stemming was the largest single cost of understanding a message, and every stage stems the same words again
// (topics, features, scope checks), so stems are memoised. Bounded, so arbitrary input cannot grow it forever.
const STEM_CACHE_LIMIT = 50_000;

function memoised(stemmer: (word: string) => string): (word: string) => string {
  const stems = new Map<string, string>();
  return (word) => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = stemmer(word);
      if (stems.size < STEM_CACHE_LIMIT) stems.set(word, stemmed);
    }
    return stemmed;
  };
}

/** Porter's stemmer, which every stage uses to compare words. */
export const stem = memoised((word) => PorterStemmer.stem(word));

/**
 * The stemmers the classifier's features can be built with: Lancaster's is the more aggressive; `lemma` keeps a
 * word whole unless it inflects a word WordNet knows ("scared" → "scare"), and loads WordNet's lemmas on first use.
 */
export const STEMMERS = {
  porter: stem,
  lancaster: memoised((word) => LancasterStemmer.stem(word)),
  lemma: memoised((word) => ENGLISH.baseForm(word) ?? word),
};
export type StemmerName = keyof typeof STEMMERS;

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** "12", "18th": a number or a date's day names no subject. */
/** "Peeling", "rolling": a word in its -ing form, which a treatment's name ("a peel") does not take. */
export function isGerund(word: string): boolean {
  return word.endsWith('ing');
}

export function isNumber(word: string): boolean {
  return /^\d+(st|nd|rd|th)?$/.test(word);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// "Done thurs, rink fri?": short forms that are no other word ("sun", "sat" and "wed" are).
const SHORT_WEEKDAYS = new Map([
  ['tue', 2],
  ['tues', 2],
  ['weds', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
]);

/** A day of the week's place (Sunday 0), plural too ("open Saturdays?"); undefined for any other word. */
export function weekday(word: string): number | undefined {
  const at = WEEKDAYS.indexOf(word.replace(/s$/, ''));
  return at < 0 ? SHORT_WEEKDAYS.get(word) : at;
}
