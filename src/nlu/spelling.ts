import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import type { Lexicon } from './lexicon';
import { isStopWord } from './tokens';

export type SpellingCorrector = (word: string) => string;

/** Longer words tolerate more typos: "oftn" (1), "benifits" (1), "microneedeling" (1), "aftercre" (1). */
function allowedDistance(length: number): number {
  if (length < 4) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/**
 * Corrects words that are not known towards the domain vocabulary, or splits one into a small word and a known one. Words known from any training
 * utterance, in scope or not ("wash", "hair", "water"), or from the English lexicon are never touched, and a correction keeps the
 * first letter, so ordinary English does not drift into microneedling terms.
 */
export function createSpellingCorrector(domainWords: Iterable<string>, knownWords: Iterable<string>, english?: Lexicon): SpellingCorrector {
  const targets = [...new Set(domainWords)].filter((word) => word.length >= 4);
  const known = new Set([...knownWords, ...targets]);
  const cache = new Map<string, string>();
  return (word) => {
    if (known.has(word) || isStopWord(word) || /\d/.test(word) || english?.has(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    // "Whyy", "sooo", "sweeet": letters held down for emphasis.
    const unstretched = withoutStretching(word).find((w) => known.has(w) || isStopWord(w) || english?.has(w));
    if (unstretched !== undefined) return unstretched;
    // "Rollin", "mornin", "nothin": the final g dropped, as it is said; but "collagin" is a typo of the domain's
    // "collagen" before it is the English "collaging".
    const gDropped = word.endsWith('in') ? `${word}g` : undefined;
    if (gDropped && known.has(gDropped)) return gDropped;
    const nearest = nearestTarget(word, targets);
    const best = gDropped && english?.has(gDropped) && nearest.distance > 1 ? gDropped : nearest.word !== word ? nearest.word : unglued(word, known);
    if (cache.size < 10_000) cache.set(word, best);
    return best;
  };
}

const MIN_GLUED_WORD = 4;
// Words typed onto the next one: "thebenefits", "myscars"; never "any" or "some", which make words of their own ("anybody").
const GLUED_HEADS = ['the', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'for', 'of', 'to', 'and', 'is', 'it', 'in', 'on'];

/** "Thebenefits", "myscars": a small word run into a known one, as two words; else the word itself. */
function unglued(word: string, known: Set<string>): string {
  const head = GLUED_HEADS.find((h) => word.startsWith(h) && word.length - h.length >= MIN_GLUED_WORD && known.has(word.slice(h.length)));
  return head === undefined ? word : `${head} ${word.slice(head.length)}`;
}

/** The domain word nearest `word` within the typos its length allows, with the same first letter; else `word` itself. */
function nearestTarget(word: string, targets: string[]): { word: string; distance: number } {
  let best = word;
  let bestDistance = allowedDistance(word.length) + 1;
  for (const target of targets) {
    if (target[0] !== word[0] || Math.abs(target.length - word.length) >= bestDistance) continue;
    const distance = DamerauLevenshteinDistance(word, target, { transposition_cost: 1 });
    if (distance < bestDistance) {
      best = target;
      bestDistance = distance;
    }
  }
  return { word: best, distance: best === word ? Infinity : bestDistance };
}

/** A word with a run of one repeated letter kept as two, then as one: "sweeet" → "sweet", "whyy" → "why". */
function withoutStretching(word: string): string[] {
  if (!/(\p{L})\1/u.test(word)) return [];
  return [word.replace(/(\p{L})\1{2,}/gu, '$1$1'), word.replace(/(\p{L})\1+/gu, '$1')];
}
