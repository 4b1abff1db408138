import { isGerund, stem, tokenize } from '../nlu/tokens';

export interface TreatmentData {
  /** How the reply names it: "laser resurfacing", "a chemical peel". */
  label: string;
  terms: string[];
}

const PROBLEM = /^(scar|mark|wound|damage)/;
// "A scar on my jaw from a mole removal", "scars from a botched peel": the problem a few words before, then where it came from.
const PROBLEM_FROM = /\b(scar|mark|wound|damage)\w*( [\w-]+){0,4} from( (a|an|the|my|her|his|their|some|old|bad|botched))*$/;

// "Forget the laser", "she's not into Botox", "rather than fillers": a treatment the visitor sets aside is not asked about.
const SETS_ASIDE =
  /\b(forget( about)?|never ?mind|not into|instead of|rather than|without( having| needing| going under)?|(don t|dont|do not|doesn t|doesnt|does not) want( to (do|have|try|get))?|not interested in|not a fan of|not keen on|not (necessarily |really )?in favou?r (of|for))( (the|a|an|any|her|his|my|that))?$/;

// "…or do you have to keep going back forever like botox": a closing likeness; "is it like botox?" asks for the comparison,
// "what's the recovery like with laser resurfacing?" asks about the treatment.
const SIMILE = /\b(?<!\b(is|it|s|this|that|just|similar|kind of|sort of|much) )like( the| a| an| with)?$/;
const ASKS_LIKENESS = /^(is|are|was|does|do|feel|feels)( \w+){0,2} like( the| a| an)?$|^(what s|whats|what is|what are|what was)( \w+){1,3} like with$/;

const likens = (before: string): boolean => SIMILE.test(before) && !ASKS_LIKENESS.test(before);

// "Do wrinkle creams work?", "does the scar removal creams make scars vanish?", "is vitamin c serum good for dark spots?":
// a yes/no question whose subject is a product asks whether the product works, which the article never discusses.
const ASKS_IF_IT_WORKS =
  /^(?:(?:so|and|but|ok|honestly|also) )?(?:do|does|did|is|are|will|would|can|could) (?:the |a |an |these |those |any |such |all )?((?:[\w-]+ ){0,3}?[\w-]+) (?:really |actually |even )?(?:work|works|help|helps|make|fade|remove|reduce|get rid|good|effective|worth|do anything|lighten|shrink|tighten|clear|improve|prevent)\b/;
// Its name is no product of the article's aftercare, nor microneedling's own tools: "is sun cream good after?", "are derma roller serums worth it?".
const NOT_A_PRODUCT = new Set(['it', 'this', 'that', 'they', 'them', 'my', 'your', 'sun', 'soothing', 'numbing', 'microneedling', 'needling', 'roller', 'pen']);
const ASKS_OF_A_MOMENT = /\b(after|afterwards|before|during|post|between)\b/;

/** Finds other treatments a message names: the article speaks of microneedling only. */
export class TreatmentMatcher {
  /** Terms by their first stem, longest first: a word is held up only against the terms it could start. */
  private readonly termsByFirstStem = new Map<string, Array<{ label: string; stems: string[]; words: string[] }>>();

  private readonly products: Set<string>;

  constructor(treatments: TreatmentData[], products: string[], fold: (text: string) => string) {
    this.products = new Set(products);
    const terms = treatments
      .flatMap((t) => t.terms.map((term) => tokenize(fold(term))).map((words) => ({ label: t.label, stems: words.map(stem), words })))
      .sort((a, b) => b.stems.length - a.stems.length);
    for (const term of terms) this.termsByFirstStem.set(term.stems[0], [...(this.termsByFirstStem.get(term.stems[0]) ?? []), term]);
  }

  /** Labels of the treatments named, in order of mention, the word positions they cover, and a product asked whether it works. */
  match(words: string[]): { treatments: string[]; covered: Set<number>; product?: string } {
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
      const origin = PROBLEM_FROM.test(words.slice(Math.max(0, i - 9), i).join(' ')) || PROBLEM.test(words[i + term.stems.length] ?? '');
      const end = i + term.stems.length;
      const setAside = SETS_ASIDE.test(words.slice(Math.max(0, i - 6), i).join(' ')) || (end === words.length && likens(words.slice(0, i).join(' ')));
      if (!origin && !setAside && !treatments.includes(term.label)) treatments.push(term.label);
      i += term.stems.length - 1;
    }
    return { treatments, covered, product: treatments.length === 0 ? this.productAskedOf(words) : undefined };
  }

  /** The product a question asks works, in the question's own words ("wrinkle creams"), when it asks that. */
  private productAskedOf(words: string[]): string | undefined {
    const text = words.join(' ');
    const name = ASKS_IF_IT_WORKS.exec(text)?.[1].split(' ');
    if (!name || !this.products.has(name[name.length - 1]) || ASKS_OF_A_MOMENT.test(text)) return undefined;
    return name.some((w) => NOT_A_PRODUCT.has(w)) ? undefined : name.join(' ');
  }
}
