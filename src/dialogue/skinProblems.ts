import type { Grounding } from '../grounding/ground';
import type { Understanding } from '../nlu/understand';
import type { Action } from './action';
import type { ConversationContext } from './context';
import {
  asksCause,
  asksForCause,
  followsOn,
  isDefiningQuestion,
  isDefinition,
  namesOnlyTopics,
  opensOnDummyIt,
  pointsBack,
  seeksTreatment,
  SHORT_QUESTION_WORDS,
} from './phrasing';
import { DEFINING_INTENTS } from './silences';
import type { TopicIndex } from './topicIndex';

const BENEFITS = 'benefits';
const RESULTS_TIMING = 'results_timing';
const HOW_IT_WORKS = 'how_it_works';
// "How soon?", "how quickly would they fade?" after what it does for a problem; "how soon can I go again?" asks the interval.
// "Why do scars need more sessions than saggy skin?", "why fewer?": why problems differ in how many sessions they take.
const IMPROVING =
  /\b(improve|improves|improved|improving|fade|fades|fading|better|heal|heals|lighten|lightens|go away|disappear|disappears|shrink|shrinks|smaller|tighter)\b/;
// "What types of acne scars are there?", "who gets them?", "are stretch marks permanent?", "are they dangerous?", "do acne scars fade with time?",
// "what's the difference between acne scars and acne marks?", "how do people get acne scars?", "the symptoms of severe acne",
// "a way to prevent wrinkles", "when do stretch marks occur?", "how common is acne?": the problem's own nature, which the article never describes.
// "My pores look like craters" only describes the visitor's own.
const OF_ITSELF =
  /\b(types|kinds|sorts|who gets|who get|(does|do) (everyone|everybody) get|how common|(when|why|how)( and (when|why|how))? (do|does) (\w+ ){1,2}(occur|form|develop)|how do (people|men|women|most people) (get|develop)|symptoms|prevent|prevented|preventing|prevention|(?<!\b(my|her|his|their|our) \w+ )(look|looks) like|permanent|(go|goes|fade|fades) away on (their|its) own|(fade|fades|go away|goes away) (with|over) time|(get|gets|getting) (larger|bigger|worse|deeper) (as|with) (we |you |i |people )?(age|ageing|aging|get older)|by themselves|prone|so persistent|hard to treat|created|formed|difference between|in common|dangerous|harmful|contagious|hereditary|genetic|cancerous)\b/;
// "Does it help more with pores or wrinkles?", "which clears up faster?": a ranking of problems the article never makes.
const RANKS =
  /\b(which|what)( one| of (them|the two|those))? (\w+ ){0,2}(more|better|faster|quicker|most|best|sooner)\b|\b(more|better) (for|on|with) \w+( \w+)? or\b|\b(help|helps|work|works|do|does) (more|better)\b/;
const NAMES_CAUSES =
  /\bcauses?\b|^why (is|are) (my|the|your|his|her|our|their)\b|^why am i\b|^when do (you|i|we|people|most people) (get|develop|start getting) (\w+ )?(\w+)$|\bcome from$/;
// Session counts are compared in the article (scars and stretch marks take more than saggy skin): `sessionsCompared`.
const COUNTS_SESSIONS = /\b(session|sessions|treatment|treatments|goes)\b/;
// "Does this stuff do anything for big pores at least mine look like craters": what it does for them, however they look.
const DOES_ANYTHING_FOR = /\b(this|it|that|microneedling|needling)( stuff| thing)? (do|does) anything (for|to)\b/;
const TREATS_THEM = /\b(that|this|they|microneedling|needling) (help|helps|work|works|fix|fixes|treat|treats)\b/;
const WHY_COUNTS_DIFFER =
  /^((and|so|ok|okay|but) )?(why|how come)\b.*\b(fewer|(more|less|longer) (sessions|treatments)|(need|take|takes|needs) (more|less|longer)(?! of)|more than|less than)\b/;
