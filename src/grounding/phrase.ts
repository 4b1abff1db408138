import { LRUCache } from 'lru-cache';
import { nlp, tagTerms, Term } from './tagger';

// The visitor's words, turned to address them: "my results" → "your results".
const TO_SECOND_PERSON: Record<string, string> = { my: 'your', i: 'you', me: 'you', our: 'your', us: 'you', myself: 'yourself', mine: 'yours' };
// Taggers disagree on "last" and "swelling"; the duration question has one shape and gets it said plainly.
const DURATION_QUESTION = /^how long (do|does|did|will|would|should) (.+?) (last|take|stay|persist)( (?:after|before|during) .+)?$/;
const LINKING_PREPOSITIONS = new Set(['of', 'for', 'with', 'on', 'in', 'to', 'from']);
const TIME_PREPOSITIONS = new Set(['after', 'before', 'during']);
// "Feel sick": a verb whose adjective says how the visitor is.
const FEELING_VERBS = new Set(['feel', 'feels', 'felt']);
// "Ice pack ok?": the verdict asked for ends the subject; it is no part of it.
const VERDICTS = new Set(['ok', 'okay', 'fine', 'alright', 'allowed']);

const isVerb = (t: Term) => t.tags.has('Verb') && !t.tags.has('Gerund') && !['Copula', 'Modal', 'Auxiliary'].some((tag) => t.tags.has(tag));
// "swelling" is tagged a verb as often as a noun; in a subject it is the noun.
const isGerund = (t: Term) => t.tags.has('Gerund') || (t.tags.has('Verb') && t.word.endsWith('ing'));
// "…reddish-brown, does it help?": the tagger can read an auxiliary after a comma as a plural noun ("does", "wills").
const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
]);
const isNominal = (t: Term) =>
  !AUXILIARIES.has(t.word) &&
  // "…the needle piece—aren't at-home needles…": a negated auxiliary ends a phrase too.
  !t.word.endsWith("n't") &&
  (['Noun', 'Adjective', 'Acronym', 'Value'].some((tag) => t.tags.has(tag)) || isGerund(t)) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('QuestionWord') &&
  !(t.tags.has('Verb') && !isGerund(t));
// A verb is the subject's own only where it is what the visitor would do: "can I wear …", "to shower", "I drink".
const isDoing = (terms: Term[], at: number) => at > 0 && (terms[at - 1].tags.has('Pronoun') || terms[at - 1].tags.has('Modal') || terms[at - 1].word === 'to');
const isModifier = (t: Term) => t.tags.has('Determiner') || t.tags.has('Possessive');

/** Conjugations already made: each takes two runs of compromise's full build, and visitors use the same verbs. */
const verbForms = new LRUCache<string, string>({ max: 2_000 });

function verbForm(verb: string, form: 'Gerund' | 'PresentTense' | 'PastTense'): string {
  const key = `${form} ${verb}`;
  let conjugated = verbForms.get(key);
  if (conjugated === undefined) {
    conjugated = conjugate(verb, form);
    verbForms.set(key, conjugated);
  }
  return conjugated;
}

function conjugate(verb: string, form: 'Gerund' | 'PresentTense' | 'PastTense'): string {
  // "spent" conjugates from "spend" ("spending", not "spenting"); the tagger finds a past form's infinitive only in a clause.
  const infinitive = nlp(`I ${verb}`).verbs().toInfinitive().text().replace(/^I /, '') || verb;
  const doc = nlp(infinitive);
  doc.tag('Infinitive');
  const forms = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  return forms?.[form] ?? verb;
}

// "does" and "did" fold into the first verb of an embedded question; modals stay: "how long your results will last".
function embeddedVerb(auxiliary: string, verbs: string[]): string[] {
  const [first, ...rest] = verbs;
  if (auxiliary === 'does') return [verbForm(first, 'PresentTense'), ...rest];
  if (auxiliary === 'did') return [verbForm(first, 'PastTense'), ...rest];
  if (auxiliary === 'do') return verbs;
  return [auxiliary, ...verbs];
}

// "How long do I have to wait": do and have also carry the clause's own verb phrase; the other auxiliaries start a second one.
const SECOND_CLAUSE_VERBS = new Set([...AUXILIARIES].filter((w) => !['do', 'have', 'has', 'had'].includes(w)));

/**
 * "how long will my results last" → "how long your results will last", "how often would I need to attend" → "how often
 * you would need to attend": a wh-question as a clause, its subject before the verbs.
 */
