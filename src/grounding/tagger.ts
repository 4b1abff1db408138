import type compromise from 'compromise';

type Nlp = typeof compromise;
let tagger: Nlp | undefined;
let conjugator: Nlp | undefined;

/**
 * compromise's full build, for what only it does: a verb's infinitive and its other forms. Loaded on first use, like the
 * tagger below.
 */
export function nlp(text: string): ReturnType<Nlp> {
  conjugator ??= require('compromise') as Nlp;
  return conjugator(text);
}

/** One word of a tagged question: its normal (lower-case) form and the tagger's tags for it. */
export interface Term {
  word: string;
  tags: ReadonlySet<string>;
}

interface RawTerm {
  normal: string;
  tags: Set<string>;
}

/**
 * The question's words with their tags, from one run of the tagger (the run is most of the grounding's cost).
 * compromise's second build tags exactly as the full one (the same tags on every real question of eval/) in three
 * quarters of the time: the full build also chunks every sentence into phrases, which nothing here reads. Loaded on
 * first use: loading takes about 0.3 s, which start-up would otherwise spend before the server listens, and loading it
 * just after listening stalls the event loop when the first requests arrive, long enough for their Redis commands to
 * time out.
 */
export function tagTerms(text: string): Term[] {
  tagger ??= require('compromise/two') as Nlp;
  const sentences = (tagger(text) as unknown as { docs: RawTerm[][] }).docs;
  return sentences.flatMap((s) => s.map((t) => ({ word: t.normal, tags: t.tags }))).filter((t) => t.word.length > 0);
}