const SESSIONS = 'sessions';
// "Would that take as many sessions as scars do?": the problem after "as" is the one compared with.
const AS_MANY_AS = /\bas (many|long|much)( \w+)? as\b/;
// "Would that take more or fewer than stretch marks?": opens on the problem discussed; "my tummy is loose, would that take
// longer than the marks?" names its own before.
const OPENS_ON_IT_THAN = /^((and|so|but|ok|okay) )*(would|will|does|do|is|could|can) (that|it|this|those|they|she|he)\b.*\bthan\b/;
// "Would it be less than my daughter needs for her scars?", "is that more or fewer than…" right after the number of
// sessions compares the counts.
const LESS_OR_MORE_THAN = /\b(be|is|it s|its)( that| it| this)?( a lot| much| any)? (less|fewer|more)( or (less|fewer|more))?\b.*\bthan\b/;
// "Would it take long for that compared to scars?" after saggy skin: the problem pointed at, against the one named.
const COMPARED_WITH = /\bcompared (to|with)\b/;
// "Will I need more for my acne scars?" just after the sessions saggy skin takes: the count for the problem named.
const MORE_FOR = /\b(need|needs|take|takes|require|requires)( \w+)? (more|fewer|less|longer)( sessions| treatments| goes)? (for|with)\b/;
// "Fewer than my acne scars would need?" after saggy skin: the problem discussed, counted against another.
const OPENS_ON_COUNT = /^((and|so|but|ok|okay) )*(less|fewer|more)( or (less|fewer|more))?( sessions| treatments| goes)? than\b/;
// "Would I need less goes than her?", "will he need more than me?", "…than my sister?": one person's count against
// another's.
const PEOPLE_COMPARED =
  /\b(i|she|he|they|we|you)( ll| d| will| would| might)? (need|take|needs|takes)( \w+)? (more|fewer|less)( \w+)? than (her|him|them|me|you|us|hers|his|mine|yours|(my|me|her|his|our) \w+)\b/;
// "What causes them, is it just the sun?": a cause guessed at after the question.
const GUESSES_CAUSE = /\b(is it|was it|could it be|it s|its)( just| all| only| mostly)? (the |my |me |from )?\w+$/;
// "Does saggy skin take longer than scars?", "so my scars gonna take more than my saggy jowls", "would that part be
// quicker?", "is that any quicker to sort?", "would it take ages compared to scars?", "would it take long for that compared
// to scars?", "is that one of the quicker ones to fix?", "would that take longer or quicker?"
const COUNTS_COMPARED =
  /\b(take|takes|need|needs|require|requires)( \w+){0,3} (longer|more time|less time|quicker|faster|(more|fewer|less) (sessions|treatments|goes))\b.*\bthan\b|\b(take|takes|need|needs|require|requires)( \w+){0,2} (more|fewer|less)( sessions| treatments| goes)? than\b|\b(take|takes)( \w+){0,3} (ages|forever|longer|long)\b.*\bcompared (to|with)\b|\b(take|takes|need|needs)( \w+){0,2} as (many|long)( \w+)? as\b|\b(be|is|are) ((that|it|they|those|this) )?(any |much |a lot )?(quicker|faster|slower)( to (sort|fix|treat|clear|improve)| than|$)|\bone of the (quicker|faster|slower|easier|harder) ones\b|\b(that|it|this|those|they) (\w+ )?(take|need)( \w+)? (longer|quicker|faster|more|less|fewer) or (shorter|quicker|faster|longer|less|fewer|more)\b/;
