import { intentsWithRole, TrainingData } from '../data/intents';
import type { DecisionPolicy } from '../data/policy';
import {
  chatterOf,
  fearedLooksOf,
  likenessesOf,
  namesOfRelatives,
  originsOf,
  ownPeopleNamed,
  plansOf,
  reasonsOf,
  relativesOf,
  speakersOf,
  whereHeardOf,
  worriesOf,
} from './backstory';
import { BOT_MODEL_FILE, botClassifier } from './botClassifier';
import type { IntentClassifier } from './intentClassifier';
import { ENGLISH, Lexicon } from './lexicon';
import { variantsFolder } from './normalise';
import { acknowledgementTest, Acknowledges, asksNothing, EMOJI, hasQuestionWord, looksLikeQuestion, splitQuestions } from './segmenter';
import type { Prediction } from './softmaxClassifier';
import { createSpellingCorrector, SpellingCorrector } from './spelling';
import { TopicMatcher } from './topics';
import { isNumber, isStopWord, stem, tokenize } from './tokens';

export const OUT_OF_SCOPE = 'out_of_scope';
export const UNCLEAR = 'unclear';

/** "Что такое мезороллер?", "ダーマローラーの頻度は?": most letters in a script English is not written in. */
function inOtherScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters > 0 && latin * 2 < letters;
}

const TELLS_OWN_PROBLEM = /^(i have|i ve got|ive got|i got|i ve had|ive had|i had) /;
// Words that link an elliptical follow-up to its topic: "and for scars?", "what about pores?", "it's mostly for saggy skin".
const LINK_WORDS = new Set([
  'and',
  'what',
  'about',
  'how',
  'for',
  'also',
  'then',
  'ok',
  'okay',
  'so',
  'same',
  'skin',
  'mostly',
  'mainly',
  'specifically',
  'particularly',
  'especially',
  'exactly',
  'just',
  'only',
  'though',
  'tho',
  // "For saggy skin I mean": the visitor narrows the last question.
  'mean',
  // "And compared to scars?", "even for acne scars?": the last question again, for another topic.
  'compared',
  'even',
  // "For loose skin on the neck, say?": an example put forward.
  'say',
]);
// "what is a derma roller?" asks about its topic; "what about pores?" leans on the last answer.
const QUESTION_VERBS = new Set(['is', 'are', 's', 'does', 'do', 'can', 'should', 'will', 'would', 'could', 'was', 'were']);
// The words a place follows: "from Peel", "the tide at Peel" ("covered in Spots" only stresses the spots).
const PLACE_BEFORE = new Set(['from', 'at', 'round']);
// "Is that the same for stretch marks?", "would it be the same for wrinkles?": the last question again, for another topic.
const SAME_FOR = /^((and|so|ok|okay|but) )*(is|would|will|does|s) (that|it|this)( be)? the same (for|with)\b/;

export interface Understanding {
  text: string;
  words: string[];
  intent: string;
  confidence: number;
  ranking: Prediction[];
  topics: string[];
  /** Only topic words and linking words: "and pores?", "what about stretch marks". */
  elliptical: boolean;
  /** The message names microneedling or its tools outright. */
  anchored: boolean;
  /** The message names a topic or a word such as "sessions" that is microneedling's only if nothing says otherwise. */
  hinted: boolean;
  /** The message uses a word such as "sessions" or "appointment". */
  weaklyAnchored: boolean;
  /** Word positions that name a topic: the grounding stage reads the rest for the question's subject. */
  mentioned: number[];
  /** Word positions that tell whom the visitor asks for or what they have on later ("my dad", "bingo at 7"): no subject. */
  asides: number[];
  /** Content words that no in-scope training sentence, topic or anchor uses. */
  foreignWords: string[];
  /** The phrases around foreign words ("dark circles"), to name what the article does not mention. */
  foreignPhrases: string[];
  /** Written in another language ("¿puedo usar bloqueador después?"): no English word to answer from. */
  otherLanguage: boolean;
  /** Written mostly in a script English is not written in ("Что такое мезороллер?"): nothing the bot can read. */
  otherScript: boolean;
  /** Reports what someone else said ("the girl on youtube said every 2 days is fine"): the claim is the question. */
  reportsClaim: boolean;
  /** Only acknowledges, parts or apologises ("sweet as", "no bother, have a good one"), whatever words it brushes. */
  acknowledgesOnly: boolean;
  /** Says the visitor is let down ("not v helpful", "thanks for nothing"). */
  letDown: boolean;
  /** Only checks that someone answers, or that this is the place to ask ("anyone there?", "is this the clinic chat?"). */
  callsOut: boolean;
  /** The whole message, with no other question or remark beside it. */
  alone: boolean;
}

