import type { Content, FollowUpKind } from '../answers/content';
import type { TopicData } from '../data/intents';
import { FOLLOW_UPS, OUT_OF_SCOPE, UNCLEAR, Understanding } from '../nlu/understand';
import type { ConversationContext } from './context';

/** What the bot decided to do with one question. */
export type Action =
  | { kind: 'answer'; intent: string; topic?: string; followUp?: FollowUpKind }
  | { kind: 'not_covered'; topic?: string }
  | { kind: 'conversational'; intent: string }
  | { kind: 'out_of_scope' }
  | { kind: 'unclear' };

export const NOT_COVERED = 'not_covered';

// Questions about the course of treatment keep the topic under discussion:
// after "does it help scars?", "how many sessions?" means sessions for scars.
const TOPIC_CARRYING_INTENTS = new Set(['sessions', 'frequency', 'results_timing']);

export class Resolver {
  private readonly topics: Map<string, TopicData>;

  constructor(topics: TopicData[], private readonly content: Content) {
    this.topics = new Map(topics.map((t) => [t.id, t]));
  }

  resolve(u: Understanding, context: ConversationContext): Action {
    const uncovered = u.topics.find((t) => this.topics.get(t)?.home_intent === NOT_COVERED);
    if (u.intent === OUT_OF_SCOPE) return { kind: 'out_of_scope' };
    if (uncovered) return { kind: 'not_covered', topic: uncovered };
    if (u.intent === NOT_COVERED) return { kind: 'not_covered' };
    if (FOLLOW_UPS.has(u.intent) || (u.elliptical && context.intent)) return this.followUp(u, context);
    if (u.elliptical) return this.topicAlone(u.topics[0]);
    if (u.intent === UNCLEAR) return u.topics.length > 0 ? this.topicAlone(u.topics[0]) : { kind: 'unclear' };
    if (!this.content.answers[u.intent]) return { kind: 'conversational', intent: u.intent };
    return { kind: 'answer', intent: u.intent, topic: this.topicFor(u.intent, u.topics, context) };
  }

  private followUp(u: Understanding, context: ConversationContext): Action {
    const kind = FOLLOW_UPS.has(u.intent) ? (u.intent as FollowUpKind) : undefined;
    const topic = u.topics[0];
    // "how long does the redness last?" names its own subject.
    if (kind && topic && !context.intent) {
      const action = this.topicAlone(topic);
      return action.kind === 'answer' ? { ...action, followUp: kind } : action;
    }
    if (!context.intent) return { kind: 'unclear' };
    if (!kind) return { kind: 'answer', intent: context.intent, topic: this.topicFor(context.intent, [topic], context) ?? topic };
    return { kind: 'answer', intent: context.intent, topic: topic ?? context.topic, followUp: kind };
  }

  /** A topic named with nothing else, and no conversation to attach it to: answer from the topic's home. */
  private topicAlone(topic: string): Action {
    const home = this.topics.get(topic)?.home_intent;
    if (!home || home === NOT_COVERED) return { kind: 'not_covered', topic };
    return { kind: 'answer', intent: home, topic };
  }

  private topicFor(intent: string, named: Array<string | undefined>, context: ConversationContext): string | undefined {
    const topic = named.find((t): t is string => t !== undefined);
    if (topic) return topic;
    const carried = TOPIC_CARRYING_INTENTS.has(intent) && context.intent !== intent ? context.topic : undefined;
    return carried && this.content.answers[intent]?.topics?.[carried] ? carried : undefined;
  }
}
