import { weekday } from '../nlu/tokens';
import type { Understanding } from '../nlu/understand';
import type { Action } from './action';
import type { ConversationContext } from './context';
import type { TopicIndex } from './topicIndex';
import { asksIfAllowed, asksWaitingTime, pointsBack } from './phrasing';

// The article says the after-effects of a session (redness, warmth, tightness) go within an hour or two, or a day or two
// for some people, and nothing about them lasting longer.

// "Still red on day 4", "on the third day", "after a week", "still red after that": longer than the article's "a day or two".
const BEYOND_TWO_DAYS =
  /\b(day ([3-9]|three|four|five|six|seven)|(third|fourth|fifth|sixth|seventh|3rd|4th|5th|6th|7th) day|([3-9]|three|four|five|six|seven|several) days|(after|for|over|in) (like |about |almost |nearly |over |around )?(a|one|two|[1-9]) (whole |full |entire )?weeks?|(a|one) (whole|full|entire) week|next week|longer than (that|this|a day or two|two days|2 days|a couple( of)? days)|(does ?n t|doesnt|does not|won t|wont|will not) go away|still( (red|there|pink|sore|swollen|tight|warm|blotchy))? (after|past|beyond) (that|then|those)|(beyond|past|after|over|more than|longer than) (48|72|96) (hours|hrs))\b/;
const SIDE_EFFECTS = 'side_effects';
const REDNESS = 'redness';
const RECOVERY = 'recovery';
const RESULTS_DURATION = 'results_duration';
// "Same for everyone?" names how a plan varies by person; just after the after-effects, it is how long they last for whom.
const BY_PERSON = 'diagnosis';
const OUTLASTED = 'after-effects that last longer than a day or two';
const WHY_SLOWER = 'why the after-effects last longer for some people';
const HOW_LONG = 'how_long';
const ASKS_HOW_LONG = /\bhow long\b/;
const RESULTS = new Set(['result', 'results', 'effect', 'effects', 'improvement', 'difference']);

/** "Mine is still red on day 4", "and if it's still there after a week?", "had it Friday, still red Monday", "beyond 48 hours?". */
export function outlastsTwoDays(words: string[]): boolean {
  return BEYOND_TWO_DAYS.test(words.join(' ')) || daysApart(words) > 2;
}

/** Days between the first two different weekdays named, whichever was the session's: Friday and Monday are 3 apart. */
function daysApart(words: string[]): number {
  const days = [...new Set(words.map(weekday).filter((day) => day !== undefined))];
  if (days.length < 2) return 0;
  const forward = (days[1] - days[0] + 7) % 7;
  return Math.min(forward, 7 - forward);
}

/**
 * "Still red on day 4, is that bad?": the silence on after-effects that outlast the article's range, then what it does
 * say about them; undefined for a message about anything else.
 */
export function outlastedAfterEffects(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
  if (!outlastsTwoDays(u.words)) return undefined;
  // Without a topic of its own, the message is about the after-effects only as a follow-up to them.
  const aboutThem = covered.includes(REDNESS) || (u.topics.length === 0 && !u.anchored && context.intent === SIDE_EFFECTS);
  return aboutThem
    ? [
        { kind: 'not_covered', subject: OUTLASTED },
        { kind: 'answer', intent: SIDE_EFFECTS, topic: REDNESS },
      ]
    : undefined;
}

// "And if I'm one of the unlucky ones?", "is that the same for everyone?", "can it be longer for me then?", "and if it
// doesn't?", "and if its not gone after a few hours?", "how long will i look like this?" after "…a day or two for some
// people".
const THE_SLOWER_ONES =
  /\b(one of the (\w+ )?(ones|people)|for (everyone|everybody)|(vary|varies|differ|differs) (from|per|by) person|the (other|some) people|(if|when) (im|i m|i am) (unlucky|slow|slower)|(lasts|takes) longer for me|(be )?(completely |fully |all )?gone (by now|yet)|when (does|will) (that|it) go( away| down)?|drags? on|(it|they|those|that) (persist|persists|stay|stays|linger|lingers|hang around|hangs around|stick around|sticks around|last longer)|(is it|is that|does it) always (that|so|this) (quick|fast|short)|slow(er)? healers?|worst case|how long (will|would) (i|my face|my skin) (look|stay|be) like (this|that))\b|\b(if|when) (it s|its|it is|they re|theyre|they are) (still )?not (gone|down|settled|better|faded)\b|\b(if|when) (it|they) (does ?n t|doesnt|does not|don t|dont|do not|won t|wont)( go( away| down)?)?( (that|so) (fast|quick|quickly|soon))?$|\b(can|could|will|might) (it|that|they) (be|take|last) longer( for (me|her|him|us))?( then)?$/;