export class Understander {
  private readonly fold: (text: string) => string;
  private readonly correct: SpellingCorrector;
  private readonly classifier: IntentClassifier;
  private readonly topics: TopicMatcher;
  private readonly anchors: string[][];
  private readonly weakAnchors: Set<string>;
  private readonly anchorStems: Set<string>;
  private readonly inScopeStems: Set<string>;
  private readonly conversational: Set<string>;
  /** Topics that name how microneedling is done (a roller, a clinic), not what a question is about. */
  private readonly instruments: Set<string>;
  /** The intent that answers each topic on its own ("redness" → side effects). */
  private readonly topicHomes: Map<string, string>;
  /** Skin problems the article treats, or kinds of them it answers by its general word ("rolling scars"). */
  private readonly problems: Set<string>;
  private readonly acknowledges: Acknowledges;
  private readonly letsDown: RegExp;

  constructor(
    data: TrainingData,
    private readonly policy: DecisionPolicy,
    private readonly english: Lexicon = ENGLISH,
    modelFile: string | null = BOT_MODEL_FILE,
  ) {
    this.conversational = intentsWithRole(data, 'conversational');
    this.instruments = new Set(data.topics.filter((t) => t.instrument).map((t) => t.id));
    this.topicHomes = new Map(data.topics.map((t) => [t.id, t.home_intent]));
    this.problems = new Set(data.topics.filter((t) => t.home_intent === 'benefits' || (t.related?.intent === 'benefits' && t.related.topic)).map((t) => t.id));
    this.fold = variantsFolder(data.domain.spelling_variants);
    this.acknowledges = acknowledgementTest(data.domain.acknowledgements);
    this.letsDown = new RegExp(`\\b(?:${data.domain.disappointments.join('|')})\\b`, 'i');
    const words = (text: string) => tokenize(this.fold(text));
    this.topics = new TopicMatcher(
      data.topics,
      this.fold,
      data.treatments.flatMap((t) => t.terms),
    );
    // "Derma rollers": the spelling folds "derma roller" into one word, which its plural escapes; both forms anchor.
    this.anchors = data.domain.anchors.flatMap((a) => [words(a), tokenize(a)]).map((anchor) => anchor.map(stem));
    this.weakAnchors = new Set(data.domain.weak_anchors.flatMap(words).map(stem));
    this.anchorStems = new Set([...this.anchors.flat(), ...this.weakAnchors]);

    const inScopeWords = data.intents.filter((i) => i.intent !== OUT_OF_SCOPE).flatMap((i) => i.utterances.flatMap(words));
    const allWords = data.intents.flatMap((i) => i.utterances.flatMap(words));
    const domainWords = [...inScopeWords, ...data.domain.vocabulary_extra.flatMap(words), ...data.topics.flatMap((t) => t.terms.flatMap(words))];
    this.correct = createSpellingCorrector(
      domainWords,
      [...allWords, ...data.domain.frame_words, ...data.treatments.flatMap((t) => t.terms.flatMap(words))],
      english,
    );
    this.inScopeStems = new Set([...domainWords.map(stem), ...this.anchors.flat(), ...this.topics.stems()]);
    this.classifier = botClassifier(data, modelFile);
  }

  /** One understanding per question the message asks. */
  understand(text: string): Understanding[] {
    const questions = splitQuestions(text, this.acknowledges);
    return questions.map((question) => ({ ...this.understandQuestion(question), alone: questions.length === 1 }));
  }

