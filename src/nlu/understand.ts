import type { TrainingData } from '../data/intents';
import { IntentClassifier } from './intentClassifier';
import { variantsFolder } from './normalise';
import { splitQuestions } from './segmenter';
import type { Prediction } from './softmaxClassifier';
import { createSpellingCorrector, SpellingCorrector } from './spelling';
import { TopicMatcher } from './topics';
import { isStopWord, stem, tokenize } from './tokens';

export const OUT_OF_SCOPE = 'out_of_scope';
export const UNCLEAR = 'unclear';

/** Intents that are about the conversation rather than about microneedling. */
const CONVERSATIONAL = new Set(['greeting', 'thanks', 'goodbye', 'capabilities', 'bot_identity', 'source']);
/** Intents that only make sense against the previous answer. */
export const FOLLOW_UPS = new Set(['more', 'why', 'how_long']);

// Words that link an elliptical follow-up to its topic: "and for scars?", "what about pores?".
const LINK_WORDS = new Set(['and', 'what', 'about', 'how', 'for', 'also', 'then', 'ok', 'okay', 'so', 'same']);

/** Below this, the top intent is a guess: the bot asks to rephrase rather than answer the wrong question. */
const MIN_CONFIDENCE = 0.3;

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
  /** Content words that no in-scope training sentence, topic or anchor uses. */
  foreignWords: string[];
}

export class Understander {
  private readonly fold: (text: string) => string;
  private readonly correct: SpellingCorrector;
  private readonly classifier: IntentClassifier;
  private readonly topics: TopicMatcher;
  private readonly anchors: string[][];
  private readonly inScopeStems: Set<string>;

  constructor(data: TrainingData) {
    this.fold = variantsFolder(data.domain.spelling_variants);
    const words = (text: string) => tokenize(this.fold(text));
    this.topics = new TopicMatcher(data.topics, this.fold);
    this.anchors = data.domain.anchors.map((a) => words(a).map(stem));

    const inScopeWords = data.intents.filter((i) => i.intent !== OUT_OF_SCOPE).flatMap((i) => i.utterances.flatMap(words));
    const allWords = data.intents.flatMap((i) => i.utterances.flatMap(words));
    const domainWords = [...inScopeWords, ...data.domain.vocabulary_extra.flatMap(words), ...data.topics.flatMap((t) => t.terms.flatMap(words))];
    this.correct = createSpellingCorrector(domainWords, allWords);
    this.inScopeStems = new Set([...domainWords.map(stem), ...this.anchors.flat(), ...this.topics.stems()]);

    const examples = data.intents.flatMap((i) => i.utterances.map((text) => ({ text, intent: i.intent })));
    this.classifier = IntentClassifier.train(examples, words);
  }

  /** One understanding per question the message asks. */
  understand(text: string): Understanding[] {
    return splitQuestions(text).map((question) => this.understandQuestion(question));
  }

  private understandQuestion(text: string): Understanding {
    const words = tokenize(this.fold(text)).map(this.correct);
    const ranking = this.classifier.classifyWords(words).slice(0, 3);
    const { topics, covered } = this.topics.match(words);
    const stems = words.map(stem);
    const anchored = this.anchors.some((anchor) => stems.some((_, i) => anchor.every((s, k) => stems[i + k] === s)));
    const content = words.filter((w, i) => !covered.has(i) && !isStopWord(w));
    const foreignWords = content.filter((w) => !this.inScopeStems.has(stem(w)));
    const elliptical = topics.length > 0 && content.every((w) => LINK_WORDS.has(w));
    const top = ranking[0];
    return {
      text,
      words,
      intent: this.decideIntent(top, { topics, anchored, foreignWords }),
      confidence: top.confidence,
      ranking,
      topics,
      elliptical,
      anchored,
      foreignWords,
    };
  }

  /**
   * The classifier proposes; scope decides. A message that names microneedling or one of its topics is in
   * scope; one that does not and brings words the domain never uses ("wash my hair", "drinking water")
   * is not, whatever intent its question words resemble.
   */
  private decideIntent(top: Prediction, signals: { topics: string[]; anchored: boolean; foreignWords: string[] }): string {
    const { topics, anchored, foreignWords } = signals;
    const inDomain = anchored || topics.length > 0;
    if (top.label === OUT_OF_SCOPE) return inDomain && top.confidence < 0.6 ? UNCLEAR : OUT_OF_SCOPE;
    if (CONVERSATIONAL.has(top.label)) return top.confidence >= MIN_CONFIDENCE || foreignWords.length === 0 ? top.label : UNCLEAR;
    if (!inDomain && foreignWords.length > 0) return OUT_OF_SCOPE;
    if (top.confidence < MIN_CONFIDENCE && !inDomain) return UNCLEAR;
    return top.label;
  }
}