// "When should it be gone by?", "how quickly does redness go?", "an dat wear off quick?": when the after-effects end.
const ASKS_WHEN =
  /\b(when|how (quickly|fast|soon)|how long (till|until|before|does it take|will it take|do they take)|how long (would|will|does|do|did|should) (\w+ ){1,2}take)\b|\b(quick|quickly|fast|soon)$/;
const AFTERWARDS = /\b(after|afterwards|afterward)\b/;
const GOING_AWAY =
  /\b((go|goes|going) (away|down|off)|gone|fade|fades|settle|settles|calm|calms|disappear|disappears|subside|subsides|wear off|wears off)\b|\b(does|will|did) (it|that|this|they|those) go$/;
// "How quickly does it go away?": the words asking when name when results show, which is not what ends.
const WHEN_RESULTS_SHOW = 'visible_results';

// "It's been like 3 hours", "been a few hours now", "its been goin on 3 hours".
const HOURS_GONE_BY =
  /\b(it s been|its been|been)( goin| going)?( on)? (like |about |almost |over |nearly )?(\d+|a|an|one|two|three|four|five|six|few|couple)( of)? (hours?|hrs?)\b|^(\d+|a|an|one|two|three|four|five|six|few|couple)( of)? (hours?|hrs?) (now|later|on)\b/;

// "And the next day?", "what about the morning after?", "by tomorrow?", "by evening gone?".
const LATER_ON =
  /\b(the next (day|morning)|the (day|morning) after|tomorrow|by (the )?(evening|tonight|night|dinner|dinnertime|bedtime|lunch|lunchtime|afternoon|morning|later))\b/;
// "Last time it was gone by the evening, how come it's different?" asks why, not how long.
const ASKS_WHY = /\b(why|how come)\b/;

/**
 * "It's been like 3 hours", "what if I'm one of the slow ones?" just after the redness: how long it lasts, which
 * the article gives for most people and for some.
 */
export function forTheSlowerOnes(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
  if (u.anchored || outlastsTwoDays(u.words)) return undefined;
  const text = u.words.join(' ');
  const slowerOnes = THE_SLOWER_ONES.test(text);
  // "Why would it last longer for some people?": the article says that it does, never why.
  const ofTheAfterEffects = covered.length === 0 ? context.intent === SIDE_EFFECTS : covered.every((t) => t === REDNESS);
  if (ASKS_WHY.test(text) && slowerOnes && ofTheAfterEffects) return [{ kind: 'not_covered', subject: WHY_SLOWER }];
  const endsWhen = ASKS_WHEN.test(text) && GOING_AWAY.test(text);
  if (endsWhen && covered.length === 1 && covered[0] === REDNESS) return [{ kind: 'answer', intent: SIDE_EFFECTS, topic: REDNESS, followUp: HOW_LONG }];
  // "How long does it take to calm down afterwards?": with no subject of its own, what calms down after a session is its after-effects.
  const afterwards = u.topics.length === 0 && AFTERWARDS.test(text) && !u.words.some((w) => RESULTS.has(w));
  if (endsWhen && afterwards) return [{ kind: 'answer', intent: SIDE_EFFECTS, followUp: HOW_LONG }];
  // "It's been like 5 hours and still pink": how long the redness lasts, unless the message brings a subject of its own.
  const onlyRedness = covered.length === 1 && covered[0] === REDNESS && u.foreignWords.length === 0;
  if (HOURS_GONE_BY.test(text) && onlyRedness) return [{ kind: 'answer', intent: SIDE_EFFECTS, topic: REDNESS, followUp: HOW_LONG }];
  const byPerson = slowerOnes && !u.weaklyAnchored;
  const named = covered.filter((t) => !(endsWhen && t === WHEN_RESULTS_SHOW) && !(byPerson && t === BY_PERSON));
  if (named.length > 0 || context.intent !== SIDE_EFFECTS) return undefined;
  // "And after? like the next day", "by evening gone?": naming nothing else, a later moment asks how long the after-effects
  // last; "work tomorrow ok?"
  // and "anything to avoid the day after?" ask what the visitor may do.
  const laterOn =
    LATER_ON.test(text) &&
    !ASKS_WHY.test(text) &&
    u.topics.length === 0 &&
    u.foreignWords.length === 0 &&
    !asksIfAllowed(u.words) &&
    !u.words.includes('avoid');
  if (!slowerOnes && !HOURS_GONE_BY.test(text) && !endsWhen && !laterOn) return undefined;
  return [{ kind: 'answer', intent: SIDE_EFFECTS, topic: context.topic, followUp: HOW_LONG }];
}