  private understandQuestion(text: string): Omit<Understanding, 'alone'> {
    const names = namesIn(text);
    const folded = this.fold(text);
    const tokens = tokenize(folded);
    // "Our lass sophie": a relative's name, written in lower case, is no misspelt word of the domain's ("soothe").
    const relativesNamed = new Set(namesOfRelatives(tokens));
    const corrected = tokens.flatMap((w, i) => (names.has(w) || relativesNamed.has(i) ? [w] : this.correct(w).split(' ')));
    const words = withAgeSpelledOut(withoutReportingFrame(corrected));
    // "I'm Moira from Peel", "the tide at Peel": a capitalised word after "from", "at" or "round" is a place, whatever topic
    // it spells.
    const places = new Set(words.flatMap((w, i) => (PLACE_BEFORE.has(words[i - 1]) && names.has(w) ? [i] : [])));
    const { topics: named, covered: mentioned, spans } = this.topics.match(words.map((w, i) => (places.has(i) ? '' : w)));
    const problems = this.problemWords(spans);
    const origins = new Set([
      ...originsOf(words, problems),
      ...likenessesOf(words, problems, mentioned),
      ...whereHeardOf(words),
      ...speakersOf(words),
      ...chatterOf(words),
      ...worriesOf(words),
      ...reasonsOf(words),
    ]);
    const covered = new Set([...mentioned, ...origins]);
    // "Lines from stress and no sleep", "I keep seeing it on TikTok": a topic named only as where a problem came from, or
    // where the visitor heard of microneedling, is no question of its own. "Anyone there or am I talking to myself?" only
    // checks that someone answers.
    const callsOut = asksIfAnyoneIsThere(text);
    const topics = callsOut ? [] : named.filter((t) => [...spans].some(([start, span]) => span.topic === t && !origins.has(start)));
    const ranking = this.classifier.classifyWords(words).slice(0, 3);
    const stems = words.map(stem);
    const anchored = this.anchors.some((anchor) => stems.some((_, i) => anchor.every((s, k) => stems[i + k] === s)));
    const weaklyAnchored = stems.some((s) => this.weakAnchors.has(s));
    // "What else is on the avoid list besides toners?" names a topic, if only to set it aside.
    const hinted = mentioned.size > 0 || weaklyAnchored;
    // "How many exactly for my dad?", "how often would our Maureen go", "…ive got bingo at 7": whom the visitor asks for, and
    // what they have on, are no subject the domain lacks.
    const askedFor = new Set([...relativesOf(words), ...plansOf(words), ...ownPeopleNamed(words, names), ...fearedLooksOf(words)]);
    const content = words.filter((w, i) => !covered.has(i) && !askedFor.has(i) && !isStopWord(w) && !isNumber(w));
    const foreignWords = content.filter((w) => !this.inScopeStems.has(stem(w)));
    // "Could she shorten the interval to obtain results sooner?": a verb or adverb the domain never uses asks in other words;
    // only what a word names or describes can change the subject.
    const naming = foreignWords.filter((w) => !this.english.has(w) || this.english.names(w));
    const foreignShare = content.length === 0 ? 0 : naming.length / content.length;
    // "Derma roller for tightened pores?" names both the tool and the problem: a question of its own.
    const namesToolAndProblem = topics.some((t) => this.instruments.has(t)) && topics.some((t) => !this.instruments.has(t));
    const asksSameFor = SAME_FOR.test(words.join(' '));
    // "I have spots from last 2 months help me out with this": a problem told as the visitor's own is a question of its own.
    const tellsOwn = TELLS_OWN_PROBLEM.test(words.join(' '));
    const elliptical =
      topics.length > 0 &&
      !namesToolAndProblem &&
      !tellsOwn &&
      content.every((w) => LINK_WORDS.has(w)) &&
      (asksSameFor || !words.some((w) => QUESTION_VERBS.has(w)));
    // "ma bad lol wrang tab": a remark in dialect acknowledges once its words are read as meant; folding drops the
    // question mark that makes "worth a try?" ask.
    const acknowledgesOnly = this.acknowledges(text) || (!text.includes('?') && this.acknowledges(folded));
    // "👍", "🙏": a message of emoji alone acknowledges; it asks nothing.
    const intent =
      (words.length === 0 && EMOJI.test(text)) || acknowledgesOnly
        ? this.policy.acknowledgement_intent
        : this.decideIntent(ranking, {
            anchored,
            hinted,
            foreignShare,
            asks: looksLikeQuestion(text),
            // "hey wat products shud ppl use after" asks, in words the spelling corrector reads.
            remarksOnly: asksNothing([text, words.join(' ')]),
            greets: GREETING.test(text),
            callsOut,
            oneSentence: !SENTENCE_BREAK.test(text),
            questionMark: text.trim().endsWith('?'),
            questionWord: hasQuestionWord(text),
            topicAgrees: ranking.slice(0, 2).some((p) => [...spans.values()].some((span) => this.topicHomes.get(span.topic) === p.label)),
            sessionsForTopic: weaklyAnchored && topics.length > 0,
            notEnglish: content.length > 0 && foreignWords.filter((w) => !this.english.has(w)).length * 2 >= content.length,
          });
    const otherScript = inOtherScript(text);
    const foreignPhrases = phrasesAround(words, (w, i) => !covered.has(i) && !isStopWord(w) && !this.anchorStems.has(stem(w)), new Set(foreignWords));
    return {
      otherLanguage: otherScript || this.inOtherLanguage(tokens),
      otherScript,
      reportsClaim: HEARSAY_FRAME.test(corrected.join(' ')),
      acknowledgesOnly,
      letDown: this.letsDown.test(text.replace(/['\u2019]/g, ' ')),
      callsOut,
      text,
      words,
      intent,
      confidence: ranking[0].confidence,
      ranking,
      topics,
      mentioned: [...covered],
      asides: [...askedFor],
      elliptical,
      anchored,
      hinted,
      weaklyAnchored,
      foreignWords,
      foreignPhrases,
    };
  }

  /**
   * "Puedo usar bloqueador despues del microneedling?", "Eh maligo at maghilamos po, pwede na po ba?": most words are none
   * of English, of the domain, or a misspelling of either. Read before spelling correction, which would make English of them.
   */
  private inOtherLanguage(tokens: string[]): boolean {
    const words = tokens.filter((w) => !isNumber(w));
    const unknown = words.filter((w) => !isStopWord(w) && !this.english.has(w) && !this.inScopeStems.has(stem(w)) && this.correct(w) === w);
    return unknown.length >= this.policy.other_language_min_words && unknown.length >= this.policy.other_language_share * words.length;
  }

  /** Positions of the words naming a skin problem the article treats ("acne scars", "stretch marks"). */
  private problemWords(spans: Map<number, { topic: string; length: number }>): Set<number> {
    const positions = new Set<number>();
    for (const [start, { topic, length }] of spans) if (this.problems.has(topic)) for (let k = 0; k < length; k++) positions.add(start + k);
    return positions;
  }

  /**
   * The classifier proposes; scope decides. A message naming microneedling outright is in scope. Otherwise
   * words the domain never uses count against it: "wash my hair" or "drinking water" make a message about
   * something else, whatever intent its question words resemble, and a topic word ("toner", "peel") or
   * "sessions" only keeps it in scope if the classifier, trained on such near-misses, agrees.
   */
  private decideIntent(
    ranking: Prediction[],
    signals: {
      anchored: boolean;
      hinted: boolean;
      foreignShare: number;
      asks: boolean;
      greets: boolean;
      callsOut: boolean;
      remarksOnly: boolean;
      oneSentence: boolean;
      questionMark: boolean;
      questionWord: boolean;
      topicAgrees: boolean;
      sessionsForTopic: boolean;
      notEnglish: boolean;
    },
  ): string {
    const {
      anchored,
      hinted,
      foreignShare,
      asks,
      remarksOnly,
      greets,
      callsOut,
      oneSentence,
      questionMark,
      questionWord,
      topicAgrees,
      sessionsForTopic,
      notEnglish,
    } = signals;
    const policy = this.policy;
    if (callsOut) return policy.greeting_intent;
    const [top] = ranking;
    // "Hello! My friend recommended this", "hello, i hope this is the right place to ask": a greeting before a remark that
    // asks nothing and names nothing of microneedling's is a greeting, however unsure the classifier.
    const greeting = ranking.slice(0, 2).some((p) => p.label === policy.greeting_intent);
    if (greets && remarksOnly && !hinted && !anchored && greeting) return policy.greeting_intent;
    if (top.label === OUT_OF_SCOPE) {
      const runnerUp = ranking.find((p) => p.label !== OUT_OF_SCOPE);
      if (anchored && top.confidence < policy.out_of_scope_overruled_by_anchor_below) {
        return runnerUp && runnerUp.confidence >= policy.runner_up_min_confidence ? runnerUp.label : UNCLEAR;
      }
      return OUT_OF_SCOPE;
    }
    // "Hiya is it going to rain this afternoon": a greeting opening a question about something else asks that question.
    // "Good morning to you. Isn't it a glorious day?" only makes conversation.
    if (top.label === policy.greeting_intent && greets && asks && oneSentence && !hinted && !anchored && foreignShare > 0) return OUT_OF_SCOPE;
    if (this.conversational.has(top.label)) {
      // "What can a dermapen achieve?" names microneedling: it is a question about it, not about the bot.
      const asked = anchored ? ranking.find((p) => !this.conversational.has(p.label) && p.label !== OUT_OF_SCOPE) : undefined;
      if (asked && asked.confidence >= policy.min_confidence_anchored) return asked.label;
      // "My friend says 3x a week is fine??", "ok maybe ill just book with u guys, how often would i come?": a question is never
      // just an acknowledgement, however it ends.
      // "and for the sun one, spf or is a hat fine" asks as surely, with a topic named, as the classifier hears thanks in "fine".
      const asksOfTopic = asks && hinted && top.confidence >= policy.min_confidence;
      if ((questionMark || asksOfTopic) && top.label === policy.acknowledgement_intent && (hinted || foreignShare > 0 || questionWord)) {
        const question = ranking.find((p) => !this.conversational.has(p.label) && p.label !== OUT_OF_SCOPE);
        return question && question.confidence >= policy.runner_up_min_confidence ? question.label : UNCLEAR;
      }
      // "Ok so anything I shouldn't do that evening?" resembles "ok thanks" only faintly: a question needs conviction.
      if (top.confidence >= policy.min_confidence) return top.label;
      // "<img src=x onerror=alert(1)>": mostly words that are not English, faintly like thanks, is no message to the bot.
      if (!hinted && notEnglish) return OUT_OF_SCOPE;
      return foreignShare === 0 && !(asks && top.label === policy.acknowledgement_intent) ? top.label : UNCLEAR;
    }
    if (anchored) return top.confidence >= policy.min_confidence_anchored ? top.label : UNCLEAR;
    if (!hinted && foreignShare >= policy.foreign_share_out_of_scope && top.confidence < policy.foreign_share_overruled_from) return OUT_OF_SCOPE;
    // "How long is the redness likely to persist?": an unknown word beside a topic the classifier's guesses agree with.
    // "Her cheeks are getting saggy, would she need a ton of sessions?": a session asked about for a topic is microneedling's.
    if (foreignShare > 0 && top.confidence < policy.min_confidence_with_foreign_words && !topicAgrees && !sessionsForTopic) return OUT_OF_SCOPE;
    return top.confidence >= policy.min_confidence ? top.label : UNCLEAR;
  }
}

/** Runs of content words (as `isContent` says) that contain at least one foreign word, in message order. */
function phrasesAround(words: string[], isContent: (word: string, index: number) => boolean, foreign: Set<string>): string[] {
  const phrases: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.some((w) => foreign.has(w))) phrases.push(run.join(' '));
    run = [];
  };
  words.forEach((word, i) => (isContent(word, i) ? run.push(word) : flush()));
  flush();
  return phrases;
}

// "What does the article say you'll feel after?", "does it say it can cause hyperpigmentation?": the question is the rest.
// "What does the article say about acne?" keeps its frame: "about" makes the topic the whole question; "… say about how
// safe it is" asks the question after it.
const REPORTING_FRAME =
  /^((ok|so) )*((what (does|did)|whats|what s) (the article|it)( actually| really)? say|(does|did) (the article|it) say( that| if| whether)?)( about(?= (how|what|why|when|whether|which)\b))? (?!about\b|on\b|who\b|anything\b|to\b)/;

// "Saw on tiktok you should roll every day, true?", "a clinic near me said I'd need 10 sessions": the claim is the question;
// where the visitor heard it is not its subject.
const SOURCE =
  '(tiktok|instagram|insta|youtube|reddit|facebook|a facebook group|social media|a magazine|a blog|a forum|online|the internet|the (television|telly|tv|news|radio)|tv|telly|somewhere)';
const TELLER =
  '(friend|mate|sister|mum|mom|aunt|cousin|colleague|coworker|esthetician|aesthetician|beautician|dermatologist|derm|doctor|clinic|salon|therapist|magazine|influencer|girl|guy|lady)';
const HEARSAY_FRAME = new RegExp(
  `^(?:(?:really|but|ok|okay|well|so|wait|hmm) )*((i )?(saw|seen|read|heard|keep reading|keep hearing|keep seeing|was told|got told|have heard|ve heard)( (people|someone|everyone|videos?|a video|this|it|microneedling))?( on| in| all over)?( ${SOURCE})?|` +
    `(my|a|one|the|our|this) ${TELLER}( \\w+){0,4}? (said|says|told me|tells me|swears|claims|reckons)|` +
    `(someone|somebody|people|everyone)( (on|in) ${SOURCE})? (said|says|told me|say|claim|claims|called)|` +
    // "Cosmopolitan says…", "my derm literally said…"; "what she said" is a question; in "and pores, she says…" the teller is "she" alone.
    `(?!(what|how|why|who|where|when|which|does|did|do|is|are|can|it|the article)\\b)((she|he|they)( \\w+)? |((?!(she|he|they) )\\w+ ){1,3})(says|said|claims|claimed|reckons|swears))( that)? (?=\\w+ \\w+)`,
);

// "Good morning. Isn't it a glorious day?": a sentence ends before the text does.
const SENTENCE_BREAK = /[.!?]\s+\S/;
// "Hello!", "hi there :)": a message that opens with a greeting.
const GREETING = /^\s*(hi+|hey+|hello+|hiya|good (morning|afternoon|evening))\b/i;
// "Hello, is there anybody there?", "hiya love, is anyone there", "anyone on?", "hey, u awake?", "is there anyone actually
// there or am I talkin to meself", "is anyone there i pressed the blue button", "hullo is this thing on", "hi is this where
// i ask about the microneedling", "is this the clinic chat?", "got a few minutes for an old golf pro?": a visitor checking
// that someone answers, or that this is the place to ask, which a greeting does. So does one who only says a question is
// coming ("hiya! whats the story, quick q about microneedling", "quick q before clinicals", "got a question for y'all bout
// this microneedling", "few quick ones before I book").
const CALLS_OUT =
  /^\s*((hi+|hey+|hello+|hullo|hiya|howya|howdy|oi|yo|g'?day|(good )?mornin[g']?|(good )?evenin[g']?|(good )?afternoon)[,.!]*\s*((love|luv|hun|hon|babe|mate|dear|pet|duck|darling|folks|guys|all|y'?all|there)[,.!]*\s*)?)?((is )?(there )?(anybody|anyone|somebody|someone|any1)( (actually|even|really))?( (there|here|around|home|on|online|about))( or am i talkin[g']? to (myself|meself|a wall)( again)?)?( (i|just|i just) (pressed|clicked|hit|tapped|pushed) (the|this|a) (\w+ )?(button|icon|bubble|link))?( lol| haha)?|(are )?(you|u|ya) (still )?(awake|there|up|around|online|about)|(is )?(this|the) thing on|((have )?(you|u|ya) )?got a (sec|second|minute|min)|(have you )?got a (few|couple of|spare) (minutes?|mins?)( for (an?|me|us)( \w+){0,3})?|(is )?(this|here) ((where|the (right )?place) (i|to|you|we) (can )?(ask|come|go)( \w+){0,4}|the (\w+ )?(chat|chatbot|bot|help ?desk))|((well,? )?what'?s the (story|craic)( with (you|ye|ya))?)|(what'?s the (story|craic)[,.!]*\s*)?((i )?(have|'?ve got|got) (a|one|a quick|a couple of|a few|some) ([\w-]+ )?|((a|one) )?quick ([\w-]+ )?|(a )?(few|couple( of)?) quick )(q|q's|qs|question|questions|qn|doubt|doubts|query|queries|ones)( for (you|u|ya|y'?all|yall))?( (about|bout|re|on|regarding|aboot|abt) (this |the |my )?([\w-]+)( (and|n) (my |the )?\w+)?)?( (before|ahead of) (my |the |i |we )?[\w-]+)?)\s*[?.!]*\s*$/i;