function embeddedQuestion(terms: Term[], verbAt: number): string[] | undefined {
  const auxAt = terms.findIndex((t) => t.tags.has('Modal') || ['do', 'does', 'did'].includes(t.word));
  if (!terms[0]?.tags.has('QuestionWord') || auxAt < 1 || auxAt >= verbAt - 1) return undefined;
  let subjectEnd = auxAt + 1;
  while (subjectEnd < verbAt && (subjectEnd === auxAt + 1 || isModifier(terms[subjectEnd]) || isNominal(terms[subjectEnd]))) subjectEnd += 1;
  // "why does it have to be a clinic, isn't that just upselling": a second finite verb starts a clause of its own.
  if (terms.slice(subjectEnd, verbAt).some((t) => SECOND_CLAUSE_VERBS.has(t.word) || t.word.endsWith("n't"))) return undefined;
  const wh = terms.slice(0, auxAt).map((t) => t.word);
  const subject = terms.slice(auxAt + 1, subjectEnd).map((t) => t.word);
  const verbs = terms.slice(subjectEnd, verbAt + 1).map((t) => t.word);
  return [...wh, ...subject, ...embeddedVerb(terms[auxAt].word, verbs)];
}

const YES_NO_OPENERS = new Set(['will', 'would', 'can', 'could', 'does', 'do', 'is', 'are']);
const MAX_CLAUSE_WORDS = 10;
const CLAUSE_LINKS = new Set(['so', 'because', 'since', 'then', 'but', 'and', 'or']);

/** "Will it make my skin oily?" → "whether it will make my skin oily": a yes/no question as a clause. */
function yesNoClause(terms: Term[]): string[] | undefined {
  const [opener, subject, verb, ...rest] = terms.map((t) => t.word);
  // One clause, short enough to repeat: "… at home then, so it's less scary" says more than its last word.
  const oneClause = terms.length <= MAX_CLAUSE_WORDS && !terms.some((t) => CLAUSE_LINKS.has(t.word));
  if (!YES_NO_OPENERS.has(opener) || !terms[1].tags.has('Pronoun') || verb === undefined || !oneClause) return undefined;
  if (opener === 'does') return ['whether', subject, verbForm(verb, 'PresentTense'), ...rest];
  return ['whether', subject, ...(opener === 'do' ? [] : [opener]), verb, ...rest];
}

/** A noun phrase starting at `start`: modifiers, then nouns and adjectives, then "of the …" chains. */
function nounPhraseFrom(terms: Term[], start: number, isAnchor: (word: string) => boolean): { words: string[]; end: number } {
  const words: string[] = [];
  let i = start;
  while (i < terms.length && isModifier(terms[i]) && !VERDICTS.has(terms[i].word)) words.push(terms[i++].word);
  const headStart = i;
  while (i < terms.length && isNominal(terms[i]) && !isAnchor(terms[i].word) && !VERDICTS.has(terms[i].word)) words.push(terms[i++].word);
  if (i === headStart) return { words: [], end: start };
  if (terms[i]?.word === 'of' && i + 1 < terms.length) {
    const tail = nounPhraseFrom(terms, i + 1, isAnchor);
    if (tail.words.length > 0) return { words: [...words, 'of', ...tail.words], end: tail.end };
  }
  return { words, end: i };
}

/**
 * Names the subject of a question grammatically, from the question's own words, around the first word the
 * article never uses: "can I wear makeup after microneedling?" → "wearing makeup after a session".
 */
export function subjectPhrase(
  text: string,
  unsupported: ReadonlySet<string>,
  isAnchor: (word: string) => boolean,
  terms: Term[] = tagTerms(text.toLowerCase()),
): string | undefined {
  const duration = DURATION_QUESTION.exec(
    text
      .toLowerCase()
      .replace(/[?!.]+$/, '')
      .trim(),
  );
  if (duration && [...unsupported].some((w) => duration[2].split(' ').includes(w))) {
    const [, auxiliary, subject, verb, timing] = duration;
    const when = timing ? [timing.trim().split(' ')[0], 'a', 'session'] : [];
    return ['how long', ...subject.split(' ').map((w) => TO_SECOND_PERSON[w] ?? w), ...embeddedVerb(auxiliary, [verb]), ...when].join(' ');
  }
  // "Does microneedling affect skin with broken capillaries?": a verb that names nothing gives way to the next unknown word.
  for (const [at, term] of terms.entries()) {
    if (!unsupported.has(term.word)) continue;
    const phrase = phraseAround(terms, at, unsupported, isAnchor);
    if (phrase || !isVerb(term)) return phrase;
  }
  return undefined;
}