// "How long, in hours?": a bare question of how long, with nothing else to be about.
const BARE_HOW_LONG = /^how long( (in|exactly|roughly|about|then|tho|though))*( (hours|days|minutes))?$/;
// "How long does it take to get glass skin?": the time to reach something, where "it" points at nothing.
const TAKES_TO_REACH = /\bit take (to|for me to|for you to) (get|achieve|reach|have) (?!back|rid|over|better|used)/;
// "Duration?" just after the after-effects: how long they last.
const BARE_DURATION = /^((and|so|ok|okay) )?((what s|whats|what is) )?(the |their )?(exact |usual |total )?duration( exactly)?$/;

/**
 * "How long does it last?" just after the redness: "it" is the after-effects described, not microneedling's results;
 * so is a bare "how long, in hours?" or "duration?".
 */
export function howLongTheyLast(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
  const asksHowLong = (u.intent === HOW_LONG || u.ranking[0]?.label === HOW_LONG) && pointsBack(u.words);
  const text = u.words.join(' ');
  const duration = BARE_DURATION.test(text);
  // "Is peeling normal, and for how long might it go on?" names a subject of its own, which the after-effects are not;
  // "how long does it last?" names only the lasting.
  const namesSubject = covered.length > 0 || u.topics.some((t) => t !== RESULTS_DURATION);
  if (!(asksHowLong || duration || BARE_HOW_LONG.test(text)) || u.anchored || namesSubject || context.intent !== SIDE_EFFECTS) return undefined;
  if (TAKES_TO_REACH.test(text)) return undefined;
  // "How long will the results last?", "will they go away completely?" ask about what the treatment does.
  if (!(duration || ASKS_HOW_LONG.test(text)) || u.words.some((w) => RESULTS.has(w))) return undefined;
  return [{ kind: 'answer', intent: SIDE_EFFECTS, topic: context.topic, followUp: HOW_LONG }];
}

const AFTERCARE = 'aftercare';
const SOOTHING = 'soothing';
const ROUTINE = 'routine';
const SHORT_WHEN_WORDS = 5;
// "When can I go back to it?", "can I go back to my normal routine the next day?", "how long do I follow these rules?",
// "when can use back?", "when can i start back on it"; "go back to work" is no routine.
const RESUMING =
  /\b(go|get|going|getting|start|starting) back (to(?! (work|school|uni|college|the office|the gym|my job|the job|site)\b)|on|use|using|\w+ing)\b|\b(restart|resume|start again|start using|(use|using|start|starting|take|taking) (it|them|that|those) again|use (it |them )?back|follow (these|the|them|those))\b/;

// "And for how many days?", "how long do I have to be careful?": how long the advice just given holds.
const HOW_MANY_DAYS =
  /\b(how many (days|weeks|hours)|how long (do|should|must|will) (i|you|we|she|he|they) (have to |need to )?(be careful|keep|stay|avoid|follow|do))\b/;

/** Right after the aftercare advice: when to go back to the routine, or how long the advice holds, which the article never says. */
export function whenToResume(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
  // "So when can go back use?" just after the routine answer goes back to that routine.
  const backTo = pointsBack(u.words) || context.topic === ROUTINE;
  // "How long til I can go back to normal?" just after the routine answer: back to the routine, not the skin's recovery.
  const afterAftercare =
    covered.length === 0 ? context.intent === AFTERCARE && backTo : covered.every((t) => t === ROUTINE || (t === RECOVERY && context.topic === ROUTINE));
  const text = u.words.join(' ');
  // "When can I then?", "how long should I wait?": a bare question of when, after the aftercare advice.
  const bareWhen = u.topics.length === 0 && context.intent === AFTERCARE && u.words.length <= SHORT_WHEN_WORDS && asksWaitingTime(u.words);
  const resuming = afterAftercare && RESUMING.test(text) && (asksWaitingTime(u.words) || /\b(next day|tomorrow|straight away|right away)\b/.test(text));
  const forHowLong = u.topics.length === 0 && context.intent === AFTERCARE && HOW_MANY_DAYS.test(text);
  if (u.anchored || !(bareWhen || resuming || forHowLong)) return undefined;
  return [{ kind: 'answer', intent: AFTERCARE, topic: context.topic, followUp: HOW_LONG }];
}

