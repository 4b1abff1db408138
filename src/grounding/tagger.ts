import type compromise from 'compromise';

type Nlp = typeof compromise;
let loaded: Nlp | undefined;

/**
 * compromise, the part-of-speech tagger, loaded on first use: loading it takes about 0.3 s, which start-up would
 * otherwise spend before the server listens. `loadTagger` loads it ahead of the first question that needs it.
 */
export function nlp(text: string): ReturnType<Nlp> {
  loaded ??= require('compromise') as Nlp;
  return loaded(text);
}

/** Loads the tagger and runs it once, so its first real use pays for neither. */
export function loadTagger(): void {
  nlp('How long does swelling last after a session in Leeds?').json();
}