// "Which one would take longer?", "do stretch marks need more sessions?": counts weighed without a "than" to name the other.
const WEIGHS_COUNTS = /\b(take|takes|taking) longer\b|\b(take|takes|taking|need|needs|needing) (more|fewer|less) (sessions|treatments|time)\b/;
// "Which one would take longer?" asks which of the problems just discussed; "vs my acne scars, which…?" weighs the one named
// against the last.
const WHICH = /\bwhich\b/;
const VERSUS = /^(vs|versus|compared to|compared with|than)\b/;
// "Will that need more sessions than my friend's scars did?": one problem, measured against another's.
const THAN = /\bthan\b/;
// The answers about a problem that "which one would take longer?" goes on from.
const WEIGHS_AFTER = new Set([BENEFITS, SESSIONS, RESULTS_TIMING]);
// "How long till…", "how fast will I see…", "when will they…": waiting for results, not the length of a session; also
// after the problem is named ("going back to the wrinkles, how soon would I see it?").
// "Will my pores look smaller by then?", "would the wrinkles change as quickly?": results awaited by a date or at a pace;
// "how fast can see the pores smaller?" too.
const RESULTS_AWAITED =
  /\b(how (long|soon|fast|quickly)( \w+)? (till|until|before|will|would|do|does|to|can)|when (will|would|do|does|can i see))\b|\bby (then|the (wedding|big day|day|event|party|weekend)|my (wedding|birthday|party|holiday|event))\b|\bin time for\b|\bas (quickly|fast|soon)\b/;
// "How long do the results last?" asks how long they keep, not when they show.
const LASTING = /\b(last|lasts|lasting)\b/;
const SHOWING =
  /\b(look|looks|see|shrink|fade|go|go away|disappear|vanish|improve|smaller|better|results?|notice|lighter|show|kick in|clear|clears|clear up|work|works|working|change)\b/;
// "What can I expect after 3 microneedling sessions?": what a course brings, not a session's after-effects.
const AFTER_A_COURSE =
  /\b(expect|see|notice|results?|difference|look like)\b.*\bafter (\d+|two|three|four|five|six|a few|several|a couple( of)?) (\w+ )?(sessions|treatments|rounds|goes)\b/;
// "And me wrinkles, how quick for them?": how soon, for the problem the message names.
const HOW_SOON_FOR = /\bhow (quick|quickly|fast|soon)( \w+)? (for|with|on) (them|it|those|that|these|mine|hers|his)$/;
const HOW_SOON = /^((and|so|ok|okay) )?(how (soon|quick|quickly|fast)|when will)\b(?! (can|could|should|may|do|does)\b)/;

/** Questions about a skin problem itself, as distinct from what microneedling does for it. */
export class SkinProblems {
  constructor(
    private readonly topics: TopicIndex,
    /** Whether the article counts the sessions a problem takes ("scars take more than saggy skin"). */
    private readonly countsSessionsFor: (topic: string) => boolean,
  ) {}

  /** "What are acne scars?", "what causes pigmentation?": about the skin problem itself, not what microneedling does for it. */
  asksAbout(u: Understanding, covered: string[]): boolean {
    // "Why does it work so well for acne scars?": "it" is microneedling.
    // "And saggy skin?" carries the last question on to another problem.
    if (u.anchored || u.elliptical || covered.length === 0 || u.words.includes('it') || !covered.every((t) => this.topics.isTreatedProblem(t))) return false;
    const text = u.words.join(' ');
    // "…wrinkles around my eyes already. What do I do?" asks what treats them; so does "why does that help scars?", "that"
    // being microneedling, and "my face looks like a road map, this help wrinkles or what".
    if (WHY_COUNTS_DIFFER.test(text) || seeksTreatment(u.words) || DOES_ANYTHING_FOR.test(text) || TREATS_THEM.test(text)) return false;
    if (OF_ITSELF.test(text)) return true;
    // "What actually makes the scars fade?" asks what microneedling does for them, not what scars are.
    if (IMPROVING.test(text)) return false;
    // "What are stretch marks' causes?": the article gives the causes of some problems (`explainedCause`), not of others.
    if (NAMES_CAUSES.test(text) && asksForCause(u.words)) return !covered.some((t) => this.topics.get(t)?.causes_in_article);
    // "What are the benefits for pores?" asks what microneedling does for them, as the classifier also says.
    if (u.intent === this.topics.home(covered[0]) && isDefinition(u.words) && !namesOnlyTopics(u)) return false;
    // "And her skin getting saggy": one more problem for the question before, however short.
    return isDefiningQuestion(u.words) || (DEFINING_INTENTS.has(u.intent) && u.words.length <= 5 && !followsOn(u.words));
  }

