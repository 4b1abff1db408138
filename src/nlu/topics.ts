import type { TopicData } from '../data/intents';
import { isGerund, stem, tokenize } from './tokens';

// Words that may sit inside a term without changing it: "how long does microneedling actually last".
const INTENSIFIERS = new Set(
  ['actually', 'really', 'even', 'truly', 'exactly', 'usually', 'typically', 'generally', 'normally', 'definitely', 'absolutely'].map(stem),
);

interface TopicTerm {
  /** Undefined for another treatment's name, whose words name no topic: "red light therapy" is not redness. */
  topic?: string;
  stems: string[];
  words: string[];
}

/** Finds the topics a message names ("acne scars", "sun hat"), longest term first at each position. */
export class TopicMatcher {
  private readonly terms: TopicTerm[];
  /** The terms by first stem, longest first as in `terms`: each position is tried only against terms that can start there. */
  private readonly termsByFirstStem = new Map<string, TopicTerm[]>();
  /** The visitor's circumstances ("pregnant", "on accutane"), which "not" right before denies. */
  private readonly circumstances: Set<string>;

  constructor(topics: TopicData[], fold: (text: string) => string, otherTreatments: string[] = []) {
    this.circumstances = new Set(topics.filter((t) => t.circumstance).map((t) => t.id));
    const named = (topic: string | undefined) => (term: string) => {
      const words = tokenize(fold(term));
      return { topic, stems: words.map(stem), words };
    };
    // A topic's term as long as a treatment's name keeps its words: the sort is stable.
    this.terms = [...topics.flatMap((t) => t.terms.map(named(t.id))), ...otherTreatments.map(named(undefined))]
      .filter((t) => t.stems.length > 0)
      .sort((a, b) => b.stems.length - a.stems.length);
    for (const term of this.terms) {
      const bucket = this.termsByFirstStem.get(term.stems[0]);
      if (bucket) bucket.push(term);
      else this.termsByFirstStem.set(term.stems[0], [term]);
    }
  }

  /**
   * Topic ids in order of first mention, which word positions the mentions covered, and each mention. A topic set
   * aside ("what else does it help besides pores?") is covered but not asked about.
   */
  match(words: string[]): { topics: string[]; covered: Set<number>; spans: Map<number, { topic: string; length: number }> } {
    const { spans } = this.spans(words);
    const topics: string[] = [];
    const covered = new Set<number>();
    let asideUntil = -1;
    for (const [start, { topic, length }] of spans) {
      for (let k = 0; k < length; k++) covered.add(start + k);
      // A contrast needs a topic named before it: "so not every day then?" sets nothing aside.
      const contrasted = covered.size > length && CONTRASTED.test(words.slice(Math.max(0, start - 3), start).join(' '));
      // "Besides scars and pores": a topic joined to one set aside is set aside too.
      // "For me (not pregnant lol)": a circumstance denied is no circumstance of the visitor's.
      const denied = this.circumstances.has(topic) && words[start - 1] === 'not';
      const aside = setAside(words, start) || contrasted || denied || (asideUntil >= 0 && JOINED.test(words.slice(asideUntil, start).join(' ')));
      asideUntil = aside ? start + length : -1;
      if (!topics.includes(topic) && !aside) topics.push(topic);
    }
    return { topics, covered, spans };
  }

  /** Each mention by its start position: the topic and how many words it spans. */
  spans(words: string[]): { spans: Map<number, { topic: string; length: number }> } {
    const stems = words.map(stem);
    const spans = new Map<number, { topic: string; length: number }>();
    for (let i = 0; i < stems.length; i++) {
      for (const term of this.termsByFirstStem.get(stems[i]) ?? []) {
        const length = spanOf(term.stems, stems, i);
        // "A peeling with AHA" is a product, not "a peel": a treatment's name holds its words' form.
        if (length === 0 || (term.topic === undefined && term.words.some((w, k) => !isGerund(w) && isGerund(words[i + k] ?? '')))) continue;
        if (term.topic !== undefined) spans.set(i, { topic: term.topic, length });
        i += length - 1;
        break;
      }
    }
    return { spans };
  }

  /** Every stem a topic term uses: words the bot knows even if no utterance trains them. */
  stems(): string[] {
    return this.terms.flatMap((t) => t.stems);
  }
}

// "Besides pores", "other than the sun", "apart from my scars".
/** "Besides", "other than", "apart from": words that set what follows aside. */
export const SETTING_ASIDE = '(besides|except|excluding|apart from|apart of|other than|aside from)';
// "Ok forget the money, is it safe?", "never mind the price": a topic dropped is set aside too; so is one done already,
// "besides staying out of the sun", "other than wearing a hat"; so is one after something else set aside, "besides
// spots and wrinkles"; so is one negated, "non-RF microneedling", "for people not on blood thinners".
const SET_ASIDE = new RegExp(
  `\\b(${SETTING_ASIDE}( \\w+ing( (out of|away from|on|off|with|to|up|about|for|in|from))?)?|${SETTING_ASIDE}( \\w+){1,2} (and|or)|forget|forget about|never mind|nevermind|nvm|ignore|scrap|non|(?<!\\bor )not (on|taking)|aren t on|isn t on)( (the|my|your|a|an|those|these|any))?$`,
);
// "The lines on my forehead, not scars", "pores not scars": after a topic, one the visitor says is not the one asked about.
const CONTRASTED = /\b(not|not for|rather than|instead of)( (the|my|your|a|an|those|these))?$/;

// "Besides scars and my pores" joins them; "besides the sagging, my pores…" (the comma gone) starts anew.
const JOINED = /^((the|my|your) )*(and|or)( (the|my|your))*$/;

/** Whether the words before a mention set it aside. */
function setAside(words: string[], start: number): boolean {
  return SET_ASIDE.test(words.slice(Math.max(0, start - 5), start).join(' '));
}

/** How many words from `start` the term spans, intensifiers inside it included; 0 when it does not match there. */
function spanOf(term: string[], stems: string[], start: number): number {
  let at = start;
  for (let k = 0; k < term.length; k++) {
    if (k > 0) while (at < stems.length && stems[at] !== term[k] && INTENSIFIERS.has(stems[at])) at++;
    if (stems[at] !== term[k]) return 0;
    at++;
  }
  return at - start;
}
