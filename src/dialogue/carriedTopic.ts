import type { Content } from '../data/content';
import type { Understanding } from '../nlu/understand';
import type { Action } from './action';
import type { ConversationContext } from './context';
import { asksHowItComesAbout, asksIfSafe, doubtsPiercing, leansOnContext, pointsAtLastAnswer, pointsBackPastIt } from './phrasing';
import { DEFINING_INTENTS } from './silences';
import type { TopicIndex } from './topicIndex';

const BENEFITS = 'benefits';
const HOW_IT_WORKS = 'how_it_works';
const SAFETY = 'safety';
// "No I meant…", "sorry i mean…", "really? even…": the visitor corrects or narrows the question just answered.
const CORRECTS = /^((no|nah|sorry|oh|oops|really) )*(i meant|i mean|even)\b/;
// "No I meant at home, what would I use?", "even with a 0.25mm roller?": a question of its own, or a detail the answer lacks.
const ASKS_ANEW = /\b(what|how|where|which|who|why|when|can|could|should|is|are|does|do)\b|\d/;

/** "Sorry I meant the next day": a correction of the question just asked, which asks nothing of its own. */
export function onlyCorrects(words: string[]): boolean {
  const text = words.join(' ');
  return CORRECTS.test(text) && !ASKS_ANEW.test(text);
}

// "Them": the problem the last answer was about, never microneedling itself ("those tips" may be the answer's advice, though
// "would it help with those as well then?" alone is the problem). "What would it do for him?" after his acne: what it does
// for the problem he has; "what else…" asks beyond it.
const POINTS_AT_PROBLEM =
  /\bthem\b|^((so|and|but|ok|then) )*(would|will|does|can|could) it help (with |for )?(those|these)( ones)?( as well| too)?( then)?$|^(?!.*\belse\b).*\b(do|does|did) for (him|her)\b/;

/** What the intent asked makes of the last answer's topic. */
export interface TopicCarrying {
  /** The intent's answer depends on the problem asked about ("how many sessions?"), so a short follow-up keeps it. */
  carries: boolean;
  /** The intent has an answer of its own for the last answer's topic. */
  answersIt: boolean;
  /** The message named a topic that only says what kind of question it is ("how long until they look smaller?"). */
  namesKind: boolean;
  /** The last answer was this intent's, for a skin problem: "how many exactly?" goes on about stretch marks. */
  asksAgain: boolean;
  /**
   * The last answer's topic is a skin problem this intent has no figure for, while its general answer gives another's:
   * after wrinkles, "how long till I see a difference?" gets the silence on wrinkles, not the figure for scars.
   */
  silentOnIt: boolean;
}

/** After "does it help scars?", "how many sessions?" is about scars; a message naming its own subject is not. */
export function carriedTopic(u: Understanding, intent: string, topics: string[], context: ConversationContext, how: TopicCarrying): string | undefined {
  // "And it lightens them too?" after the scars answer: "them" is still the scars.
  const pointsAtProblem = how.answersIt && POINTS_AT_PROBLEM.test(u.words.join(' '));
  const again = how.asksAgain || pointsAtProblem;
  if (u.anchored || topics.length > 0 || (context.intent === intent && !again) || !context.topic) return undefined;
  // "How long until they look smaller?" points back; "how long does it take to see results?" asks in general.
  if (how.carries) return how.silentOnIt || (how.namesKind ? pointsBackPastIt(u.words) : leansOnContext(u.words)) ? context.topic : undefined;
  // "How does it shrink them?" after pores: "them" is the problem, where "how does it work?" asks about microneedling.
  return pointsAtProblem || (pointsAtLastAnswer(u.words) && how.answersIt) ? context.topic : undefined;
}

/** "Wait how tho if ur literally poking holes?" after pores: the reason behind the last answer, for its topic. */
export function explainsLastAnswer(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
  if (u.anchored || covered.length > 0 || context.intent === undefined || !asksHowItComesAbout(u.words)) return undefined;
  return [{ kind: 'answer', intent: context.intent, topic: context.topic, followUp: 'why' }];
}

