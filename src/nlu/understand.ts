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
/** A message with words from outside the domain needs this much confidence to be answered at all. */
const MIN_CONFIDENCE_WITH_FOREIGN_WORDS = 0.4;
/** When half the content words are foreign, the message is about something else. */
const FOREIGN_SHARE_OUT_OF_SCOPE = 0.5;

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
  /** Content words that no in-scope training sentence, topic or anchor uses. */
  foreignWords: string[];
  /** The phrases around foreign words ("dark circles"), to name what the article does not mention. */
  foreignPhrases: string[];
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

  constructor(data: TrainingData) {
    this.fold = variantsFolder(data.domain.spelling_variants);
    const words = (text: string) => tokenize(this.fold(text));
    this.topics = new TopicMatcher(data.topics, this.fold);
    this.anchors = data.domain.anchors.map((a) => words(a).map(stem));
    this.weakAnchors = new Set(data.domain.weak_anchors.flatMap(words).map(stem));
    this.anchorStems = new Set([...this.anchors.flat(), ...this.weakAnchors]);

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
    const { topics, covered } = this.topics.match(words);
    const ranking = this.classifier.classifyWords(words).slice(0, 3);
    const stems = words.map(stem);
    const anchored = this.anchors.some((anchor) => stems.some((_, i) => anchor.every((s, k) => stems[i + k] === s)));
    const hinted = topics.length > 0 || stems.some((s) => this.weakAnchors.has(s));
    const content = words.filter((w, i) => !covered.has(i) && !isStopWord(w) && !/^\d+$/.test(w));
    const foreignWords = content.filter((w) => !this.inScopeStems.has(stem(w)));
    const foreignShare = content.length === 0 ? 0 : foreignWords.length / content.length;
    const elliptical = topics.length > 0 && content.every((w) => LINK_WORDS.has(w));
    const intent = this.decideIntent(ranking, { anchored, hinted, foreignShare });
    const foreignPhrases = phrasesAround(words, (w, i) => !covered.has(i) && !isStopWord(w) && !this.anchorStems.has(stem(w)), new Set(foreignWords));
    return { text, words, intent, confidence: ranking[0].confidence, ranking, topics, elliptical, anchored, hinted, foreignWords, foreignPhrases };
  }

  /**
   * The classifier proposes; scope decides. A message naming microneedling outright is in scope. Otherwise
   * words the domain never uses count against it: "wash my hair" or "drinking water" make a message about
   * something else, whatever intent its question words resemble, and a topic word ("toner", "peel") or
   * "sessions" only keeps it in scope if the classifier, trained on such near-misses, agrees.
   */
  private decideIntent(ranking: Prediction[], signals: { anchored: boolean; hinted: boolean; foreignShare: number }): string {
    const { anchored, hinted, foreignShare } = signals;
    const [top] = ranking;
    if (top.label === OUT_OF_SCOPE) {
      const runnerUp = ranking.find((p) => p.label !== OUT_OF_SCOPE);
      if (anchored && top.confidence < 0.6) return runnerUp && runnerUp.confidence >= 0.2 ? runnerUp.label : UNCLEAR;
      return OUT_OF_SCOPE;
    }
    if (CONVERSATIONAL.has(top.label)) return top.confidence >= MIN_CONFIDENCE || foreignShare === 0 ? top.label : UNCLEAR;
    if (anchored) return top.confidence >= MIN_CONFIDENCE / 2 ? top.label : UNCLEAR;
    if (!hinted && foreignShare >= FOREIGN_SHARE_OUT_OF_SCOPE) return OUT_OF_SCOPE;
    if (foreignShare > 0 && top.confidence < MIN_CONFIDENCE_WITH_FOREIGN_WORDS) return OUT_OF_SCOPE;
    return top.confidence >= MIN_CONFIDENCE ? top.label : UNCLEAR;
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