/** "Anyone there?", "u awake?": whether the visitor only checks that someone answers. */
function asksIfAnyoneIsThere(text: string): boolean {
  return CALLS_OUT.test(text);
}

// "In clinicals we learn about wound care so I'm curious - what does the skin look like after?": the question follows.
const CURIOSITY_FRAME =
  /^(\w+ )*?(i m|im|i am|i was|just) (curious|wondering) (?=(what|how|why|when|where|which|who|can|could|does|do|is|are|will|would|should) \w+ \w+)/;

// "…doing it themselves at home and I was wondering, is that something one can do?": the question points back past the frame.
const POINTS_PAST_FRAME = /^(is|would|could|can|does|do|will) (that|this|they|those)\b/;
const CURIOSITY_WORDS = /((and|so|but) )?(i m|im|i am|i was|just) (curious|wondering) $/;

function withoutReportingFrame(words: string[]): string[] {
  const said = words.join(' ');
  const text = said.replace(ACCORDING_TO_ARTICLE, '');
  const reported = REPORTING_FRAME.exec(text) ?? HEARSAY_FRAME.exec(text);
  // "What does it say the treatment is meant to do?" still asks what: the question word stays with the clause it asks of.
  const asksWhat = reported !== null && ASKS_WHAT.test(reported[0]) && NOUN_PHRASE_FIRST.test(text.slice(reported[0].length));
  if (reported) return `${asksWhat ? 'what ' : ''}${text.slice(reported[0].length)}`.split(' ');
  const curious = CURIOSITY_FRAME.exec(text);
  if (curious) {
    const question = text.slice(curious[0].length);
    // What the question points back to stays; only the words of curiosity go.
    return (POINTS_PAST_FRAME.test(question) ? curious[0].replace(CURIOSITY_WORDS, '') + question : question).split(' ');
  }
  return text === said ? words : text.split(' ');
}

