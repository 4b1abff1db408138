import type { Content } from '../data/content';
import type { Grounding } from '../grounding/ground';
import type { Understanding } from '../nlu/understand';
import type { Action } from './action';
import type { ConversationContext } from './context';
import {
  asksAlongside,
  asksIfMicroneedlingHelps,
  asksWhichIsBetter,
  comparesWithUnnamed,
  likensTheLook,
  followsOn,
  pointsBack,
  SHORT_QUESTION_WORDS,
  weighsTwo,
} from './phrasing';
import type { Silences } from './silences';
import type { TopicIndex } from './topicIndex';

// "An alternative to a facelift", "anything other than surgery", "instead of Botox": another way to the same end.
const SEEKS_ALTERNATIVE = /\b(alternatives? (to|for)|other than|instead of|rather than)\b/;

const SAME_JOB = /\b(do|does|did) the same (job|thing)\b/;

/** The article is only about microneedling: it neither describes other treatments nor compares them. */
export class OtherTreatments {
  constructor(
    private readonly content: Content,
    private readonly topics: TopicIndex,
    private readonly silences: Silences,
  ) {}

  /** What a message naming another treatment gets: its comparison with microneedling, or the article's scope. */
  actions(u: Understanding, g: Grounding, covered: string[], context: ConversationContext): Action[] {
    const treatment = g.treatments.join(' or ');
    // "Is Botox better?" in a conversation about microneedling weighs the two.
    // "Would a laser be better for my scars?" weighs it against microneedling, however long the question.
    // "Would a chemical peel do the same job?": the same as microneedling's, however long the question.
    const short =
      u.words.length <= SHORT_QUESTION_WORDS ||
      u.words.includes('it') ||
      u.words.includes('them') ||
      asksWhichIsBetter(u.words) ||
      SAME_JOB.test(u.words.join(' '));
    const one = g.treatments.length === 1;
    const oneMore = context.updatedAt > 0 && one;
    // "Is it better than laser for acne scars?" as a first question: on this site, "it" is microneedling.
    const weighsIt = one && ((comparesWithUnnamed(u.words) && ((oneMore && short) || pointsBack(u.words))) || likensTheLook(u.words));
    // "What about a chemical peel?" mid-conversation asks the same of the other treatment: the article compares nothing.
    // "What's the downtime like compared to the laser?": a topic of microneedling's, weighed against the treatment.
    const topicWeighed = oneMore && covered.length > 0 && comparesWithUnnamed(u.words);
    // "My derm mentioned a peel too, can I do both?": one treatment beside microneedling, on this site.
    const combined = one && asksAlongside(u.words);
    // "Does this do anything for wrinkles or is Botox the only real fix?": whether microneedling helps, or the other.
    const helpsOrOther = one && asksIfMicroneedlingHelps(u.words) && u.words.includes('or');
    // "Would the results last longer than a facelift?", "the cost compared with a facelift?": microneedling's side is a silence.
    const silence = u.topics.find((t) => this.topics.isUncovered(t) && this.topics.get(t)?.about_treatment);
    if (one && silence && covered.length === 0 && weighsTwo(u.words))
      return [
        { kind: 'not_covered', treatment },
        { kind: 'not_covered', topic: silence },
      ];
    // "Is there an alternative to a full face lift to re-tighten my cheek skin?": what microneedling does for the problem is one.
    const problem = covered.find((t) => this.topics.isTreatedProblem(t));
    if (one && problem && SEEKS_ALTERNATIVE.test(u.words.join(' '))) return [{ kind: 'not_covered', treatment }, this.topics.alone(problem)];
    // "Or laser?" after a question about microneedling offers the other treatment in its place.
    const offered = oneMore && short && u.words[0] === 'or';
    const compared = u.anchored || weighsIt || topicWeighed || combined || helpsOrOther || offered || (oneMore && short && followsOn(u.words));
    if (compared) return [{ kind: 'not_covered', treatment }, ...this.ownSide(u, covered)];
    const topic = covered.length > 0 ? this.topics.main(covered) : undefined;
    const asked = topic ? this.topics.alone(topic) : { kind: 'answer', intent: u.intent };
    const answerable = asked.kind === 'answer' && this.content.answers[asked.intent];
    return [{ kind: 'out_of_scope', treatment, asked: answerable ? { intent: asked.intent, topic } : undefined }];
  }

  /** "I've had laser before, what does microneedling do?": microneedling's side of it, where the article has one. */
  private ownSide(u: Understanding, covered: string[]): Action[] {
    const half = this.silences.coveredHalf(u, covered);
    return half.length === 0 && u.anchored && this.content.answers[u.intent] ? [{ kind: 'answer', intent: u.intent }] : half;
  }
}