  /** "What causes wrinkles?", "what causes them?" after wrinkles: a problem whose causes the article gives. */
  explainedCause(u: Understanding, covered: string[], context: ConversationContext): string | undefined {
    // "Why do scars need more sessions than saggy skin?" asks why the counts differ, not what causes either.
    if (u.anchored || !asksForCause(u.words) || WHY_COUNTS_DIFFER.test(u.words.join(' '))) return undefined;
    const explained = (t: string | undefined) => t !== undefined && this.topics.get(t)?.causes_in_article === true;
    // "What causes em, is it just the sun?" after wrinkles: the sun is a cause guessed at, not the problem asked about.
    const guessed = GUESSES_CAUSE.test(u.words.join(' ')) && !covered.some((t) => this.topics.isTreatedProblem(t));
    if (covered.length > 0 && !guessed) return covered.find(explained);
    // "Why is that?" after how many sessions saggy skin takes asks about that answer, not about what makes skin sag.
    const aboutAnswer = context.intent !== BENEFITS && u.words[0] === 'why';
    return pointsBack(u.words) && !aboutAnswer && explained(context.topic) ? context.topic : undefined;
  }

  /** "Does it work better for anti-aging or for scars?": the article's silence on which, then what it says of each. */
  ranked(u: Understanding, covered: string[]): Action[] | undefined {
    const problems = covered.filter((t) => this.topics.isTreatedProblem(t));
    const text = u.words.join(' ');
    if (problems.length < 2 || !RANKS.test(text) || COUNTS_SESSIONS.test(text)) return undefined;
    const [first, second] = problems.map((t) => this.topics.get(t)?.label ?? t);
    return [{ kind: 'not_covered', subject: `whether microneedling does more for ${first} or ${second}` }, ...problems.map((t) => this.topics.alone(t))];
  }

  /** "Does it shrink pores?" … "how soon?": when results show for the problem just answered. */
  awaitedResults(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
    const problem = context.topic;
    // "How fast will they shrink?": "shrink" names only the kind of question, when results show, and "they" the problem,
    // whether the last answer said what it does for it or how.
    const named = covered.filter((t) => this.topics.home(t) !== RESULTS_TIMING);
    if (
      u.anchored ||
      named.length > 0 ||
      (covered.length > 0 && !pointsBack(u.words)) ||
      (context.intent !== BENEFITS && context.intent !== HOW_IT_WORKS) ||
      !problem ||
      !this.topics.isTreatedProblem(problem)
    )
      return undefined;
    if (u.words.length > SHORT_QUESTION_WORDS || !HOW_SOON.test(u.words.join(' '))) return undefined;
    return [{ kind: 'answer', intent: RESULTS_TIMING, topic: problem }];
  }

  /**
   * "How long till my pores look smaller?": when results show for a problem, whatever the classifier makes of "pores";
   * "what can I expect after 3 sessions?": when results show at all.
   */
  resultsAwaitedFor(u: Understanding, covered: string[]): Action[] | undefined {
    const problem = covered.find((t) => this.topics.isTreatedProblem(t));
    if (u.topics.length === 0 && AFTER_A_COURSE.test(u.words.join(' '))) return [{ kind: 'answer', intent: RESULTS_TIMING }];
    // "Will the scars be completely gone by the wedding?" asks what the article never says, not only when.
    if (u.topics.some((t) => this.topics.get(t)?.about_treatment && this.topics.isUncovered(t))) return undefined;
    const text = u.words.join(' ');
    const awaited = (RESULTS_AWAITED.test(text) && SHOWING.test(text)) || HOW_SOON_FOR.test(text);
    return problem && awaited && !LASTING.test(text) ? [{ kind: 'answer', intent: RESULTS_TIMING, topic: problem }] : undefined;
  }