// "So if I do it the morning of the shoot I'd be fine by the afternoon?", "will people be able to tell?", "without looking
// like a lobster", "so my mum wont notice right", "am i gonna look like one of my trauma pts", "how long before I look
// normal enough for the bridge ladies?", "by the next day i should be fine?", "what'll my face be like by then?": whether the
// after-effects will have gone by
// then, which is how long they last.
const LOOKS_FINE_BY =
  /^(?!.*\b(result|results)\b).*\bwhat (ll|will|would) (my|her|his|the) (face|skin) (look |be )?like (by|at|for|on|in time for)\b|\b(would|will|wud|could|can) (i|she|he|we|they|people|ppl|anyone|everyone|my \w+) (be|look) (fine|grand|ok|okay|alright|normal|weird|presentable|good|gd)\b|\b(i d|id|i ll|ill|she d|she ll|i would|i will) (be|look) (fine|grand|ok|okay|alright|normal|good)( again)? (by|for|at|in time for)\b|\b(will|would|can|could) (people|ppl|anyone|everyone|my \w+)( at \w+)? (be able to )?(tell|notice|see it)\b|\bwithout looking (weird|red|like)\b|\b(am i|will i|i m|im|i am) (gonna|going to) look (like|weird|red|awful|bad|a mess)\b|\b(my \w+|people|ppl|anyone|anybody|nobody|no one) (won t|wont|will not|wouldn t|wouldnt|shouldn t|can t|cant) (be able to )?(tell|notice|see)\b|\b(ok|okay|fine|alright|normal)( is)? my face\b|\b(before|till|until) (i|she|he|we|they) (look|looks|am|is|are) (normal|presentable|ok|okay|fine|human)( again)?( enough)?\b|\bby (the )?(next day|next morning|tomorrow|morning|evening|tonight|then|weekend) (i|she|he|we) (should|would|will|d|ll) (be|look) (fine|ok|okay|alright|normal|grand|good)\b/;

/** "So I'll be fine by the next day?": whether the visitor will look normal by a later moment, however much it sounds like thanks. */
export function asksIfFineBy(words: string[]): boolean {
  return LOOKS_FINE_BY.test(words.join(' '));
}

/** Whether the visitor will look normal by a later moment: how long the after-effects last. */
export function fineByThen(u: Understanding, covered: string[]): Action[] | undefined {
  if (!asksIfFineBy(u.words) || u.topics.some((t) => t !== REDNESS && t !== RECOVERY) || covered.length > 1) return undefined;
  return [{ kind: 'answer', intent: SIDE_EFFECTS, topic: covered[0], followUp: HOW_LONG }];
}

/** What a message asks about the after-effects or the aftercare just described, if that is what it asks about. */
export function afterEffectsFollowUp(u: Understanding, covered: string[], context: ConversationContext): Action[] | undefined {
  return (
    outlastedAfterEffects(u, covered, context) ??
    howLongTheyLast(u, covered, context) ??
    fineByThen(u, covered) ??
    forTheSlowerOnes(u, covered, context) ??
    whenToResume(u, covered, context)
  );
}

/** "When can I exfoliate after microneedling?": an aftercare topic asked about with a waiting time. */
export function awaitedAftercare(u: Understanding, covered: string[], topics: TopicIndex): string | undefined {
  return asksWaitingTime(u.words) ? covered.find((t) => topics.home(t) === AFTERCARE) : undefined;
}

// "Just had my first session, what do I need to do now?", "used my roller for the first time, what now?": the aftercare.
const WHAT_NOW = /\bwhat (do|should|shall|must|can) i (need to |have to )?do (now|next|tonight)\b|\bwhat now\b|\bnow what\b/;
const JUST_DONE = /\b(just|today|tonight|got|had|used|did|done)\b/;