// "…make it look better?", "…make your skin better": the skin in general made better, no problem in particular.
const BETTER_SKIN = /\bmake (it|skin|the skin|your skin|our skin|my skin) (look )?better\b/;

/** Which topic of the last answer a follow-up goes on about, from what the intent asked answers. */
export class TopicCarrier {
  constructor(
    private readonly content: Content,
    private readonly topics: TopicIndex,
    private readonly carriesTopic: Set<string>,
  ) {}

  /**
   * "Wait, doesn't it just make more holes?" after pores: why it helps the problem discussed (the collagen plumping each pore);
   * with no such reason in the article, or no problem discussed, how the tiny punctures heal into collagen.
   */
  piercingDoubted(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
    if (u.intent === SAFETY || !doubtsPiercing(u.words)) return undefined;
    // "Poking holes in your face sounds mental, how is that meant to be safe?" doubts its safety, not how it works.
    if (asksIfSafe(u.words))
      return [
        { kind: 'answer', intent: SAFETY },
        { kind: 'answer', intent: HOW_IT_WORKS },
      ];
    // "Why would poking holes in your face make it better?", "could hurting our skin make it look better?" and "microneedling
    // sounds intense, needles pricking your face?" ask how it works whatever was discussed; "why would it shrink them?" not.
    // "So it damages your skin on purpose??": the healing injury it names is how it works, whatever was discussed.
    const ofItsWorking = covered.length > 0 && covered.every((t) => this.topics.home(t) === HOW_IT_WORKS);
    if (ofItsWorking && u.topics.length === covered.length) return [{ kind: 'answer', intent: HOW_IT_WORKS }];
    const inGeneral = (u.words.includes('microneedling') || u.words.includes('why') || BETTER_SKIN.test(u.words.join(' '))) && !pointsBackPastIt(u.words);
    const problem = covered.length > 0 ? covered.find((t) => this.topics.isTreatedProblem(t)) : inGeneral ? undefined : context.topic;
    if (covered.length > 0 && problem === undefined) return undefined;
    if (problem === undefined || !this.topics.isTreatedProblem(problem) || !this.content.answers[BENEFITS]?.topics?.[problem]?.why)
      return [{ kind: 'answer', intent: HOW_IT_WORKS }];
    const answered = context.intent === BENEFITS && context.topic === problem;
    return [answered ? { kind: 'answer', intent: BENEFITS, topic: problem, followUp: 'why' } : { kind: 'answer', intent: BENEFITS, topic: problem }];
  }

  /**
   * "No I meant the roller at home", "even with a roller at home?" after how often: the last question again, for the tool
   * or place the visitor meant; the article's answer is the same for it.
   */
  askedAgainFor(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
    const last = context.intent;
    if (!last || !this.content.answers[last] || covered.length === 0 || !onlyCorrects(u.words)) return undefined;
    // After "what is it?", "no I meant the at home one" asks what that one is.
    if (u.foreignWords.length > 0 || DEFINING_INTENTS.has(last)) return undefined;
    const tools = covered.every((t) => this.topics.get(t)?.instrument && this.topics.home(t) !== last && !this.content.answers[last].topics?.[t]);
    return tools ? [{ kind: 'answer', intent: last }] : undefined;
  }

  carried(u: Understanding, intent: string, topics: string[], context: ConversationContext, namesKind: boolean): string | undefined {
    const answersIt = context.topic !== undefined && this.content.answers[intent]?.topics?.[context.topic] !== undefined;
    // "How many exactly?" after the sessions for stretch marks; "what else is it good for?" after pores asks anew.
    const problem = this.topics.isTreatedProblem(context.topic ?? '');
    const asksAgain = context.intent === intent && intent !== BENEFITS && problem;
    // An entry that is itself a silence ("how soon for saggy skin?") is carried as the general silence would be.
    const entry = context.topic === undefined ? undefined : this.content.answers[intent]?.topics?.[context.topic];
    const silentOnIt = problem && (!answersIt || entry?.silent_on !== undefined) && this.content.answers[intent]?.elsewhere !== undefined;
    return carriedTopic(u, intent, topics, context, { carries: this.carriesTopic.has(intent), answersIt, namesKind, asksAgain, silentOnIt });
  }
}
