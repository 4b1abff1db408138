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
  return compromiseLoaded()(text);
}

function compromiseLoaded(): Nlp {
  loaded ??= require('compromise') as Nlp;
  return loaded;
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
 * What `nlp(text)` computes after tokenising, without its last step, chunking into phrases, which nothing here reads
 * and which was an eighth of the tagging's time. The tags are the same (checked on every visitor turn of eval/).
 */
const TAGGING_STEPS = ['index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger'];

/** The question's words with their tags, from one run of the tagger (the run is most of the grounding's cost). */
export function tagTerms(text: string): Term[] {
  const sentences = (compromiseLoaded().tokenize(text).compute(TAGGING_STEPS) as unknown as { docs: RawTerm[][] }).docs;
  return sentences.flatMap((s) => s.map((t) => ({ word: t.normal, tags: t.tags }))).filter((t) => t.word.length > 0);
}
