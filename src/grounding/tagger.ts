import type compromise from 'compromise';

type Nlp = typeof compromise;
let loaded: Nlp | undefined;

/**
 * compromise, the part-of-speech tagger, loaded on first use: loading it takes about 0.3 s, which start-up would
 * otherwise spend before the server listens. Only some questions need it (a subject the article does not cover, a
 * word the article lacks); the first of them waits for the load once. Loading it just after listening instead
 * stalls the event loop at the moment the first requests arrive, long enough for their Redis commands to time out.
 */
export function nlp(text: string): ReturnType<Nlp> {
  loaded ??= require('compromise') as Nlp;
  return loaded(text);
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

/** The question's words with their tags, from one run of the tagger (the run is most of the grounding's cost). */
export function tagTerms(text: string): Term[] {
  const sentences = (nlp(text) as unknown as { docs: RawTerm[][] }).docs;
  return sentences.flatMap((s) => s.map((t) => ({ word: t.normal, tags: t.tags }))).filter((t) => t.word.length > 0);
}
