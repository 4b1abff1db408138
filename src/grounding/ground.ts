import { LRUCache } from 'lru-cache';
import type { TrainingData } from '../data/intents';
import { namesOfRelatives } from '../nlu/backstory';
import { variantsFolder } from '../nlu/normalise';
import { isNumber, stem, tokenize, weekday } from '../nlu/tokens';
import type { Understanding } from '../nlu/understand';
import { subjectPhrase } from './phrase';
import { nlp, tagTerms, Term } from './tagger';
import { TreatmentMatcher } from './treatments';
import { SupportedVocabulary } from './vocabulary';

// "… in Westminster?", "… In Barrie", "… in Port of Spain": a clinic page's town at the end of a question, capitalised.
const TRAILING_PLACE = /\b[Ii]n ((?:[A-Z][\p{L}'-]+ ?)+(?:(?:of|de|del|la|le|upon|on) (?:[A-Z][\p{L}'-]+ ?)+)*)\W*$/u;
// "What Is Micro Needling Round Rock TX?": a town before a US state's code ends the page's title.
const TRAILING_TOWN_AND_STATE =
  /((?:[A-Z][\p{L}'-]+ ){1,3})(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\W*$/u;

// "Moira from Peel", "the tide at Peel": a capitalised word after "from", "at" or "round" names a place.
const PLACE_AFTER = /\b(?:from|at|round) ((?:\p{Lu}[\p{L}'-]+ ?)+)/gu;

const PLACE_TAGS = ['Place', 'City', 'Country', 'Region', 'Address'];

/**
 * The places a question names, by the tagger or as a trailing "in Town". The tagger knows a place by its capital
 * letter, so the question is tagged again as written only when one of the words in doubt is capitalised in it.
 */
function placesIn(text: string, lowerCaseTerms: Term[], words: string[]): Set<string> {
  const capitalised = words.some((w) => text.includes(w[0].toUpperCase() + w.slice(1)));
  const terms = capitalised ? tagTerms(text) : lowerCaseTerms;
  const tagged = terms.filter((t) => PLACE_TAGS.some((tag) => t.tags.has(tag))).map((t) => t.word);
  const trailing = TRAILING_PLACE.exec(text)?.[1] ?? TRAILING_TOWN_AND_STATE.exec(text)?.[1] ?? '';
  const after = [...text.matchAll(PLACE_AFTER)].map((m) => m[1]).join(' ');
  return new Set([...tagged, ...tokenize(`${trailing} ${after}`.toLowerCase())]);
}

// "I'm Moira…", "I am Sarah…": the words before a name the visitor gives themself.
const SELF_INTRODUCTION = new Set(['m', 'im', 'am']);
// "Should Darlene…", "can Jess…": the verb a question opens on, before whom it asks of.
const QUESTION_VERBS = new Set(['can', 'could', 'should', 'would', 'will', 'may', 'might', 'must', 'does', 'do', 'did', 'is', 'has']);

/** Whether the word is written capitalised somewhere past the message's first letter, as a name is. */
function writtenAsName(text: string, word: string): boolean {
  const capitalised = word[0].toUpperCase() + word.slice(1);
  return /^\p{L}+$/u.test(word) && new RegExp(`\\b${capitalised}\\b`, 'u').test(text.slice(1));
}

// "The leaflet in my box said once a week", "my mate reckons…", "a gentleman asks…": who said or asks it, before what the visitor
// checks or passes on.
const REPORTS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'reckons',
  'reckoned',
  'recommended',
  'recommends',
  'suggested',
  'suggests',
  'asks',
  'asking',
  'wonders',
  'wondering',
]);
const MAX_REPORTER_WORDS = 5;

/** Word positions of whoever a message quotes, when it opens with them: the claim is what it asks about. */
function reporterOf(words: string[]): number[] {
  const verb = words.findIndex((w) => REPORTS.has(w));
  return verb > 0 && verb <= MAX_REPORTER_WORDS ? words.slice(0, verb).map((_, i) => i) : [];
}

// "Student nurse here", "mum of 2 here, quick q": who the visitor is, when the message opens with it.
const INTRODUCTION_LINKS = new Set(['a', 'an', 'of']);

/** Word positions of a self-introduction ending in "here" at the message's start: who asks is not what they ask about. */
function introductionOf(words: string[], isContent: (word: string) => boolean): number[] {
  const here = words.indexOf('here');
  if (here <= 0 || here > MAX_REPORTER_WORDS) return [];
  const who = words.slice(0, here);
  const introduces = isContent(who[0]) && who.every((w) => isContent(w) || INTRODUCTION_LINKS.has(w) || isNumber(w));
  return introduces ? words.slice(0, here + 1).map((_, i) => i) : [];
}

// "I teach biology and I've been reading up on it", "I work in retail": what the visitor does, told before the question.
const WORK_OPENERS = ['i teach', 'i work in', 'i work as', 'i work at', 'i study', 'i lecture in'].map((opener) => opener.split(' '));
const MAX_WORK_WORDS = 3;

/** Word positions of the visitor's work, when the message opens with it: who asks is not what they ask about. */
function workOf(words: string[]): number[] {
  const opener = WORK_OPENERS.find((o) => o.every((w, k) => words[k] === w));
  if (!opener) return [];
  const and = words.indexOf('and', opener.length);
  const end = and < 0 ? words.length : and;
  return end - opener.length <= MAX_WORK_WORDS ? words.slice(0, end).map((_, i) => i) : [];
}

const ANSWERING_ROLES = new Set(['answer', 'follow_up', 'conversational']);
const MOMENT_WORDS = new Set(['after', 'before', 'once', 'until', 'till']);
const NEXT_WORD_MOMENTS = new Set(['on', 'by']);
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'weekend']);
const TIME_MARKERS = new Set([...MOMENT_WORDS, ...NEXT_WORD_MOMENTS, 'for']);
// "After the baby", "once I'm done": the words between a word of time and the moment it names.
const MOMENT_FILLERS = new Set(['the', 'a', 'an', 'my', 'her', 'his', 'your', 'their', 'our', 'i', 'm', 'im', 'done', 'next']);

/** What the article can and cannot speak to in one question. */
export interface Grounding {
  /** Content words the article never uses, even through a synonym: the question's uncovered subject. */
  readonly unsupported: string[];
  /** That subject named from the question's own words ("wearing makeup after a session"), when it can be. */
  readonly subject?: string;
  /** Other treatments the question names ("laser treatments"). */
  treatments: string[];
  /** A product the question asks works, in its own words ("wrinkle creams"). */
  readonly product?: string;
}

/**
 * Stage "ground": holds the question's subject up against the article. The classifier says what kind of
 * question it is; grounding says whether the article has anything on the thing asked about.
 */
export class Grounder {
  private readonly vocabulary: SupportedVocabulary;
  private readonly treatments: TreatmentMatcher;
  private readonly anchorStems: Set<string>;
  /** Words already looked up: a lemma takes a run of the tagger, and visitors use the same words again and again. */
  private readonly supportedWords = new LRUCache<string, boolean>({ max: 10_000 });

  constructor(data: TrainingData, article: string) {
    const fold = variantsFolder(data.domain.spelling_variants);
    const covered = data.topics.filter((t) => t.home_intent !== 'not_covered').flatMap((t) => t.terms);
    // How visitors ask about what the article covers: the training sentences of every intent that answers.
    const askedWords = data.intents.filter((i) => ANSWERING_ROLES.has(i.role)).flatMap((i) => i.utterances);
    this.vocabulary = new SupportedVocabulary({
      article: fold(article),
      // A phrase's words count only together ("dark patches" makes "patches" no word of the article's): the phrase is
      // read as a topic where it occurs, and its words alone may name something else ("pimple patches").
      coveredTerms: [...covered.filter((t) => !t.includes(' ')), ...data.domain.anchors, ...data.domain.weak_anchors, ...askedWords].map(fold),
      frameWords: data.domain.frame_words,
      synonyms: data.domain.article_synonyms,
    });
    this.treatments = new TreatmentMatcher(data.treatments, data.products, fold);
    this.anchorStems = new Set([...data.domain.anchors, ...data.domain.weak_anchors].flatMap((a) => tokenize(fold(a))).map(stem));
  }

  ground(u: Understanding): Grounding {
    const { treatments, covered, product } = this.treatments.match(u.words);
    const mentioned = new Set([
      ...u.mentioned,
      ...covered,
      ...reporterOf(u.words),
      ...introductionOf(u.words, (w) => this.vocabulary.isContent(w)),
      ...workOf(u.words),
      ...namesOfRelatives(u.words),
      ...u.asides,
    ]);
    const candidates = u.words.filter((w, i) => !mentioned.has(i) && this.vocabulary.isContent(w) && !this.isSupported(w) && !this.namesMoment(u.words, i));
    if (candidates.length === 0) return { unsupported: [], treatments, product };
    // Tagging is most of a turn's cost and most decisions never ask for the subject: tag on first use.
    let found: Pick<Grounding, 'unsupported' | 'subject'> | undefined;
    const find = () => (found ??= this.uncoveredSubject(u, candidates));
    return {
      treatments,
      product,
      get unsupported() {
        return find().unsupported;
      },
      get subject() {
        return find().subject;
      },
    };
  }

  private uncoveredSubject(u: Understanding, candidates: string[]): Pick<Grounding, 'unsupported' | 'subject'> {
    const terms = tagTerms(u.text.toLowerCase());
    // "What should I definitely not use?", "the main benefit anyway": how something is asked, not what about.
    const adverbs = new Set(terms.filter((t) => t.tags.has('Adverb') && !t.tags.has('Noun') && !t.tags.has('Adjective')).map((t) => t.word));
    // "Microneedling in New Zealand": where the visitor is, not what they ask about ("the best beach in Spain" is off topic).
    const places = u.anchored ? placesIn(u.text, terms, candidates) : new Set<string>();
    // "What should Darlene put on her face after?": whom the visitor asks for, by a first name they capitalise, as the one a
    // question asks of; "I'm Moira from Peel": the visitor, by the name they give.
    const people = new Set([
      ...terms.filter((t, i) => t.tags.has('FirstName') && QUESTION_VERBS.has(terms[i - 1]?.word ?? '') && writtenAsName(u.text, t.word)).map((t) => t.word),
      ...u.words.filter((w, i) => SELF_INTRODUCTION.has(u.words[i - 1]) && writtenAsName(u.text, w)),
    ]);
    const unsupported = candidates.filter((w) => !places.has(w) && !adverbs.has(w) && !people.has(w));
    if (unsupported.length === 0) return { unsupported };
    const subject = subjectPhrase(u.text, new Set(unsupported), (word) => this.anchorStems.has(stem(word)), terms);
    return { unsupported, subject };
  }

  /**
   * "How often can I go after the baby?", "once I'm done feeding", "on Friday": the first content word after a word of time
   * says when the question applies, not what it asks about.
   */
  private namesMoment(words: string[], at: number): boolean {
    // "On Friday", "by bedtime", "on amazon": the word right after; "on my tummy" is a place on the body.
    // "Booked for Saturday", "still red Monday": a day says when, never what the question is about.
    if (weekday(words[at]) !== undefined || words[at] === 'ago' || (at > 0 && NEXT_WORD_MOMENTS.has(words[at - 1]))) return true;
    // "By the evening class", "before my morning shift": what happens at a time of day is a moment too.
    return followsWordOf(MOMENT_WORDS, words, at) || (at > 0 && TIMES_OF_DAY.has(words[at - 1]) && followsWordOf(TIME_MARKERS, words, at - 1));
  }

  /** Irregular forms the stemmer leaves alone are checked by their lemma too: "can results be seen" asks to "see" them. */
  private isSupported(word: string): boolean {
    if (this.vocabulary.isSupported(word)) return true;
    let supported = this.supportedWords.get(word);
    if (supported === undefined) {
      const lemma = nlp(word).verbs().toInfinitive().text();
      supported = lemma !== '' && lemma !== word && this.vocabulary.isSupported(lemma);
      this.supportedWords.set(word, supported);
    }
    return supported;
  }
}

/** Whether a word of `markers` comes before the word at `at`, with only fillers between. */
function followsWordOf(markers: Set<string>, words: string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j -= 1) {
    if (markers.has(words[j])) return true;
    if (!MOMENT_FILLERS.has(words[j])) return false;
  }
  return false;
}