/** The subject phrase around the unknown word at `at`, or undefined when none reads as one. */
function phraseAround(terms: Term[], at: number, unsupported: ReadonlySet<string>, isAnchor: (word: string) => boolean): string | undefined {
  let words: string[];
  let end: number;
  const last = terms.length - 1;
  // Only a question ending in its one verb folds cleanly ("how long … last"); "what does it look like" does not.
  const endsInVerb =
    (isVerb(terms[last]) || (unsupported.has(terms[last].word) && !terms[last].tags.has('Noun'))) &&
    !(isVerb(terms[last - 1] ?? terms[last]) && !isGerund(terms[last - 1] ?? terms[last])) &&
    terms[last].word !== 'like';
  const embedded = endsInVerb && (unsupported.has(terms[last].word) || at < last) ? embeddedQuestion(terms, last) : undefined;
  // "Who invented it?": a question about who did something already reads as a clause.
  const clause = at === 1 && terms[0].word === 'who' && isVerb(terms[1]);
  if (clause) {
    words = terms.map((t) => t.word);
    end = terms.length;
  } else if (embedded) {
    words = embedded;
    end = terms.length;
  } else if (terms[at].tags.has('Adjective') && at > 0 && FEELING_VERBS.has(terms[at - 1].word) && isDoing(terms, at - 1)) {
    // "Why do I feel sick after…": how the visitor feels.
    words = [verbForm(terms[at - 1].word, 'Gerund'), terms[at].word];
    end = at + 1;
  } else if (isVerb(terms[at]) && isDoing(terms, at)) {
    const object = nounPhraseFrom(terms, at + 1, isAnchor);
    words = [verbForm(terms[at].word, 'Gerund'), ...object.words];
    end = object.end;
  } else {
    // Reach back only over the subject's own modifiers: "darker skin tones", not "a derma roller".
    let start = at;
    while (start > 0 && terms[start - 1].tags.has('Adjective') && !isAnchor(terms[start - 1].word)) start -= 1;
    // "Broken capillaries": a past participle describing the unknown noun after it.
    const next = terms[at + 1];
    const participle = terms[at].tags.has('PastTense') && next !== undefined && next.tags.has('Noun') && unsupported.has(next.word);
    ({ words, end } = nounPhraseFrom(terms, participle ? at + 1 : start, isAnchor));
    if (participle && words.length > 0) words.unshift(terms[at].word);
  }
  // A lone adjective ("hardest") names nothing the visitor would recognise as their question, unless the question
  // is about that quality: "will it make my skin oily?" → "whether it will make your skin oily".
  if (words.length === 0 || (words.length === 1 && terms[at].tags.has('Adjective') && !terms[at].tags.has('Noun'))) {
    const clause = at === last ? yesNoClause(terms) : undefined;
    return clause?.map((w) => TO_SECOND_PERSON[w] ?? w).join(' ');
  }
  if (LINKING_PREPOSITIONS.has(terms[end]?.word ?? '')) {
    // After a preposition the treatment's own name is part of the subject: "preparing for your session".
    const tail = nounPhraseFrom(terms, end + 1, () => false);
    if (tail.words.length > 0) {
      words.push(terms[end].word, ...tail.words);
      end = tail.end;
    }
  }
  const timing = embedded ? undefined : terms.slice(end).find((t) => TIME_PREPOSITIONS.has(t.word));
  const subject = withoutTrailingFillers(words);
  if (timing) subject.push(timing.word, 'a', 'session');
  return subject.map((w) => TO_SECOND_PERSON[w] ?? w).join(' ');
}

// "Tight jeans over the top", "walking home, anything?", "patch test first", "broken veins round my nose", "craters under
// the cameras": where or when, or a tag, after the subject.
const TRAILING_FILLERS = new Set([
  'anything',
  'here',
  'there',
  'over',
  'first',
  'all',
  'near',
  'round',
  'around',
  'under',
  'right',
  'still',
  'too',
  'though',
  'tho',
]);

function withoutTrailingFillers(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && TRAILING_FILLERS.has(words[end - 1])) end -= 1;
  return words.slice(0, end);
}