// "How long until those fade, according to the article?", "… per the article": every answer is the article's.
const ACCORDING_TO_ARTICLE = / (according to|per) (the|your|this) article$/;
const ASKS_WHAT = /\b(what|whats)\b/;
const NOUN_PHRASE_FIRST = /^(the|a|an|my|your|her|his|their|this|microneedling|it)\b/;

// A capitalised word after the start of a sentence: "Isla", "Denver"; "I" and "I'm" are no names.
const CAPITALISED = /(?<![.!?]\s*|^\s*)(?<!\p{L})(\p{Lu}\p{Ll}+)/gu;
const WORD_START = /(?<!\p{L})\p{L}/gu;
// "How Many Sessions Before Seeing Results?": in a message written in title case, capitals say nothing of names.
const MAX_CAPITALISED_SHARE = 1 / 3;

/**
 * "My granddaughter Isla's got marks on her cheeks": in a message written in lower case, a word capitalised inside a
 * sentence is a name, which the spelling corrector must leave alone ("Isla" is no typo of "Islam").
 */
function namesIn(text: string): Set<string> {
  const names = [...text.matchAll(CAPITALISED)].map((m) => m[1].toLowerCase());
  const words = text.match(WORD_START)?.length ?? 0;
  return names.length > words * MAX_CAPITALISED_SHARE ? new Set() : new Set(names);
}