  /**
   * "Does saggy skin take longer to sort out than other problems?": the article's comparison of session counts;
   * "why do scars need more sessions than saggy skin?": it gives the difference, never the reason.
   */
  sessionsCompared(u: Understanding, context: ConversationContext): Action[] | undefined {
    const about = u.topics.every((t) => this.topics.isTreatedProblem(t) || t === SESSIONS);
    const text = u.words.join(' ');
    if (about && WHY_COUNTS_DIFFER.test(text)) return [{ kind: 'answer', intent: SESSIONS, followUp: 'why' }];
    // The problem asked about comes first: "do stretch marks take longer than saggy skin?"; after saggy skin, "would that
    // take as many sessions as scars?" and "would that take more or fewer than stretch marks?" ask about saggy skin.
    // "Would I need less goes than her?" after the visitor's saggy skin: the visitor's problem, against the other person's.
    const people = u.topics.length === 0 && PEOPLE_COMPARED.test(text);
    const pointed =
      ((AS_MANY_AS.test(text) || COMPARED_WITH.test(text)) && pointsBack(u.words)) || OPENS_ON_IT_THAN.test(text) || OPENS_ON_COUNT.test(text) || people;
    const discussed = pointed && context.topic && this.topics.isTreatedProblem(context.topic) ? context.topic : undefined;
    const problem = discussed && !u.topics.includes(discussed) ? discussed : u.topics.find((t) => this.topics.isTreatedProblem(t));
    const compared =
      COUNTS_COMPARED.test(text) || OPENS_ON_COUNT.test(text) || (context.intent === SESSIONS && (LESS_OR_MORE_THAN.test(text) || MORE_FOR.test(text)));
    // "Would he need less goes than me?" with no problem yet named: what the count depends on.
    if (!problem && compared && people) return [{ kind: 'answer', intent: SESSIONS }];
    if (!problem || !compared) return this.countsWeighed(u, context);
    // "And will it take longer than for my pores?" after scars: the article gives no count for pores to weigh.
    const uncounted = u.topics.find((t) => t !== problem && this.topics.isTreatedProblem(t) && !this.countsSessionsFor(t));
    return [{ kind: 'answer', intent: SESSIONS, topic: uncounted ?? problem }];
  }

  /**
   * "Which one would take longer?" after stretch marks and saggy skin, "vs my acne scars, which…?" after saggy skin, "which
   * needs more sessions, scars or stretch marks?": the count of each problem weighed.
   */
  private countsWeighed(u: Understanding, context: ConversationContext): Action[] | undefined {
    const text = u.words.join(' ');
    if (!WEIGHS_COUNTS.test(text) || !u.topics.every((t) => this.topics.isTreatedProblem(t))) return undefined;
    const named = u.topics;
    const last = context.topic;
    const after = last !== undefined && WEIGHS_AFTER.has(context.intent ?? '') && this.topics.isTreatedProblem(last) && !named.includes(last);
    const weighed = named.length >= 2 ? (THAN.test(text) ? [] : named) : after && (named.length === 0 ? WHICH : VERSUS).test(text) ? [last, ...named] : [];
    return weighed.length > 0 ? weighed.map((topic): Action => ({ kind: 'answer', intent: SESSIONS, topic })) : undefined;
  }

  /** "Would it give me a bit of a glow?": a benefit sought of microneedling, not a side effect it causes. */
  soughtOutcome(u: Understanding, covered: string[]): string | undefined {
    return asksWhatItBrings(u) ? covered.find((t) => this.topics.get(t)?.outcome) : undefined;
  }

  /**
   * "Can microneedling cause hyperpigmentation?": a problem it treats, asked about as one it might bring on; its label.
   * "Can microneedling cause broken capillaries?": one the article never names, by the question's own words.
   */
  causedByTreatment(u: Understanding, covered: string[], g: Grounding): string | undefined {
    if (!asksWhatItBrings(u)) return undefined;
    const condition = covered.find((t) => this.topics.isTreatedProblem(t));
    if (condition) return this.topics.get(condition)?.label;
    return u.topics.length === 0 ? g.subject : undefined;
  }
}

/** "Will it cause hyperpigmentation?", "would it give me a glow?": on a microneedling site, "it" is microneedling. */
function asksWhatItBrings(u: Understanding): boolean {
  // "Is it true stress causes wrinkles?": that "it" is no treatment.
  const namesIt = u.words.filter((w) => w === 'it').length > (opensOnDummyIt(u.words) ? 1 : 0);
  return (u.anchored || namesIt) && asksCause(u.words);
}
