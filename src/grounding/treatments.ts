import { isGerund, stem, tokenize } from '../nlu/tokens';

export interface TreatmentData {
  /** How the reply names it: "laser resurfacing", "a chemical peel". */
  label: string;
  terms: string[];
}

const PROBLEM = /^(scar|mark|wound|damage)/;

// "Forget the laser", "she's not into Botox", "rather than fillers": a treatment the visitor sets aside is not asked about.
const SETS_ASIDE =
  /\b(forget( about)?|never ?mind|not into|instead of|rather than|without( having| needing| going under)?|(don t|dont|do not|doesn t|doesnt|does not) want( to (do|have|try|get))?|not interested in|not a fan of|not keen on|not (necessarily |really )?in favou?r (of|for))( (the|a|an|any|her|his|my|that))?$/;

// "…or do you have to keep going back forever like botox": a closing likeness; "is it like botox?" asks for the comparison,
// "what's the recovery like with laser resurfacing?" asks about the treatment.
const SIMILE = /\b(?<!\b(is|it|s|this|that|just|similar|kind of|sort of|much) )like( the| a| an| with)?$/;
const ASKS_LIKENESS = /^(is|are|was|does|do|feel|feels)( \w+){0,2} like( the| a| an)?$|^(what s|whats|what is|what are|what was)( \w+){1,3} like with$/;

const likens = (before: string): boolean => SIMILE.test(before) && !ASKS_LIKENESS.test(before);

/** Finds other treatments a message names: the article speaks of microneedling only. */
export class TreatmentMatcher {
  /** Terms by their first stem, longest first: a word is held up only against the terms it could start. */
  private readonly termsByFirstStem = new Map<string, Array<{ label: string; stems: string[]; words: string[] }>>();

  constructor(treatments: TreatmentData[], fold: (text: string) => string) {
    const terms = treatments
      .flatMap((t) => t.terms.map((term) => tokenize(fold(term))).map((words) => ({ label: t.label, stems: words.map(stem), words })))
      .sort((a, b) => b.stems.length - a.stems.length);
    for (const term of terms) this.termsByFirstStem.set(term.stems[0], [...(this.termsByFirstStem.get(term.stems[0]) ?? []), term]);
  }

  /** Labels of the treatments named, in order of mention, and the word positions they cover. */
  match(words: string[]): { treatments: string[]; covered: Set<number> } {
    const stems = words.map(stem);
    const treatments: string[] = [];
    const covered = new Set<number>();
    for (let i = 0; i < stems.length; i++) {
      // "The peeling" is what the skin does; "the peel", "peels" and "peeled" name the treatment.
      const term = this.termsByFirstStem
        .get(stems[i])
        ?.find((t) => t.stems.every((s, k) => stems[i + k] === s && (isGerund(t.words[k]) || !isGerund(words[i + k]))));
      if (!term) continue;
      term.stems.forEach((_, k) => covered.add(i + k));
      // "Scars from surgery", "surgery scars": where a problem came from, not a treatment asked about.
      const origin = (words[i - 1] === 'from' && PROBLEM.test(words[i - 2] ?? '')) || PROBLEM.test(words[i + term.stems.length] ?? '');
      const end = i + term.stems.length;
      const setAside = SETS_ASIDE.test(words.slice(Math.max(0, i - 6), i).join(' ')) || (end === words.length && likens(words.slice(0, i).join(' ')));
      if (!origin && !setAside && !treatments.includes(term.label)) treatments.push(term.label);
      i += term.stems.length - 1;
    }
    return { treatments, covered };
  }
}
