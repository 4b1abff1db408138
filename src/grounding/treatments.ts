import { stem, tokenize } from '../nlu/tokens';

export interface TreatmentData {
  /** How the reply names it: "laser resurfacing", "a chemical peel". */
  label: string;
  terms: string[];
}

/** Finds other treatments a message names: the article speaks of microneedling only. */
export class TreatmentMatcher {
  private readonly terms: Array<{ label: string; stems: string[] }>;

  constructor(treatments: TreatmentData[], fold: (text: string) => string) {
    this.terms = treatments
      .flatMap((t) => t.terms.map((term) => ({ label: t.label, stems: tokenize(fold(term)).map(stem) })))
      .sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Labels of the treatments named, in order of mention, and the word positions they cover. */
  match(words: string[]): { treatments: string[]; covered: Set<number> } {
    const stems = words.map(stem);
    const treatments: string[] = [];
    const covered = new Set<number>();
    for (let i = 0; i < stems.length; i++) {
      const term = this.terms.find((t) => t.stems.every((s, k) => stems[i + k] === s));
      if (!term) continue;
      term.stems.forEach((_, k) => covered.add(i + k));
      // "Scars from surgery": where a problem came from, not a treatment asked about.
      const origin = words[i - 1] === 'from' && /^(scar|mark|wound|damage)/.test(words[i - 2] ?? '');
      if (!origin && !treatments.includes(term.label)) treatments.push(term.label);
      i += term.stems.length - 1;
    }
    return { treatments, covered };
  }
}
