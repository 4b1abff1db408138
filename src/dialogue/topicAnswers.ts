import type { Content } from '../data/content';
import type { DecisionPolicy } from '../data/policy';
import type { Understanding } from '../nlu/understand';
import type { Action } from './action';
import type { TopicCarrier } from './carriedTopic';
import type { ConversationContext } from './context';
import { asksIfMicroneedlingHelps, asksWhatAThingIs, isDefiningQuestion, pointsBack } from './phrasing';
import type { Silences } from './silences';
import type { TopicIndex } from './topicIndex';

// "Clinic or at home?": weighs the tools against each other.
const WEIGHS = /\b(or|vs|versus)\b/;
const ONCE_HEALED =
  /\b(once|after|when|till|until) (i m|im|i am|i ve|ive|i have|i|it|it s|its|it is|it has|everything is|my (skin|face)( is| s| has)?|(the|da|my|her|his) \w+)( been)? ?(fully |all |completely |totally )?(healed|recovered|heal|heals|recover|recovers)( up)?( how (often|many|much)\b|$)/;

/**
 * The answer to a question of an intent with answers, given the topics it names: the intent's entries for them, the
 * problem carried over from the conversation, or the article's silence on that problem for this kind of question.
 */
export class TopicAnswers {
  /** Topics some answer has an entry for; the rest only name a kind of question or a silence. */
  private readonly answeredTopics: Set<string>;

  constructor(
    private readonly content: Content,
    private readonly topics: TopicIndex,
    private readonly carrier: TopicCarrier,
    private readonly silences: Silences,
    private readonly policy: DecisionPolicy,
  ) {
    this.answeredTopics = new Set(Object.values(content.answers).flatMap((a) => Object.keys(a.topics ?? {})));
  }

  answers(u: Understanding, topics: string[], context: ConversationContext): Action[] {
    const intent = u.intent;
    const own = this.ownTopics(u, intent, topics, context);
    const asked = this.askedBesideTools(u, own, topics);
    if (asked) return [{ kind: 'answer', intent: this.topics.home(asked) ?? intent, topic: asked }];
    if (own.length > this.policy.max_topic_answers) return [{ kind: 'answer', intent }];
    if (own.length > 0) return own.map((topic) => ({ kind: 'answer', intent, topic }));
    // "How often can I get it done once I'm healed up?", "once da burn heal how often I come in": the recovery is only when
    // the question's own kind is asked.
    if (this.content.answers[intent] && ONCE_HEALED.test(u.words.join(' '))) return [{ kind: 'answer', intent }];
    // "How soon would I see them get smaller?", "how soon would I see the glow?" classed as another kind of question: a topic
    // that only names a kind of question (no answer has an entry for it) makes the question that kind.
    const kindAt = topics.findIndex((t) => this.topics.home(t) !== intent && this.namesKindOnly(t));
    const kind = kindAt >= 0 ? this.topics.home(topics[kindAt]) : undefined;
    const rest = topics.filter((_, i) => i !== kindAt);
    if (kind && rest.length === 0) return this.answers({ ...u, intent: kind }, topics, context);
    if (kind && rest.length === 1 && this.topics.isTreatedProblem(rest[0])) return this.onCarriedTopic(kind, rest[0]);
    // "How long until they look smaller?": a topic that only names the kind of question leaves its subject to the context;
    // "will I see a difference in my fine lines?" names its subject beside it.
    const subjects = topics.filter((t) => this.topics.home(t) !== intent);
    const topic = subjects.find((t) => !this.topics.get(t)?.instrument);
    if (!topic)
      return this.onCarriedTopic(intent, subjects[0] ?? this.carrier.carried(u, intent, subjects, context, subjects.length < topics.length) ?? topics[0]);
    // The subject decides over the kind of question: "how long is the recovery?" is about recovery.
    if (!this.topics.isTreatedProblem(topic)) return [this.topics.alone(topic)];
    // "My skin's gone all dull, will this perk it up?" heard as what follows a session: whether it helps is what it does.
    if (asksIfMicroneedlingHelps(u.words) && !this.silences.answersTopics(intent)) return [this.topics.alone(topic)];
    return this.silences.onProblem(intent, topic);
  }

  /**
   * "Just did my first go with the roller at home and I'm really red, is that normal?": the tools only say how it was done;
   * the redness, which another answer has an entry for, is what is asked.
   */
  private askedBesideTools(u: Understanding, own: string[], topics: string[]): string | undefined {
    const tool = (t: string) => this.topics.get(t)?.instrument === true;
    if (own.length === 0 || !own.every(tool)) return undefined;
    // "Clinic or at home?" weighs the tools, and "what even is a derma roller?" asks about one.
    const text = u.words.join(' ');
    if ((own.length > 1 && WEIGHS.test(text)) || isDefiningQuestion(u.words) || asksWhatAThingIs(u.words)) return undefined;
    const asked = (t: string) => !tool(t) && !this.topics.isTreatedProblem(t) && this.content.answers[this.topics.home(t) ?? '']?.topics?.[t] !== undefined;
    return topics.find(asked);
  }

  /** "When results show": a topic no answer has an entry for, whose home is an answer of its own. */
  private namesKindOnly(topic: string): boolean {
    const home = this.topics.home(topic);
    return home !== undefined && this.content.answers[home] !== undefined && !this.answeredTopics.has(topic);
  }

  /**
   * The topics this intent has answers for. A skin problem among them is the subject and a tool or place only how it is
   * treated: "at home or at a clinic for acne?" is about acne. "Could I use a roller at home for that?" after acne names
   * only the tool, and the problem is carried over.
   */
  private ownTopics(u: Understanding, intent: string, topics: string[], context: ConversationContext): string[] {
    const answered = (t: string) => this.content.answers[intent].topics?.[t] !== undefined;
    const own = topics.filter(answered);
    const problems = own.filter((t) => this.topics.isTreatedProblem(t));
    if (problems.length > 0) return problems;
    const tools = own.length > 0 && own.every((t) => this.topics.get(t)?.instrument);
    const carried = this.problemUnderDiscussion(intent, context);
    return tools && carried && pointsBack(u.words) ? [carried] : own;
  }

  /** The skin problem the conversation is about, when this intent's answer has an entry for it ("…at home?" after acne). */
  problemUnderDiscussion(intent: string, context: ConversationContext): string | undefined {
    const problem = context.topic;
    return problem && this.topics.isTreatedProblem(problem) && this.content.answers[intent]?.topics?.[problem] ? problem : undefined;
  }

  /** "And how many sessions for that?" after pores: the problem carried over is asked about as if named. */
  onCarriedTopic(intent: string, topic: string | undefined): Action[] {
    if (!topic || this.content.answers[intent].topics?.[topic] || !this.topics.isTreatedProblem(topic)) return [{ kind: 'answer', intent, topic }];
    return this.silences.onProblem(intent, topic);
  }
}
