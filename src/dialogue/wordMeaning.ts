import { articleSentences } from '../data/articleText';
import { stem, tokenize } from '../nlu/tokens';
import type { Understanding } from '../nlu/understand';
import type { Action } from './action';

// "What does purify mean?", "what do you mean by harsh?", "what does it mean by purify", "what's broad spectrum even
// mean": asks what a word means.
const ASKS_MEANING =
  /^(?:so |ok |and |sorry |wait )*(?:what (?:do|does|did) (?:you|it|the article) mean by (.+)|what (?:is|s) meant by (.+)|what (?:does|do|did|is) (?:the word |the term |it mean by )?(.+?) (?:even |actually |really |supposed to )?mean\b.*|what s (.+?) (?:even )?mean\b.*|(?:the )?meaning of (.+))$/;
// "What is an exfoliator?", "what is a broad-spectrum sunscreen, precisely?": a definition asked of a word the aftercare names.
const ASKS_DEFINITION = /^(?:so |ok |and |sorry |wait )*what (?:is|are|s) (?:a |an )?(.+?)(?: precisely| exactly| anyway)?$/;
// "What does that mean?" asks for the last answer again, not for a word.
const POINTERS = new Set(['that', 'this', 'it', 'they', 'them', 'those', 'you']);
// "Harsh how?": the question word after the word asked about.
const TRAILING = new Set(['how', 'why', 'exactly', 'then', 'here']);

// "Who is the 'skincare adviser' mentioned at the end?", "what does "set their throne" mean?": a phrase quoted to ask about it.
const QUOTED = /["“”‘’']([^"“”‘’']{3,60})["“”‘’']/;
const ASKS_ABOUT_QUOTE = /^(what|who|which|whats)\b|\b(mean|means|meant|refer|refers|referring|count|counts)\b/;
const MAX_QUOTED_WORDS = 8;
// "What exactly is a 'microneedling facial'?": the article's own subject, which it defines.
const THE_ARTICLES_SUBJECT = /^(micro ?needling|micro ?needle|needling)( facial| treatment| procedure)?$/;

/** The words of a phrase quoted in a question about it, or nothing. */
export function quotedAsked(u: Pick<Understanding, 'text' | 'words'>): string[] | undefined {
  const quoted = QUOTED.exec(u.text)?.[1];
  if (!quoted || !ASKS_ABOUT_QUOTE.test(u.words.join(' '))) return undefined;
  const words = tokenize(quoted.toLowerCase().replace(/-/g, ' '));
  return words.length > 0 && words.length <= MAX_QUOTED_WORDS ? words : undefined;
}

/** The words whose meaning a question asks for, or nothing. */
export function askedMeaning(words: string[]): string[] | undefined {
  const match = ASKS_MEANING.exec(words.join(' '));
  const asked = (match?.slice(1).find((group) => group !== undefined) ?? '').split(' ').filter((w) => w.length > 0);
  while (asked.length > 1 && TRAILING.has(asked[asked.length - 1])) asked.pop();
  return asked.length > 0 && asked.length <= 3 && !asked.some((w) => POINTERS.has(w)) ? asked : undefined;
}

/**
 * "What do you mean by purify?": the article uses words it never defines. Where it uses the one asked about, the
 * honest reply says it does not define it and quotes the sentence, which is all the article says of it.
 */
export class WordMeanings {
  private readonly sentences: Array<{ text: string; stems: Set<string> }>;

  /** `namedOnly`: a topic the article names without explaining it (a toner, sunscreen), whose words can still be asked about. */
  constructor(
    article: string,
    private readonly namedOnly: (topic: string) => boolean = () => false,
  ) {
    this.sentences = articleSentences(article)
      .filter((text) => text.split(' ').length >= 4)
      .map((text) => ({ text, stems: new Set(tokenize(text.toLowerCase().replace(/-/g, ' ')).map(stem)) }));
  }

  /** A word the question asks the meaning of, named with the article's one sentence using it; nothing for a topic it explains. */
  explain(u: Understanding): Action | undefined {
    const defined = u.topics.length > 0 ? ASKS_DEFINITION.exec(u.words.join(' '))?.[1].split(' ') : undefined;
    const asked = askedMeaning(u.words) ?? quotedAsked(u) ?? (defined && defined.length <= 3 ? defined : undefined);
    if (!asked || u.topics.some((t) => !this.namedOnly(t)) || THE_ARTICLES_SUBJECT.test(asked.join(' '))) return undefined;
    const stems = asked.map(stem);
    const used = this.sentences.find((s) => stems.every((w) => s.stems.has(w)));
    return used ? { kind: 'not_covered', subject: asked.join(' '), quote: used.text } : undefined;
  }
}