// "Wat do i do after to help it heal", "anything I need to do to help it heal properly?": what to do is the aftercare.
const WHAT_TO_DO = /\b(what|anything|something) (do |should |shall |must |can )?(i|we|you) (need to |have to |should )?do\b/;
const TO_HEAL = /\b(after|afterwards|tonight|(help|helps|helping|speed up|aid)( it| my skin| the skin| them)? (heal|recover))\b/;
// "What is one's face like immediately after?", "after a session what should my face feel like", "what else might I feel afterwards",
// "whats it like straight after", "what should a patient expect immediately post procedure":
// the after-effects.
const LIKE_AFTERWARDS =
  /\bwhat (is |s |does |will |would |should |might |may |do )?(my|the|one s|ones|your) (face|skin) (going to |gonna )?(be |look |looks |feel |feels |feeling |looking )?like (right |immediately |straight |just )?(after|afterwards|afterward)\b|^(right |just )?(after|afterwards) (a |the |my )?(session|treatment|it|that)? ?what (is |s |does |will |would |should |might |may |do )?(my|the|your) (face|skin) (be |look |feel )?like$|\bwhat (else )?(will|would|might|may|could|should|do) (i|you|we) (feel|notice|experience)( \w+)? (after|afterwards|afterward)$|\b(i|you|we|they|she|he) (ll|will|would|might|may) (feel|notice|experience) (after|afterwards|afterward)\b|\b(what s|whats|what is) it like (right |immediately |straight |just )?(after|afterwards|afterward)\b|\bwhat (should|will|can|might|may|would|do|does) (i|you|we|a patient|patients|the patient|a client|clients|the client|people) (expect|feel|notice|experience) (right |immediately |straight |just )?(after|afterwards|post procedure|post treatment|post session)( (a|the|my|each|every) (session|treatment|procedure))?$/;

/** "What is one's face like immediately after?", naming nothing else: the after-effects. */
export function likeAfterSession(u: Understanding): Action[] | undefined {
  return u.topics.length === 0 && LIKE_AFTERWARDS.test(u.words.join(' ')) ? [{ kind: 'answer', intent: SIDE_EFFECTS }] : undefined;
}

/** "I got microneedled today, what do I do now?": what to do after a session, which is the aftercare, unless a silence is named. */
export function whatNowAfterSession(u: Understanding, covered: string[]): Action[] | undefined {
  if (covered.length !== u.topics.length) return undefined;
  const text = u.words.join(' ');
  const justDone = WHAT_NOW.test(text) && JUST_DONE.test(text);
  const toHeal = WHAT_TO_DO.test(text) && TO_HEAL.test(text) && covered.every((t) => t === RECOVERY);
  return (justDone || toHeal) && !/\bbefore\b/.test(text) ? [{ kind: 'answer', intent: AFTERCARE }] : undefined;
}

// "Whats best to put on it now then", "so basically whats safe to use", "what is allowed then?", "what kind of stuff is ok to
// use?", "whit's she meant tae use then": which products to use, naming none.
const WHAT_TO_APPLY =
  /^what (is|s|are) (allowed|ok|okay|fine|safe)( then| instead)?$|\bwhat (kind of |sort of |type of )?(stuff|products|things|creams|skincare)( (is|are|would be))? (ok|okay|fine|safe|good|allowed)\b|\bwhat (is |s )?(best|good|safe|ok|okay|better|fine|alright|recommended) (for me )?to (use|put|apply)\b|\bwhat ((can|should|could|do) )?i (use|put|apply)\b|\bwhats (best|good|safe|ok|okay|better|fine|alright) to (use|put|apply)\b|\bwhat( is| s)? (i|she|he|we|they|you) (meant|supposed) to (use|put|apply)\b/;

const ASKS_FOR_EXAMPLES =
  /^(like( what| which( ones?)?)?|such as|for example|for instance|e ?g|examples?|any examples?|which ones?|what ones|name (some|one)|what kind|what sort|what type)( then| tho| though| please| pls)?$/;
const PRODUCT_NAMES = 'product_names';

// "Don't exfoliate… use soothing products instead." → "so what then?": what to use in place of what aftercare rules out.
const WHAT_INSTEAD = /^(so |ok |okay |right )?(what|wat|wot) (then|instead)$/;

/** After a session, or in a conversation about one, a question about what to put on the skin asks for the soothing products. */
export function whatToApply(u: Understanding, context: ConversationContext): Action[] | undefined {
  if (u.topics.length > 0 || u.foreignWords.length > 0) return undefined;
  const text = u.words.join(' ');
  const asks = WHAT_TO_APPLY.test(text) ? context.updatedAt > 0 || u.words.includes('after') : WHAT_INSTEAD.test(text) && context.intent === AFTERCARE;
  if (asks) return [{ kind: 'answer', intent: AFTERCARE, topic: SOOTHING }];
  // "…use soothing products." → "like what?": the article names none.
  return ASKS_FOR_EXAMPLES.test(text) && context.topic === SOOTHING ? [{ kind: 'not_covered', topic: PRODUCT_NAMES }] : undefined;
}