// "My daughter is 15", "he's 16", "I'm 17", "my 15 yo": a teenager's age given as a bare number or in short.
const BARE_TEEN_AGE =
  /\b(is|am|m|s|aged|turning|turned|(?:him|her|he|she|he s|she s|hes|shes) (?:only|just)) (1[0-9])(?! ([0-5]\d|am(?! i\b)|pm)\b)(?! (weeks?|days?|hours?|minutes?|months?|sessions?|times|percent|mm|spf)\b)\b/g;
const SHORT_TEEN_AGE = /\b(1[0-9]) (yo|y o|yr|yrs)\b/g;
// "she 60 plus", "my mum's 72", "I'm over 60": a grown-up's age, said of someone else or as a threshold passed; a visitor's
// own "I'm 45" is mostly the start of their story.
const BARE_ADULT_AGE =
  /\b((?:(?:she|he|mum|mom|mummy|mommy|mama|mother|mam|dad|daddy|father|wife|husband|gran|granny|grandma|nan|nana|aunt|auntie)(?: (?:is|s|turned|turning|aged))?(?: (?:just|nearly|almost|over|past|well over))?|(?:i m|im|i am) (?:over|past|well over))) ([2-9][0-9])(?: plus)?(?! (weeks?|days?|hours?|minutes?|mins|months?|sessions?|times|percent|mm|spf|degrees|kg|lbs|pounds|quid|dollars|bucks|euros|am|pm|[0-5][0-9])\b)\b/g;

/**
 * Says an age in full ("is 15" → "is 15 years old", "she 60 plus" → "she 60 years old"), so the age is the topic it
 * is, not a number; a time of day ("is 18:00", "is 11 am") is none.
 */
function withAgeSpelledOut(words: string[]): string[] {
  const text = words.join(' ');
  const spelled = text.replace(BARE_TEEN_AGE, '$1 $2 years old').replace(SHORT_TEEN_AGE, '$1 years old').replace(BARE_ADULT_AGE, '$1 $2 years old');
  return spelled === text ? words : spelled.split(' ');
}
