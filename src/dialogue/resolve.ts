import type { Content, FollowUpKind } from '../answers/content';
import type { TopicData } from '../data/intents';
import { FOLLOW_UPS, OUT_OF_SCOPE, UNCLEAR, Understanding } from '../nlu/understand';
import type { ConversationContext } from './context';

/** What the bot decided to do with one question. */
export type Action =
  | { kind: 'answer'; intent: string; topic?: string; followUp?: FollowUpKind; unmentioned?: string }
  | { kind: 'not_covered'; topic?: string }
  | { kind: 'conversational'; intent: string }
  | { kind: 'out_of_scope' }
  | { kind: 'unclear' };

export const NOT_COVERED = 'not_covered';
const BENEFITS = 'benefits';

// Questions about the course of treatment keep the topic under discussion:
// after "does it help scars?", "how many sessions?" means sessions for scars.
const TOPIC_CARRYING_INTENTS = new Set(['sessions', 'frequency', 'results_timing']);
/** A question naming more topics than this gets the general answer rather than one answer per topic. */
const MAX_TOPIC_ANSWERS = 2;

/** Stage "decide": turns an understanding, in the light of the conversation so far, into actions. */
export class Resolver {
  private readonly topics: Map<string, TopicData>;

  constructor(topics: TopicData[], private readonly content: Content) {
    this.topics = new Map(topics.map((t) => [t.id, t]));
  }

  resolve(u: Understanding, context: ConversationContext): Action[] {
    const covered = u.topics.filter((t) => !this.isUncovered(t));
    const uncovered = u.topics.filter((t) => this.isUncovered(t));
    const onTopic = u.foreignWords.length === 0;

    if (u.elliptical && covered.length > 0) return [this.followUp(u, context)];
    if (u.elliptical && uncovered.length > 0) return [{ kind: 'not_covered', topic: uncovered[0] }];
    if (u.intent === OUT_OF_SCOPE || u.intent === UNCLEAR) {
      const rescued = this.rescue(u, context, onTopic);
      if (rescued) return [rescued];
      return [{ kind: u.intent === OUT_OF_SCOPE ? 'out_of_scope' : 'unclear' }];
    }
    // A question about something the article is silent on ("how deep do the needles go?", "is it safe while
    // pregnant?") gets that said plainly, whatever kind of question it is.
    if (u.intent === NOT_COVERED || (uncovered.length > 0 && covered.length === 0)) return [{ kind: 'not_covered', topic: uncovered[0] }];
    if (FOLLOW_UPS.has(u.intent)) return [this.followUp(u, context)];
    if (!this.content.answers[u.intent]) return [{ kind: 'conversational', intent: u.intent }];

    // "Is it good for dark circles?": the list of benefits, saying first that the article does not name this one.
    if (u.intent === BENEFITS && covered.length === 0 && u.foreignPhrases.length > 0) {
      return [{ kind: 'answer', intent: u.intent, unmentioned: u.foreignPhrases.join(' or ') }];
    }
    const actions = this.answers(u.intent, covered, context);
    // A covered question with an uncovered detail ("stretch marks from my pregnancy") gets both halves honestly.
    if (uncovered.length > 0) actions.push({ kind: 'not_covered', topic: uncovered[0] });
    return actions;
  }

  /**
   * A message the classifier put out of scope can still be about microneedling: an uncovered topic with
   * nothing foreign ("am I too young for it?"), or, mid-conversation, a message that uses only domain words
   * ("is that safe?") or names a topic the current answer has ("what kind of sunscreen").
   */
  private rescue(u: Understanding, context: ConversationContext, onTopic: boolean): Action | undefined {
    const uncovered = u.topics.find((t) => this.isUncovered(t));
    if (uncovered && onTopic) return { kind: 'not_covered', topic: uncovered };
    if (!context.intent) return undefined;
    const topic = u.topics.find((t) => this.content.answers[context.intent ?? '']?.topics?.[t]);
    if (topic && onTopic) return { kind: 'answer', intent: context.intent, topic };
    const runnerUp = u.ranking.find((p) => p.label !== OUT_OF_SCOPE && this.content.answers[p.label]);
    if (onTopic && runnerUp && runnerUp.confidence >= 0.15) return { kind: 'answer', intent: runnerUp.label, topic: this.carriedTopic(runnerUp.label, context) };
    return undefined;
  }

  private followUp(u: Understanding, context: ConversationContext): Action {
    const kind = FOLLOW_UPS.has(u.intent) ? (u.intent as FollowUpKind) : undefined;
    const topic = u.topics[0];
    if (!context.intent) {
      // "how long does the redness last?" names its own subject; "why?" out of the blue does not.
      if (!topic) return { kind: 'unclear' };
      const action = this.topicAlone(topic);
      return action.kind === 'answer' && kind ? { ...action, followUp: kind } : action;
    }
    if (!kind) return { kind: 'answer', intent: context.intent, topic };
    return { kind: 'answer', intent: context.intent, topic: topic ?? context.topic, followUp: kind };
  }

  private answers(intent: string, topics: string[], context: ConversationContext): Action[] {
    const own = topics.filter((t) => this.content.answers[intent].topics?.[t]);
    if (own.length > MAX_TOPIC_ANSWERS) return [{ kind: 'answer', intent }];
    if (own.length > 0) return own.map((topic) => ({ kind: 'answer', intent, topic }));
    // A named topic the intent has no entry for: the composer says the article is general on it.
    return [{ kind: 'answer', intent, topic: topics[0] ?? this.carriedTopic(intent, context) }];
  }

  private carriedTopic(intent: string, context: ConversationContext): string | undefined {
    const carried = TOPIC_CARRYING_INTENTS.has(intent) && context.intent !== intent ? context.topic : undefined;
    return carried && this.content.answers[intent]?.topics?.[carried] ? carried : undefined;
  }

  /** A topic named with nothing else, and no conversation to attach it to: answer from the topic's home. */
  private topicAlone(topic: string): Action {
    const home = this.topics.get(topic)?.home_intent;
    if (!home || home === NOT_COVERED) return { kind: 'not_covered', topic };
    return { kind: 'answer', intent: home, topic };
  }

  private isUncovered(topic: string): boolean {
    return this.topics.get(topic)?.home_intent === NOT_COVERED;
  }
}
