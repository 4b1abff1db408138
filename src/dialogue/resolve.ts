import { Content, FollowUpKind, loadArticle } from '../data/content';
import { intentsWithFlag, intentsWithRole, TrainingData } from '../data/intents';
import type { DecisionPolicy } from '../data/policy';
import type { Grounding } from '../grounding/ground';
import { looksLikeQuestion, saidOutsideQuestion } from '../nlu/segmenter';
import { OUT_OF_SCOPE, UNCLEAR, Understanding } from '../nlu/understand';
import { Action, NOT_COVERED } from './action';
import { explainsLastAnswer, onlyCorrects, TopicCarrier } from './carriedTopic';
import type { ConversationContext } from './context';
import { afterEffectsFollowUp, asksIfFineBy, awaitedAftercare, likeAfterSession, whatNowAfterSession, whatToApply } from './afterEffects';
import { weighingActions } from './options';
import { OtherTreatments } from './otherTreatments';
import {
  remarksOnAdvice,
  asksAboutElse,
  brushesTopic,
  callsItAnAside,
  asksAboutEverydaySkincare,
  asksOfEverydayUse,
  asksOfTanningAlone,
  asksOfTheTanItself,
  checksLastAnswer,
  echoesLastFigure,
  continuesConversation,
  isInDomain,
  leansOnConversation,
  offTopicInConversation,
  reactsOnly,
  remarksInPassing,
  recommendsWithin,
  onlyRemarks,
  remarksInWordsUnplaced,
  unplacedKind,
} from './continuation';
import { DEFINING_INTENTS, Silences } from './silences';
import { SkinProblems } from './skinProblems';
import { TopicAnswers } from './topicAnswers';
import { TopicIndex } from './topicIndex';
import { WordMeanings } from './wordMeaning';
import {
  asksAboutTheThing,
  asksAboutTheWorld,
  asksHowItComesAbout,
  asksTimetable,
  fearsEffect,
  asksWhatHappensToProblem,
  asksDuration,
  asksForCause,
  asksForFact,
  asksForItsEffects,
  asksForWording,
  asksHowLongToWait,
  asksHowManySessions,
  asksHowOften,
  asksHowOftenToReturn,
  asksHowSkinAges,
  asksIfAllowed,
  asksIfAtRate,
  asksOfOtherInterval,
  weighsCount,
  asksHowSkinIsAfter,
  asksHowOftenToGo,
  asksIfMicroneedlingHelps,
  asksIfSafe,
  asksIfSkinTypeCounts,
  asksIfTheyMay,
  asksOnlyHowLong,
  asksExactCount,
  asksOnlyHowMany,
  asksOnlyWhen,
  asksToGoWhen,
  asksSameMeasure,
  asksSameOf,
  asksSameOfTheTool,
  asksToGoOn,
  asksRoughFigure,
  asksToRestate,
  asksWaitingTime,
  asksWhatAPractitionerIs,
  asksWhy,
  countsSomethingElse,
  asksWhyNotSooner,
  endsAskingWhatThatIs,
  endsAskingWhatItIs,
  endsAskingWhy,
  endsOnMicroneedling,
  endsOnWhatMicroneedlingIs,
  followsOn,
  guessesHowLong,
  isDefiningQuestion,
  isDefinition,
  namesOnlyTopics,
  offersRate,
  offersSpan,
  opensOnWhatMicroneedlingIs,
  pointsBack,
  pointsBackPastIt,
  pressesForVerdict,
  reportsElapsedTime,
  saysWhy,
  seeksTreatment,
  setsAside,
  SHORT_QUESTION_WORDS,
  speaksOfLastAnswer,
  statesPlan,
  tellsAboutThemselves,
  tellsAfterWhatMicroneedlingIs,
  tellsNews,
  weighsTwo,
} from './phrasing';

const SHORT_FOLLOW_UP_WORDS = 5;
// "Why?", "how come tho": a follow-up this short names nothing and asks about the topic being discussed.
const BARE_FOLLOW_UP_WORDS = 3;
// "How long does microneedling last?" still asks how long; "why" and "more" can be about the subject named.
const WHY = 'why';
// "Why do I…", "why is my…": a reason asked about the visitor's own skin, not about the last answer.
const WHY_OF_THEIR_OWN = /^why (do|does|did|am|is|are) (i|my|we|our|people|you|your)\b/;
const WHAT_IS = 'what_is';
// "What if it's sunny on the ride in?": a case put to the advice just given.
const WHAT_IF = /^((and|but|so|ok) )?what (if|about if)\b/;
const HOW_IT_WORKS = 'how_it_works';
const SAFETY = 'safety';
const SOURCE = 'source';
const HOME_OR_CLINIC = 'home_or_clinic';
// (The words are read with "safest" and "safer" as "safe".)
const SAFEST_COMPARED = /\b(safe|safest|safer)\b.*\b(compared (to|with|tae)|than) (what|whit|which)\b/;
const SAFER_THAN = 'what microneedling is safer than';
const OTHER_INTERVAL = 'sessions spaced other than every 4-6 weeks';
// "Why does the article call it the safest?", "on what basis is 'the safest' claimed?": the article's word on safety is its basis.
const SAFEST = /\bsafest\b/i;
const ASKS_IS_IT_SAFE = /^((so|but|ok|and) )*(is|are) (it|this|microneedling|needling)( \w+)? (safe|dangerous)\b/;
const ASKS_BASIS = /\b(why|basis|based|evidence|proof|claim|claims|claimed|call|calls)\b/;
// The tools of microneedling the article describes, the pen before the roller: "a pen thing, not a roller" asks of the pen.
const TOOLS = ['pen', 'derma_roller'];
const DEVICE_COMPARISON = 'device_comparison';
// "…a pen not a roller, whats the difference": the difference between the two tools named.
const WEIGHS_TOOLS =
  /\b(pen|pens|dermapen)\b.*\b(roller|rollers|dermaroller)\b.*\bdifference\b|\b(roller|rollers|dermaroller)\b.*\b(pen|pens|dermapen)\b.*\bdifference\b/;
// "…whats that about", "…what's the difference", "…what are they", "…whats a microneedling pen?", "what's the pen one then":
// what the tool named is.
const WHAT_THE_TOOL_IS =
  /\b(what s|whats|what is|what are) ((that|this|it|they|those|the difference)( about| exactly| then)?|(a |an |the |these |those )?(microneedling |micro needling |derma |skin )?(pen|pens|roller|rollers|dermapen|dermapens|dermaroller|dermarollers)( one| ones| thing| things)?( exactly| then| anyway)?)$/;
const HAS_WH_WORD = /\b(what|which|who|where|when|how)\b/;
// A question opened by its own question word, not a follow-up naming a topic ("and pores?", "what about pores?").
const OWN_QUESTION = /^(how|why|when|where|which|who) (is|are|do|does|can|should|would|will)\b/;
// The article states its claims without naming any study or reference.
const UNCITED = 'the studies or references behind its claims';
// "Source?", "says who?", "source for the 2-3 figure?": the evidence behind a claim, not only where the bot's words come from.
const ASKS_FOR_EVIDENCE =
  /^(source|sources|says who|citation|citations|citation needed|proof|evidence)( for (that|this|it|the [\w ]{1,30}))?( tho| though| then)?$/;
const WHY_IT_WORKS = /^(why|how come) (does|do|would|will) (it|this|that|microneedling|needling) (even |actually |really )?work\b/;
// "Why several sessions?", "so, why a series of treatments instead of just one?": the reason for a course of sessions.
const WHY_SEVERAL = /\b(several|multiple|many|more than one) (sessions|treatments)\b|\binstead of (just |only )?(one|a single)\b/;
const OWN_SUBJECT_FOLLOW_UPS = new Set([WHY, 'more']);
const MORE = 'more';
// What happens after a session (the nearest fact to a side effect) and what to avoid then (never for how long).
const SIDE_EFFECTS = 'side_effects';
// The article names the after-effects of a session and no other side effect or risk.
const OTHER_SIDE_EFFECTS = 'other side effects or risks';
const REDNESS = 'redness';
const CLEARS = /\b(go|goes|going) away\b|\b(disappear|disappears|clear up|clears up)\b/;
// "Does sunscreen expire?": what the article's aftercare, written for right after a session, does not reach.
const EVERYDAY_SKINCARE = 'everyday skincare outside a microneedling session';
// "Should I stop my retinol before?", "…and restart it after": the moment around a session a product is asked of.
const AROUND_A_SESSION = /\b(before|beforehand|after|afterwards|afterward)$|\b(stop|pause|quit|restart|resume) (my |the |using |taking )?\w+ (before|after)\b/;
// "How many days does facial last?": how long a thing named by a single word lasts; "it", "that"… point back instead.
const OWN_DURATION = /^how (long|many (days|weeks|months|hours)) (does|do|will|would|did) (a |an |the |your |my )?(\w+) (last|take|stay)$/;
const POINTING_WORDS = new Set(['it', 'that', 'this', 'they', 'them', 'those', 'these', 'one', 'each', 'everything', 'you', 'i', 'we', 'she', 'he']);
const YES_NO = /^((so|and|but|ok) )?(will|would|do|does|did|can|could|is|are)\b/;
const FADES = /\b(fade|fades|heal|heals)\b/;
// "Do acne scars go away with time?": whether the problem clears without any treatment, which the article never says.
const BY_ITSELF = /\b(with time|over time|on (its|their) own|by (itself|themselves)|naturally|without (any )?treatment)\b/;
const SETS_ASIDE = /\b(apart from|besides|beyond|other than|except( for)?|aside from|any other|anything else)\b/;
const HOW_LONG = 'how_long';
const HOW_MANY = /\bhow many\b/i;
const ASKS_OF_IT = /\b(does|do|can|will|would|could) it (help|work|do|fix|treat|improve|cause|make)\b/;
const COUNTS_TIME = /\bhow many (hours|minutes|days)\b/;
const ANTI_AGING = 'anti_aging';
const SKIN_TYPE = 'skin_type';
const DIAGNOSIS = 'diagnosis';
const COMPARED_TO_MICRONEEDLING = /\b(compared (to|with)|vs|versus|against) (the )?(microneedling|needling)\b/;
// "Ok then for pores which one better?" after microneedling was weighed against a laser: the same two, for another problem.
const WHICH_OF_THE_TWO = /\bwhich (one|of (them|the two))( is| s| would be| works)? (better|best)\b/;
const AFTERCARE = 'aftercare';
// A greeting is short, opens with a greeting word ("hey bot how are you today", "good morning to you") or only checks
// that someone is there ("anyone there?"); "by evening gone?" and "even at 64?" ask something.
const LONG_FOR_A_GREETING = 3;
const GREETS =
  /^(hi|hiya|hii+|hello|helo|hey|heya|heyy+|howdy|g ?day|yo|sup|good (morning|afternoon|evening|day)|morning|evening|afternoon|greetings|hola|howzit|kia ora|how (are|r|s|is)|hows|whats up|wassup|dear|(do )?have a (nice|pleasant|good|great|lovely) (day|afternoon|evening|night|weekend))\b/;
// "Will do, thanks", "can't thank you enough": shorter than a yes-or-no question put to the article; "ok will have a look
// thank you" and "did you get my question?" ask nothing of the article.
const LONG_FOR_THANKS = 6;
const ASKS_OF_SOMETHING =
  /^((so|and|but|ok) )?(will|would|can|could|should|is|are|does|do) (a|an|the|it|she|he|they|i|we|my|her|his|that|this|\d+)\b(?!.*\b(thank|thanks|cheers)\b)/;
// What happens during a session, which the article never describes.
const PROCEDURE = 'procedure';
// "Do I need to stop it before?": getting ready for a session, which may mean stopping what the visitor uses. Whether to
// use it again straight after is the aftercare the article gives.
const PREPARATION = 'preparation';
const RIGHT_AFTER = /\b(straight away|right away|straight after|right after|immediately)\b/;
const ROUTINE = 'routine';
// "I have used Ponds cold cream every night for 50 years. can I keep using it after", "Can I put my Nivea on after, same as
// always?", "can i put me Ponds cold cream on after", "right after can i go back to my cold cream and all like usual": a
// product of the visitor's everyday routine, which the article says not to jump back into right after.
const KEEPS_USING =
  /\b(keep (on )?(using|with|putting|applying)|keep on with|carry on (using|with)|continue (using|with)|still use|put (my|me|mi|her|his) (\w+ ){0,3}on|put (it|that|them) on|go back to (my|me|her|his)|same as always|as usual|like (normal|usual)|(the way|like) (i|she|he) always (do|does)|every (night|day|morning)|(my|her|his) usual)\b/;
const AFTER_SESSION = /\b(after|afterwards|afterward)\b/;
const HOW_OFTEN_INTENT = 'frequency';
const SESSIONS = 'sessions';
const EXACT_SESSIONS = 'the exact number of sessions';
const BENEFITS = 'benefits';
// Which derma roller or pen to buy: what "which one should I get?" asks after a tool.
const BUYING = 'buying';
// Makes and brands of devices ("SkinPen", "Dermapen"), which the article never names.
const BRANDS = 'brands';
// "Is the skin pen safe?", "are derma rollers dangerous?": whether a tool is safe, and nothing more.
const TOOL_SAFE = /^(is|are) (the |a |an |this |that |these |those |my |your )?(\w+ ){1,3}(safe|dangerous)$/;
// "And if it hasn't settled by then?": a case put about the last answer.
const CONDITIONAL = /^((and|but|so) )?(what )?if\b/;
// "What about before?", "and sooner?", "could I have both the same day?": a moment other than the last answer's.
const OTHER_MOMENT = /\b(before|beforehand|sooner|earlier|once|today|tonight|tomorrow|same|close|open|gone)\b/;
// "My husband says it's dangerous": a claim that microneedling is unsafe.
const FEARS_IT =
  /\b(sounds?|seems?|looks?) (so |really |very |quite |a bit |kinda |pretty )?(scary|terrifying|frightening|intense|awful)\b|\bis (it|microneedling|this|that) (as |so |really |very |too |actually )?(scary|terrifying|frightening)\b|\bshould (i|we) be (worried|scared|nervous|afraid)$/;
const CALLS_IT_UNSAFE = /\b(dangerous|unsafe|not safe|risky|harmful|bad for (you|your skin))\b/;
const RECOMMENDS_ONE = /\b(which|what) (one|kind|type|brand)\b/;
// "Should I stop taking it?", "when can I start it back up?": whether to stop or resume the medicine or product just told of.
const STOPS_OR_RESUMES_IT =
  /\b(stop|quit|pause|skip|come off|hold off|go off)( taking| using)? (it|them|that|this|those)\b|\b(start|get) (it|them) (back up|back|again)\b|\b(go|get) back on (it|them)\b|\b(restart|resume) (it|them)\b|\buse (it |them )?(again|back)\b|\bafter (i|she|he|we|you) (finish|finishes|stop|stops|come off|comes off)( (it|them))?\b|\bafter (i m|im|she s|shes|he s|hes|we re|you re) (done|finished|off) (with )?(it|them)\b|\bafter (stopping|finishing|coming off)( (it|them))?\b/;
// Whose case a verdict is asked for: "for me", "for her skin".
const OWN_CASE = '(me|her|him|them|us|(my|her|his|our) (skin|face|case))';
// "Is it safe overall?", "in general": asks about microneedling, not the visitor's own case.
const NOT_IN_GENERAL = '^(?!.*\\b(general|generally|overall|in principle)\\b).*';
// "So safe for me or not. yes/no", "is it safe for her or what": a verdict on the visitor's own case, pressed for.
const PRESSES_OWN_CASE = new RegExp(`${NOT_IN_GENERAL}\\b(safe|ok|okay|fine|alright) (for|to) ${OWN_CASE} or (not|no|what|nah|naw)\\b`);
// "So is it safe or not?", "so it safe fi me or nuh": the same question pressed, which the circumstance still leaves open.
const ASKS_OWN_CASE = new RegExp(
  `${NOT_IN_GENERAL}(\\b(safe|ok|okay|fine|alright|suitable)( or (not|no))? (for|to) ${OWN_CASE}\\b|\\b(safe|suitable) or (not|no)\\b)`,
);

/**
 * Stage "decide": turns an understanding and its grounding, in the light of the conversation so far, into
 * actions. The order matters: another treatment, then the article's silences (listed or not), then the
 * answer. Conversation context fills in only what the message leaves out.
 */
export class Resolver {
  private readonly topics: TopicIndex;
  private readonly conversational: Set<string>;
  private readonly followUps: Set<string>;
  private readonly carrier: TopicCarrier;
  private readonly offersHelp: Set<string>;
  private readonly defersToTopic: Set<string>;
  private readonly restatesLast: Map<string, 'pointed' | 'asked'>;
  private readonly remarksOnly: Set<string>;
  private readonly reactionWords: Set<string>;
  private readonly silences: Silences;
  private readonly otherTreatments: OtherTreatments;
  private readonly problems: SkinProblems;
  private readonly meanings: WordMeanings;
  private readonly topicAnswers: TopicAnswers;
  private readonly skinWords: Set<string>;

  constructor(
    data: TrainingData,
    private readonly content: Content,
    private readonly policy: DecisionPolicy,
    article: string = loadArticle(content),
  ) {
    this.topics = new TopicIndex(data.topics);
    this.conversational = intentsWithRole(data, 'conversational');
    this.followUps = intentsWithRole(data, 'follow_up');
    this.carrier = new TopicCarrier(content, this.topics, intentsWithFlag(data, 'carries_topic'));
    this.offersHelp = intentsWithFlag(data, 'offers_help');
    this.defersToTopic = intentsWithFlag(data, 'defers_to_topic');
    this.restatesLast = new Map(data.intents.flatMap((i) => (i.restates_last ? [[i.intent, i.restates_last] as const] : [])));
    this.remarksOnly = intentsWithFlag(data, 'remarks_only');
    this.reactionWords = new Set(data.domain.reaction_words);
    this.silences = new Silences(data, content, this.topics);
    this.otherTreatments = new OtherTreatments(content, this.topics, this.silences);
    this.problems = new SkinProblems(this.topics, (t) => content.answers[SESSIONS]?.topics?.[t] !== undefined);
    // The aftercare names products and the sun without explaining them: "what does broad spectrum sunscreen mean?" is asked of it.
    this.meanings = new WordMeanings(article, (t) => this.topics.home(t) === AFTERCARE);
    this.topicAnswers = new TopicAnswers(content, this.topics, this.carrier, this.silences, policy);
    this.skinWords = new Set(data.domain.skin_words);
  }

  resolve(read: Understanding, g: Grounding, context: ConversationContext): Action[] {
    // "Что такое мезороллер?": nothing in another script can be read, so nothing below applies.
    if (read.otherScript) return [{ kind: 'unclear', language: true }];
    if (asksWhatAPractitionerIs(read.words)) return [{ kind: 'out_of_scope' }];
    // "What even is microneedling, my sister keeps going on about it": the classifier may hear "go on" in the rest.
    // "…all over my fyp what even is microneedling": a story before the question names what it likes.
    // "…this needle face thing then whats that": what a thing of needling the classifier cannot place is.
    // "…my first microneedling appt is booked and im nervous. what actually is it?": the booking is the story, not the question;
    // so is the popularity in "…she's seen it all over tiktok. what actually is it?".
    const asksWhatItIs = read.anchored && endsAskingWhatThatIs(read.words);
    // "…a total numpty wi aw this skincare patter. whit actually IS it": opening the conversation, "it" is microneedling.
    // "…me nan keeps goin on about her wrinkles n she wants to try this microneedlin thing, wot even is it": once microneedling
    // is named, the problems and the sun told before it are the story, though not a condition or an after-effect; "…left her
    // derma roller at mine lol, what even is it?" asks what the tool is.
    const storyOfIt =
      read.topics.length === 0 ||
      (read.anchored &&
        read.topics.every(
          (t) => !TOOLS.includes(t) && !this.topics.get(t)?.condition && !this.topics.get(t)?.circumstance && this.topics.home(t) !== SIDE_EFFECTS,
        ));
    const opensAskingWhatItIs = context.updatedAt === 0 && storyOfIt && endsAskingWhatItIs(read.words);
    const endsOnIt =
      endsOnWhatMicroneedlingIs(read.words) ||
      opensAskingWhatItIs ||
      (asksWhatItIs && read.intent === UNCLEAR && read.topics.length === 0) ||
      (asksWhatItIs &&
        (read.intent === WHAT_IS || read.topics.every((t) => this.topics.home(t) === WHAT_IS)) &&
        read.words.at(-1) === 'it' &&
        read.topics.every((t) => this.isStory(t)));
    const opensOnIt = opensOnWhatMicroneedlingIs(read.words);
    const definesIt = endsOnIt || (!DEFINING_INTENTS.has(read.intent) && read.topics.length === 0 && opensOnIt);
    // "…saw this derma roller thing on tiktok what even is microneedling": the story's topics are not what it asks, nor are
    // those of "what is microneedling anyway, my colleague won't shut up about it" (where "pregnant" would still be asked of).
    const toldAfter =
      read.intent === WHAT_IS && read.topics.length > 0 && tellsAfterWhatMicroneedlingIs(read.words) && read.topics.every((t) => this.isStory(t));
    const displaced = new Set([...displacedTopics(read), ...this.toldBeforeQuestion(read)]);
    const understanding =
      definesIt && this.content.answers[WHAT_IS]
        ? { ...read, intent: WHAT_IS, topics: endsOnIt ? [] : read.topics }
        : toldAfter || displaced.size > 0
          ? { ...read, topics: read.topics.filter((t) => !toldAfter && !displaced.has(t)) }
          : read;
    // "That's not much use for that then": words that only acknowledge ask no kind of question, whatever they brush.
    const kind = read.acknowledgesOnly ? undefined : understanding.topics.find((t) => this.topics.get(t)?.asks);
    // "My husband says it is dangerous to do it at home. Is this true?": a claim about safety is checked against the article's word on safety.
    const safetyClaim = understanding.reportsClaim && CALLS_IT_UNSAFE.test(understanding.words.join(' ')) && this.content.answers[SAFETY] !== undefined;
    const checked = safetyClaim ? { ...understanding, intent: SAFETY } : understanding;
    // "The place in town does it with a pen thing not a roller, whats that about?": what the tool named is.
    const tool = read.topics.find((t) => TOOLS.includes(t));
    // "What is a mesoscooter?": a defining question that names the tool alone.
    const definesTool = read.topics.length === 1 && g.unsupported.length === 0 && isDefiningQuestion(read.words) && namesOnlyTopics(read);
    if (tool && (asksWhatTheToolIs(read.words) || definesTool) && this.content.answers[HOME_OR_CLINIC]?.topics?.[tool])
      // "They use a pen not a roller, whats the difference": the article never compares the two, then what it says of the pen.
      return WEIGHS_TOOLS.test(read.words.join(' ')) && this.topics.get(DEVICE_COMPARISON)
        ? [
            { kind: 'not_covered', topic: DEVICE_COMPARISON },
            { kind: 'answer', intent: HOME_OR_CLINIC, topic: tool, related: true },
          ]
        : [{ kind: 'answer', intent: HOME_OR_CLINIC, topic: tool }];
    // "It calls microneedling 'the safest'. Safest compared with what?": the article names nothing it is safer than.
    if (SAFEST_COMPARED.test(read.words.join(' ')) && this.content.answers[SAFETY])
      return [
        { kind: 'not_covered', subject: SAFER_THAN },
        { kind: 'answer', intent: SAFETY },
      ];
    if (SAFEST.test(read.text) && read.topics.length === 0 && ASKS_BASIS.test(read.words.join(' ')) && this.content.answers[SAFETY])
      return [{ kind: 'answer', intent: SAFETY }];
    // "…random q at 3am lol what even is microneedling": the story before the question names nothing it asks about;
    // "how often can u do it, like every nap lol": the interval guessed at is no subject either.
    // "C'mere what is this microneedling thing everyone in the staffroom is on about": so is the story after the question.
    const storyAfter = opensOnIt && read.topics.length === 0 && (definesIt || read.intent === WHAT_IS) && tellsAfterWhatMicroneedlingIs(read.words);
    const grounding = endsOnIt || storyAfter || guessesInterval(read, g.unsupported) ? { ...g, unsupported: [], subject: undefined } : g;
    const decided = this.onSkin(read, g, this.decide(this.askedKind(checked, kind), grounding, context, kind !== undefined));
    // "Yo whats microneedling exactly, my boy at work said its good for scars": what it is, then what the rest asks of it.
    const definesFirst =
      opensOnIt &&
      !definesIt &&
      !toldAfter &&
      read.intent !== WHAT_IS &&
      tellsAfterWhatMicroneedlingIs(read.words) &&
      this.content.answers[WHAT_IS] !== undefined;
    const actions: Action[] =
      definesFirst && decided.every((a) => a.kind === 'answer' && a.intent !== WHAT_IS) ? [{ kind: 'answer', intent: WHAT_IS }, ...decided] : decided;
    if (read.otherLanguage) return inEnglishOnly(actions);
    if (namesAfterEffectsOnly(actions, read.words, (t) => this.topics.get(t)?.instrument === true))
      return [...actions, { kind: 'not_covered', subject: OTHER_SIDE_EFFECTS }];
    // "What are the pros and cons?": the kind of question can bring a second answer with it.
    const also = kind ? this.topics.get(kind)?.related : undefined;
    if (!also || !actions.every((a) => a.kind === 'answer')) return actions;
    return [...actions, { kind: 'answer', intent: also.intent, topic: also.topic, related: true }];
  }

  private decide(asked: Understanding, g: Grounding, context: ConversationContext, kindNamed: boolean): Action[] {
    // "Is it too late for me?", "it's been 2 days now" are never goodbye, however much they resemble it.
    // "So if I do it the morning of the shoot I'd be fine by the afternoon?" greets no one.
    const remarkOnly =
      (this.remarksOnly.has(asked.intent) && (looksLikeQuestion(asked.text) || reportsElapsedTime(asked.words))) ||
      (asked.intent === this.policy.greeting_intent &&
        asked.words.length >= LONG_FOR_A_GREETING &&
        looksLikeQuestion(asked.text) &&
        !GREETS.test(asked.words.join(' ')) &&
        !asked.callsOut) ||
      // "Will a fortnight be long enough for her to be out in it?" thanks no one either.
      (asked.intent === this.policy.acknowledgement_intent &&
        !asked.acknowledgesOnly &&
        asked.words.length >= LONG_FOR_THANKS &&
        ASKS_OF_SOMETHING.test(asked.words.join(' ')) &&
        looksLikeQuestion(asked.text));
    // "And it disappears within how many hours?": a count of hours or days is how long, not how many sessions; "how many
    // days between sessions?" asks the interval.
    const countsTime = asked.intent === SESSIONS && COUNTS_TIME.test(asked.words.join(' '));
    const timeAsked = asked.words.includes('between') ? HOW_OFTEN_INTENT : HOW_LONG;
    // "How many steps a day?": what is counted is not sessions, though "how many" led the classifier there; "ilang beses"
    // (folded to "how many times") is a count of sessions in other words.
    const countsOther =
      asked.intent === SESSIONS && asked.topics.length === 0 && !asked.anchored && HOW_MANY.test(asked.text) && countsSomethingElse(asked.words);
    const u = remarkOnly
      ? { ...asked, intent: UNCLEAR }
      : countsTime
        ? { ...asked, intent: timeAsked }
        : countsOther
          ? { ...asked, intent: OUT_OF_SCOPE }
          : asked;
    const covered = u.topics.filter((t) => !this.topics.isUncovered(t));
    const uncovered = u.topics.filter((t) => this.topics.isUncovered(t));
    // "Will pimple scars on my face ever go away?": whether the problem clears, which its answer says, not the after-effects.
    const sentence = u.words.join(' ');
    const clears = (u.intent === SIDE_EFFECTS || u.intent === HOW_LONG || u.intent === UNCLEAR) && CLEARS.test(sentence) && !asksDuration(u.words);
    const problemAlone = uncovered.length === 0 && covered.length > 0 && covered.every((t) => this.topics.isTreatedProblem(t));
    // "Will my stretch marks go away?": whether they clear on their own the article never says; what microneedling does for
    // them it does. "Do acne scars go away with time?" asks only the first; "will it make them go away?" only the second.
    const clearsByItself = problemAlone && !u.anchored && YES_NO.test(sentence) && (CLEARS.test(sentence) || FADES.test(sentence)) && !asksDuration(u.words);
    if (clearsByItself && !pointsBack(u.words) && !seeksTreatment(u.words)) {
      const silence: Action = { kind: 'not_covered', subject: `${this.topics.get(this.topics.main(covered))?.label ?? covered[0]} going away on their own` };
      return BY_ITSELF.test(sentence) ? [silence] : [silence, this.topics.alone(this.topics.main(covered))];
    }
    if (clears && problemAlone) return [this.topics.alone(this.topics.main(covered))];
    // "Ok so what actually happens to the scars when it's done?": what it does for them, not how the skin is right after.
    if (u.intent === SIDE_EFFECTS && problemAlone && asksWhatHappensToProblem(u.words)) return [this.topics.alone(this.topics.main(covered))];
    // "Does it matter what skin type you have?": the article's silence on skin types, then where it does weigh skin type.
    if (u.topics.length === 1 && u.topics[0] === SKIN_TYPE && asksIfSkinTypeCounts(u.words) && this.content.answers[HOW_OFTEN_INTENT]?.topics?.[DIAGNOSIS])
      return [
        { kind: 'not_covered', topic: SKIN_TYPE },
        { kind: 'answer', intent: HOW_OFTEN_INTENT, topic: DIAGNOSIS },
      ];
    // "What happens to skin as men age?": how skin ages, which the anti-aging answer tells, not what happens after a session.
    if (covered.includes(ANTI_AGING) && asksHowSkinAges(u.words)) return [this.topics.alone(ANTI_AGING)];
    // "What are the effects of microneedling?": its benefits, for the problem named if any; the redness is its "side effects".
    if (u.intent === SIDE_EFFECTS && asksForItsEffects(u.words) && uncovered.length === 0 && this.content.answers[BENEFITS])
      return [problemAlone ? this.topics.alone(this.topics.main(covered)) : { kind: 'answer', intent: BENEFITS }];
    // "How soon can I wear makeup after RF microneedling?": the question is about a kind of microneedling the article never
    // discusses, and microneedling's own facts would read as if they applied to it. A comparison keeps microneedling's side.
    const kindOf = this.topics.kindAskedAbout(uncovered, u.words);
    if (kindOf && !weighsTwo(u.words)) return [{ kind: 'not_covered', topic: kindOf }];
    if (g.treatments.length > 0) return this.otherTreatments.actions(u, g, covered, context);
    // "Do wrinkle creams work?": whether a product works, which the article never discusses; "…better than microneedling?"
    // weighs it against microneedling, as another treatment.
    if (g.product)
      return u.anchored || weighsTwo(u.words)
        ? this.otherTreatments.actions(u, { ...g, treatments: [g.product] }, covered, context)
        : [{ kind: 'not_covered', subject: g.product }];
    // "It sounds terrifying, does it?!", "sounds scary, should I be worried?": a fear of microneedling, which the article
    // answers by calling it safe, with nothing to be worried about; "sounds scary, how does it work?" asks something else.
    if (
      u.topics.length === 0 &&
      g.unsupported.length === 0 &&
      FEARS_IT.test(u.words.join(' ')) &&
      !HAS_WH_WORD.test(u.words.join(' ')) &&
      looksLikeQuestion(u.text) &&
      this.content.answers[SAFETY]
    )
      return [{ kind: 'answer', intent: SAFETY }];
    const unnamed = this.silences.unnamedOfMicroneedling(u, context);
    if (unnamed) return unnamed;
    if (u.topics.length === 0 && u.weaklyAnchored && asksWhy(u.words) && WHY_SEVERAL.test(u.words.join(' ')) && this.content.answers[SESSIONS])
      return [{ kind: 'answer', intent: SESSIONS, followUp: WHY }];
    // "Is the Skin Pen safe?": the safety of the tool named, whatever else the classifier hears, beside the silence on its make.
    const tools = u.topics.length > 0 && u.topics.every((t) => this.topics.get(t)?.instrument || t === BRANDS);
    if (tools && u.intent !== SAFETY && TOOL_SAFE.test(u.words.join(' '))) {
      const asked = { ...u, intent: SAFETY };
      return uncovered.includes(BRANDS) ? this.silences.forTopic(asked, covered, BRANDS) : this.topicAnswers.answers(asked, covered, context);
    }
    // "What's the difference between that and microneedling?" just after a question about Botox: "that" is Botox, and so is
    // "it" once microneedling is named; "and compared to the microneedling, which is better?" and "for pores which one better"
    // weigh Botox without a pointer.
    const weighedAgainst = u.anchored
      ? pointsBack(u.words) || COMPARED_TO_MICRONEEDLING.test(u.words.join(' '))
      : pointsBackPastIt(u.words) || WHICH_OF_THE_TWO.test(u.words.join(' '));
    if (context.treatment && weighedAgainst && weighsTwo(u.words) && !endsAskingWhatThatIs(u.words))
      return this.otherTreatments.actions(u, { ...g, treatments: [context.treatment] }, covered, context);
    // "My cousin left her derma roller at mine, what even is it?": what the tool just named is.
    const onlyTool = u.topics.length === 1 && this.topics.get(u.topics[0])?.instrument && !u.words.includes('microneedling');
    if (onlyTool && endsAskingWhatThatIs(u.words)) return [this.topics.alone(u.topics[0])];
    // "Random but does it work on big pores?" calls a skin problem the article treats a change of subject, not an aside.
    // "Random q, can it be done on the back?": a body area asked of "it" is microneedling's, aside or not.
    // "Random one but ive got stretch marks on my hips from the gym, does it do those": a treated problem asked of "it" is too.
    // "Also random, does it help hair growth?": so is anything the article leaves out, asked of what "it" does.
    const ofIt = u.words.includes('it') && (uncovered.every((t) => this.topics.get(t)?.incidental) || ASKS_OF_IT.test(u.words.join(' ')));
    const itsArea = uncovered.length > 0 && ofIt;
    const treatsProblem = covered.some((t) => this.topics.isTreatedProblem(t));
    // "Unrelated but is the red line runnin this weekend?": the line is the timetable's, not a wrinkle.
    const worldly = asksAboutTheWorld(u);
    if (callsItAnAside(u) && !itsArea && (!treatsProblem || worldly || (uncovered.length > 0 && !pointsBack(u.words)))) return [{ kind: 'out_of_scope' }];
    // "Can you say that simpler?": the last answer again, or the silence it was; "…retinol before?" "and after?": the same silence.
    // "Which one should I buy?" names a silence of its own.
    // "How many exactly then?" after the number of sessions: the article gives none beyond what was said.
    // "How many sessions will I need in total for my scars?" asks that of its own: the silence, then what the article does say.
    const answered = context.intent === SESSIONS;
    if ((answered || asksHowManySessions(u.words)) && u.topics.every((t) => this.topics.isTreatedProblem(t)) && asksExactCount(u.words)) {
      const problem = u.topics[0] ?? context.topic;
      const label = problem === undefined ? undefined : this.topics.get(problem)?.label;
      const silence: Action = { kind: 'not_covered', subject: label ? `${EXACT_SESSIONS} for ${label}` : EXACT_SESSIONS };
      return answered ? [silence] : [silence, { kind: 'answer', intent: SESSIONS, topic: problem }];
    }
    // "So can I or not?", "is that a yes or a no?" after a silence, beside an answer or not: the question the silence left open.
    if (context.silence !== undefined && u.topics.length === 0 && (pressesForVerdict(u.words) || asksRoughFigure(u.words)))
      return [{ kind: 'not_covered', topic: context.silence }];
    if (context.updatedAt > 0 && u.topics.length === 0 && asksToRestate(u.words)) {
      // "Which one should I get?" after the derma roller asks for a product the article never names.
      const product = context.topic !== undefined && this.topics.get(context.topic)?.instrument && RECOMMENDS_ONE.test(u.words.join(' '));
      return [product && this.topics.get(BUYING) ? { kind: 'not_covered', topic: BUYING } : this.restated(context)];
    }
    // "Same number?" after the number of sessions for scars: that answer again, or its measure for the problem now named.
    if (context.intent && asksSameMeasure(u.words)) return [covered.length > 0 ? this.followUp(u, covered, context) : this.restated(context)];
    // "And a roller for home?", "n a roller off amazon?" just after the silence on cost: the same silence, asked of the tool.
    const ofTools = covered.length > 0 && uncovered.length === 0 && covered.every((t) => this.topics.get(t)?.instrument);
    if (context.silence && !context.intent && ofTools && asksSameOf(u.words)) return [{ kind: 'not_covered', topic: context.silence }];
    // "And?" after an answer: the rest of it, as "tell me more" asks.
    if (context.intent && asksToGoOn(u.words)) return [this.followUp({ ...u, intent: MORE }, covered, context)];
    // "What exactly does it say?", "exact wording for pores?": the answer in the article's own words. "Quote me the sentence
    // that says how often…" names what to quote in the question itself.
    const ownAnswer = !context.intent && !context.silence && this.content.answers[u.intent] && u.confidence >= this.policy.min_confidence;
    const quoted =
      asksForWording(u.words) &&
      (covered.length > 0
        ? this.topics.alone(this.topics.main(covered))
        : ownAnswer
          ? ({ kind: 'answer', intent: u.intent } as const)
          : this.restated(context));
    if (quoted && quoted.kind === 'answer') return [{ ...quoted, followUp: 'quote' }];
    // "And after?" following retinol before a session: the silence on it, then the aftercare's word on the usual routine.
    const silenced = context.silence === undefined ? undefined : this.topics.get(context.silence);
    if (silenced?.related?.intent === AFTERCARE && u.topics.length === 0 && asksOnlyWhen(u.words) && u.words.includes('after'))
      return [
        { kind: 'not_covered', topic: context.silence },
        { kind: 'answer', intent: AFTERCARE },
      ];
    if (context.silence && (asksOnlyWhen(u.words) || asksHowLongToWait(u.words)) && !this.topics.isMoment(context.silence))
      return [{ kind: 'not_covered', topic: context.silence }];
    // "She does water aerobics every morning. Can she go the next day?": the activity just told, not a condition she has.
    const activity = context.silence === undefined ? undefined : this.topics.get(context.silence);
    const toldActivity = activity && !activity.about_treatment && !activity.condition && !activity.circumstance && !this.topics.isSkinProblem(activity.id);
    if (toldActivity && u.topics.length === 0 && asksToGoWhen(u.words)) return [{ kind: 'not_covered', topic: context.silence }];
    // "…during the treatment?" "and afterwards?": what the article says happens right after a session.
    const later = asksOnlyWhen(u.words) && !u.words.some((w) => w === 'before' || w === 'beforehand' || w === 'during');
    if (context.silence && later && this.topics.isDuringSession(context.silence)) return [{ kind: 'answer', intent: SIDE_EFFECTS }];
    // After a reply that was only a silence, "for how long?" (after the sun) and "and a roller for home?" (after the cost of a
    // session) ask what the article does not say either.
    const silenceAgain =
      context.silence !== undefined &&
      !context.intent &&
      (asksOnlyHowLong(u.words) || (this.topics.get(context.silence)?.about_treatment === true && asksSameOfTheTool(u.words)));
    // "Sorry I meant the next day" after the silence on the gym the same day: the same silence, for the moment meant; "sorry
    // I meant after" turns to the time the aftercare speaks of.
    const correctsSilence =
      context.silence !== undefined &&
      !context.intent &&
      u.topics.length === 0 &&
      g.unsupported.length === 0 &&
      onlyCorrects(u.words) &&
      !asksOnlyWhen(u.words) &&
      !u.words.includes('after');
    if (silenceAgain || correctsSilence) return [{ kind: 'not_covered', topic: context.silence }];
    // "How deep do the needles go?" … "and how many are there": the count of what the silence was about.
    const counted = context.silence === undefined ? undefined : this.topics.get(context.silence)?.counted_as;
    if (counted && u.topics.length === 0 && asksOnlyHowMany(u.words)) return [this.topics.alone(counted)];
    // "Should I stop taking it a few days before?" after warfarin, "when can I start it back up?", "when can use back?", "what
    // about after he's done with it?" after retinol or after stopping it before a session: the medicine or product the
    // article never considers, again.
    const stopsIt =
      (silenced?.circumstance || silenced?.related?.intent === AFTERCARE || (context.silence === PREPARATION && !RIGHT_AFTER.test(u.words.join(' ')))) &&
      u.topics.length === 0 &&
      STOPS_OR_RESUMES_IT.test(u.words.join(' ')) &&
      !statesPlan(u);
    // "So is it safe for me or not?" after warfarin: the article's "safest" is no answer for the visitor's own case.
    const asksOwnCase = silenced?.circumstance && u.topics.length === 0 && ASKS_OWN_CASE.test(u.words.join(' '));
    // "And after - can I go back on it straight away?" after a retinoid: the silence, then the aftercare's word on right after.
    if (stopsIt && silenced?.related?.intent === AFTERCARE && RIGHT_AFTER.test(u.words.join(' ')))
      return [
        { kind: 'not_covered', topic: context.silence },
        { kind: 'answer', intent: AFTERCARE },
      ];
    if (stopsIt || asksOwnCase) return [{ kind: 'not_covered', topic: context.silence }];
    // "So is it safe for me or not babe, just tell me" after a silence on what the visitor told: their own case, still open.
    if ((context.silence !== undefined || !context.intent) && context.updatedAt > 0 && u.topics.length === 0 && PRESSES_OWN_CASE.test(u.words.join(' ')))
      return [context.silence ? { kind: 'not_covered', topic: context.silence } : { kind: 'not_covered', subject: 'whether it is safe in your case' }];
    // "For how long tho, like a whole week?" after the sun advice: how long it holds, whatever the week suggests to the classifier.
    // "How long do I have to wait before I can?" after the advice on scrubs: how long the advice holds, not the interval.
    const waitsOnAdvice = u.topics.length === 0 && g.unsupported.length === 0 && asksHowLongToWait(u.words);
    // "So about a week?" after the aftercare, "like 2 days?" after the redness: a guess at how long the last answer holds.
    const guessesSpan = context.intent !== undefined && this.content.answers[context.intent]?.how_long !== undefined && offersSpan(u.words);
    if (context.intent && u.intent !== HOW_LONG && (guessesHowLong(u.words) || waitsOnAdvice || guessesSpan))
      return [this.followUp({ ...u, intent: HOW_LONG }, covered, context)];
    // "What do you mean by purify?": a word the article uses and never defines.
    const meaning = this.meanings.explain(u);
    if (meaning) return [meaning];
    // "How long is the recovery after a peel?" … "and for microneedling?": the same question, about microneedling.
    // "Ok what about microneedling aftercare" asks its own question.
    if (context.aside && u.anchored && u.topics.length === 0 && followsOn(u.words) && u.words.length <= SHORT_FOLLOW_UP_WORDS && endsOnMicroneedling(u.words))
      return [{ kind: 'answer', ...context.aside }];
    const explained = this.problems.explainedCause(u, covered, context);
    if (explained) return [this.topics.alone(explained)];
    const doubted = this.carrier.piercingDoubted(u, covered, context);
    if (doubted) return doubted;
    // "Just had my first session this morning!": news to welcome; the questions come next.
    if (
      tellsNews(
        u,
        (t) => this.topics.get(t)?.instrument === true || this.topics.get(t)?.told_of === true,
        (t) => this.topics.isTreatedProblem(t),
      )
    )
      return [{ kind: 'conversational', intent: context.updatedAt > 0 ? this.policy.acknowledgement_intent : this.policy.greeting_intent }];
    // "Am I a good candidate?", "and my saggy jawline" are no small talk, whatever they resemble; "ok I'll ask my clinic" is.
    // "The girl on youtube said every 2 days is fine": a claim reported about a topic awaits the article's word on it.
    const reportsClaim = u.topics.length > 0 && u.reportsClaim;
    // "Worth a shot lol": words that only acknowledge, whatever topic they brush.
    const acknowledges =
      u.acknowledgesOnly ||
      (u.intent === this.policy.acknowledgement_intent &&
        !looksLikeQuestion(u.text) &&
        !u.elliptical &&
        !reportsClaim &&
        // "I am taking a low dose of isotretinoin from my dermatologist": a circumstance told is no thanks; nor is an effect feared.
        !u.topics.some((t) => this.topics.get(t)?.circumstance) &&
        !fearsEffect(u.words) &&
        u.confidence >= this.policy.min_confidence);
    // "What happens if I do it at 3 weeks?" after the interval: the article gives no effect of another gap, only its own.
    if (u.topics.length === 0 && context.intent === HOW_OFTEN_INTENT && asksOfOtherInterval(u.words) && this.content.answers[HOW_OFTEN_INTENT])
      return [
        { kind: 'not_covered', subject: OTHER_INTERVAL },
        { kind: 'answer', intent: HOW_OFTEN_INTENT, related: true },
      ];
    // "Would I need a lot of treatments?" after saggy skin: the number of sessions, for the problem discussed.
    if (u.intent !== SESSIONS && uncovered.length === 0 && asksHowManySessions(u.words) && !asksWhy(u.words) && this.content.answers[SESSIONS])
      return this.topicAnswers.answers({ ...u, intent: SESSIONS }, covered, context);
    // "And after, what would my face be like?", "say after the baby then, how often would I go?": "after" is no aftercare here.
    if (u.intent === AFTERCARE && u.topics.length === 0 && asksHowSkinIsAfter(u.words) && this.content.answers[SIDE_EFFECTS])
      return [{ kind: 'answer', intent: SIDE_EFFECTS }];
    if (u.intent === AFTERCARE && u.topics.length === 0 && asksHowOftenToGo(u.words) && this.content.answers[HOW_OFTEN_INTENT])
      return [{ kind: 'answer', intent: HOW_OFTEN_INTENT }];
    // "Mine is just acne scars, is that more or less?" after the sessions: how many the problem named takes; why it takes more
    // the article never says.
    const problems = covered.filter((t) => this.topics.isTreatedProblem(t));
    if (
      context.intent === SESSIONS &&
      !u.anchored &&
      problems.length === covered.length &&
      problems.length > 0 &&
      weighsCount(u.words) &&
      !u.words.includes('than') &&
      !asksWhy(u.words)
    )
      return [{ kind: 'answer', intent: SESSIONS, topic: this.topics.main(problems) }];
    // "Really, that quick?", "isn't that much less than YouTube says?": the last answer again, whatever the classifier guesses.
    if (context.intent !== undefined && echoesLastFigure(u)) return [this.restated(context)];
    // "Is that from the article?", "are you sure?": where answers come from, or a caveat, and the last answer again.
    // After a silence, "are you sure? seems like something they'd mention" gets the silence again.
    // "Is that claim supported by any source?": where the words come from, the article's silence on studies, the answer again.
    if (
      speaksOfLastAnswer(u, this.restatesLast.get(u.intent)) &&
      (context.intent || context.silence) &&
      u.topics.length === 0 &&
      // "I don't know what facial to choose?" doubts nothing the bot said: it asks of something else.
      (g.unsupported.length === 0 || this.restatesLast.get(u.intent) === 'pointed' || !HAS_WH_WORD.test(u.words.join(' '))) &&
      !asksForFact(u.words)
    )
      // "U sure thats safe" after the piercing explained: the doubt names safety, which the article speaks to.
      return [
        ...saysWhereFrom(u.intent, context.intent !== undefined),
        asksIfSafe(u.words) && context.intent !== SAFETY ? { kind: 'answer', intent: SAFETY } : this.restated(context),
      ];
    // "Source?": where the bot's words come from, and the article's silence on any study behind them. "Says who?" just
    // after an answer doubts its claim: the silence on the evidence, and the claim again.
    if (ASKS_FOR_EVIDENCE.test(u.words.join(' '))) {
      if (u.intent === SOURCE) return saysWhereFrom(u.intent, true);
      if (context.intent && u.topics.length === 1) return [{ kind: 'not_covered', topic: u.topics[0] }, this.restated(context)];
    }
    // "Will it be sunny Sunday tho", "who wins the old firm sunday": the sun or firmness named is the world's, whatever the
    // conversation was about. "Lovely, that fits in nicely around half term" only acknowledges.
    const ownWords = u.topics.every((t) => !this.topics.isSkinProblem(t)) || asksTimetable(u.words);
    if (asksAboutTheWorld(u) && !u.acknowledgesOnly && ownWords) return [{ kind: 'out_of_scope' }];
    // "Got a few minutes for an old golf pro?": whoever only checks that someone answers is greeted, whatever they call themselves.
    if (u.intent === this.policy.greeting_intent && u.callsOut) return [{ kind: 'conversational', intent: u.intent }];
    // "Oh, that's good to know", "grand job", "lol wrong chat my bad": only a reaction, whatever the classifier half makes of it.
    // "Perfect, ill book for next week then": what the visitor will do, after an answer, names nothing to answer.
    const plans = context.updatedAt > 0 && statesPlan(u) && u.topics.length === 0;
    if (plans || reactsOnly(u, g, this.reactionWords, this.policy) || remarksInPassing(u, context) || remarksOnAdvice(u, context, this.topics))
      return [{ kind: 'conversational', intent: this.policy.acknowledgement_intent }];
    // "Ice pack ok?" mid-conversation asks whether it is allowed; "can you help me with my chem homework?" asks about elsewhere.
    // "He wants to know if it'll be gone by the morning": a question small talk only half fits is no small talk.
    const unsureQuestion = looksLikeQuestion(u.text) && u.confidence < this.policy.min_confidence && !u.acknowledgesOnly;
    // "Are you AI or a nurse?", "is there a way to talk to someone at the clinic": small talk the classifier is sure of, about
    // no skin problem, whatever place or person it names.
    const surelyTalk =
      looksLikeQuestion(u.text) &&
      u.confidence >= this.policy.own_answer_beside_remark_from &&
      u.topics.every((t) => !this.topics.isTreatedProblem(t) && !this.topics.isUncovered(t));
    // "And her cheeks r kinda saggy too": another problem told mid-conversation gets the last answer for it.
    const addsProblem =
      !looksLikeQuestion(u.text) && ADDS_TOO.test(u.words.join(' ')) && uncovered.length === 0 && covered.length > 0 && g.unsupported.length === 0;
    if (addsProblem && context.intent && covered.every((t) => this.topics.isTreatedProblem(t))) return [this.followUp(u, covered, context)];
    // "Is this safe for real?": whether it is safe, however much it sounds like doubt.
    if (this.conversational.has(u.intent) && u.topics.length === 0 && ASKS_IS_IT_SAFE.test(u.words.join(' ')) && this.content.answers[SAFETY])
      return [{ kind: 'answer', intent: SAFETY }];
    // "Why not every week tho if I want my scars gone faster?": the interval's reason, whatever problem it names.
    if (asksWhyNotSooner(u.words) && this.content.answers[HOW_OFTEN_INTENT]) return [{ kind: 'answer', intent: HOW_OFTEN_INTENT, followUp: WHY }];
    // "Is it okay to do weekly?": whether to have it at a rate, which the interval answers, however much "okay" sounds like thanks.
    if (u.topics.length === 0 && asksIfAtRate(u.words) && g.unsupported.length === 0 && this.content.answers[HOW_OFTEN_INTENT])
      return [{ kind: 'answer', intent: HOW_OFTEN_INTENT }];
    if (
      this.conversational.has(u.intent) &&
      (u.topics.length === 0 || acknowledges || surelyTalk) &&
      !unsureQuestion &&
      // "Ice pack ok?" asks leave, "so I'll be fine by the next day?" how long the after-effects last; "oh lord 😅 ok" only
      // acknowledges.
      !(context.updatedAt > 0 && (asksIfAllowed(u.words) || (looksLikeQuestion(u.text) && asksIfFineBy(u.words))) && !u.acknowledgesOnly) &&
      // "How tho, makes no sense" after an answer asks how it comes about, however much it sounds like a reaction.
      !(context.intent !== undefined && asksHowItComesAbout(u.words))
    )
      return asksAboutElse(u, g) || (this.offersHelp.has(u.intent) && g.subject !== undefined)
        ? [{ kind: 'out_of_scope' }]
        : [{ kind: 'conversational', intent: u.intent }];
    // "What is ageing?": what the article says of a problem it describes; of any other, that it only says what microneedling does.
    if (this.problems.asksAbout(u, covered))
      return [
        covered.every((t) => this.topics.get(t)?.described_in_article) &&
        g.unsupported.length === 0 &&
        ((isDefinition(u.words) && namesOnlyTopics(u)) || asksForCause(u.words))
          ? this.topics.alone(covered[0])
          : { kind: 'not_covered', topic: covered[0], condition: true },
      ];
    // "What can I do about my dull complexion?", "how do I make my acne scars go away?": what treats a problem the article
    // treats is what microneedling does for it, whatever kind of question the classifier hears; words the article never
    // uses ("finer") keep their silence beside it.
    if (problemAlone && !u.anchored && !pointsBack(u.words) && seeksTreatment(u.words))
      return [...(g.subject ? [{ kind: 'not_covered', subject: g.subject } as const] : []), this.topics.alone(this.topics.main(covered))];
    // "Best way to get rid of smoker lines on upper lip": what treats the problem, then the silence on the area it is on.
    const onArea =
      covered.length > 0 &&
      covered.every((t) => this.topics.isTreatedProblem(t)) &&
      uncovered.length > 0 &&
      uncovered.every((t) => this.topics.get(t)?.incidental);
    if (onArea && !u.anchored && !pointsBack(u.words) && seeksTreatment(u.words))
      return [this.topics.alone(this.topics.main(covered)), ...uncovered.flatMap((t) => this.silences.named(t))];
    // "How often should I exfoliate?": the article's aftercare is for right after a session, not everyday skincare.
    if (asksAboutEverydaySkincare(u, this.topics))
      return uncovered.length > 0 ? this.everydaySilence(this.topics.mainSilence(uncovered)) : [{ kind: 'out_of_scope' }];
    // "Does sunscreen expire?": the article's aftercare is for right after a session, which it gives as a related point.
    if (asksOfEverydayUse(u, this.topics))
      return this.silences.thenNearest(EVERYDAY_SKINCARE, { kind: 'answer', intent: AFTERCARE, topic: this.topics.main(u.topics), related: true });
    // "If I get a spray tan will I go orange?": tanning asked of itself; mid-conversation, "can I wear fake tan" asks after a session.
    if (asksOfTanningAlone(u, this.topics) && (!context.intent || asksOfTheTanItself(u.words))) return [{ kind: 'out_of_scope' }];
    // "How often will I need to go back?", "how often should I use my derma roller for the best results?": the interval.
    const ofTheTool = u.topics.length > 0 && u.topics.every((t) => this.topics.get(t)?.instrument) && asksHowOften(u.words);
    if (((asksHowOftenToReturn(u.words) && u.topics.length === 0) || ofTheTool) && this.content.answers[HOW_OFTEN_INTENT])
      return [{ kind: 'answer', intent: HOW_OFTEN_INTENT }];
    // "I want to make microneedling for my acne scars. How often I can do it?": how often, for the problem told.
    if (u.intent === BENEFITS && uncovered.length === 0 && asksHowOften(u.words) && this.content.answers[HOW_OFTEN_INTENT]) {
      const problem = covered.find((t) => this.content.answers[HOW_OFTEN_INTENT]?.topics?.[t]);
      return [{ kind: 'answer', intent: HOW_OFTEN_INTENT, topic: problem }];
    }
    // "Would it give me a bit of a glow for the holiday pics?": the benefit sought, beside the silence on the occasion.
    const sought = this.problems.soughtOutcome(u, covered);
    if (sought)
      return [...(uncovered.length > 0 ? [{ kind: 'not_covered', topic: this.topics.mainSilence(uncovered) } as const] : []), this.topics.alone(sought)];
    const caused = this.problems.causedByTreatment(u, covered, g);
    if (caused) return this.silences.thenNearest(`${caused} as a side effect`, { kind: 'answer', intent: SIDE_EFFECTS, related: true });
    const awaited = awaitedAftercare(u, covered, this.topics);
    const waitFor = awaited && `how long to wait after a session before ${this.topics.get(awaited)?.label ?? awaited}`;
    if (waitFor) return this.silences.thenNearest(waitFor, { kind: 'answer', intent: AFTERCARE, topic: awaited });
    // "How long does it take to receive my order?" after the redness names a subject of its own, which no session has.
    const elsewhere = (t: string) => {
      const data = this.topics.get(t);
      return !data?.about_treatment && !data?.condition && !data?.circumstance && !data?.related;
    };
    const subjectElsewhere = uncovered.length > 0 && uncovered.every(elsewhere);
    // "How many days does facial last?": how long a thing of its own lasts, which no earlier answer speaks of.
    const lasting = u.topics.length === 0 && !u.anchored && !u.weaklyAnchored ? OWN_DURATION.exec(sentence) : null;
    if (lasting && !POINTING_WORDS.has(lasting[5])) return [{ kind: 'not_covered', subject: `how long ${lasting[4] ?? ''}${lasting[5]} ${lasting[6]}s` }];
    const timing =
      weighingActions(u, context) ??
      this.carrier.askedAgainFor(u, covered, context) ??
      (subjectElsewhere ? undefined : afterEffectsFollowUp(u, covered, context)) ??
      likeAfterSession(u) ??
      whatNowAfterSession(u, covered) ??
      whatToApply(u, context) ??
      explainsLastAnswer(u, covered, context) ??
      this.problems.awaitedResults(u, covered, context) ??
      this.problems.resultsAwaitedFor(u, covered) ??
      this.problems.sessionsCompared(u, context);
    if (timing) return timing;
    const ranked = this.problems.ranked(u, covered);
    if (ranked) return ranked;
    // "And for saggy skin on the neck?": the follow-up for the problem, then the silence on the area beside it. "And how it
    // works on scars?" names its own kind of question.
    const incidental = uncovered.filter((t) => this.topics.get(t)?.incidental);
    const carriesOnFor = covered.some((t) => this.content.answers[context.intent ?? '']?.topics?.[t]);
    if (u.elliptical && !kindNamed && covered.length > 0 && incidental.length === uncovered.length && (uncovered.length === 0 || carriesOnFor))
      return [this.followUp(u, covered, context), ...incidental.flatMap((t) => this.silences.named(t))];
    // "And the fine lines around my eyes?": the last question asked for the problem, beside the silence on the area.
    const area = this.topics.mainSilence(uncovered);
    if (u.elliptical && context.intent && this.topics.get(area)?.condition && covered.some((t) => this.topics.isTreatedProblem(t)))
      return this.silences.forTopic({ ...u, intent: context.intent }, covered, area);
    // "What causes dark circles?": a skin problem the article never names, asked about for itself, with no microneedling fact beside it.
    const problemItself = uncovered.find((t) => this.topics.isSkinProblem(t));
    if (!u.anchored && covered.length === 0 && problemItself && isDefiningQuestion(u.words)) return [{ kind: 'not_covered', topic: problemItself }];
    const continues = continuesConversation(u, g, context, this.policy);
    // "Can I use ice for the redness?": whether the visitor may do something about what a session leaves is microneedling's.
    // "What if it's sunny on the ride in?" mid-conversation: a case put about what the article covers is microneedling's.
    const asksOfCovered = context.updatedAt > 0 && covered.length > 0 && WHAT_IF.test(u.words.join(' '));
    const inDomain = isInDomain(u, covered, this.topics, this.policy) || continues || asksOfCovered || (covered.length > 0 && asksIfTheyMay(u.words));
    // A listed silence beside a covered topic, a word like "sessions" or a conversation it carries on ("and showering?") is
    // microneedling's, whatever the classifier says: on a microneedling site, "is retinol ok?" asks about it after a session.
    const carriesOn =
      // "He's also on accutane", "I take warfarin btw", "which brand do you recommend?" go on with the conversation.
      (context.updatedAt > 0 && (u.elliptical || followsOn(u.words) || tellsAboutThemselves(u) || recommendsWithin(u))) ||
      // "Pregnant btw, safe for me?": on a microneedling site, a silence the classifier only doubts is microneedling's.
      (!offTopicInConversation(u, this.policy) && !asksAboutTheThing(u.words)) ||
      asksIfAllowed(u.words) ||
      (leansOnConversation(u, context, this.policy) && !uncovered.some((t) => this.topics.get(t)?.condition));
    // "How many hours before I can wash my face?": waiting to do what the aftercare speaks of waits on a session.
    const ofTreatment = uncovered.some(
      (t) =>
        this.topics.get(t)?.about_treatment ||
        // "Should I stop my retinol before?": a product the aftercare speaks to, asked of the moment around a session.
        ((asksWaitingTime(u.words) || AROUND_A_SESSION.test(sentence)) && this.topics.get(t)?.related?.intent === AFTERCARE) ||
        // "hair growth?": a skin problem named alone, on a microneedling site, asks whether it treats it.
        (u.elliptical && this.topics.get(t)?.condition),
    );
    if (uncovered.length > 0 && (inDomain || covered.length > 0 || u.weaklyAnchored || carriesOn || ofTreatment))
      return [...this.silences.forTopic(u, covered, this.topics.mainSilence(uncovered)), ...this.askedBesideStory(u, uncovered)];
    if (context.updatedAt > 0 && remarksInWordsUnplaced(u, this.policy))
      return [{ kind: 'conversational', intent: this.policy.acknowledgement_intent, tone: 'noted' }];
    // An unknown word that names no subject ("what the heck is it?") is not a question of its own, nor is the definition of
    // something the article never names ("what are the types of skin cancer?").
    if (g.subject && (!inDomain || (!u.anchored && !u.weaklyAnchored && covered.length === 0 && u.foreignWords.length > 0 && isDefiningQuestion(u.words))))
      return [{ kind: 'out_of_scope' }];
    // "…had bad cystic acne through college… Is it safe?": the silence is the story's; the question after it is answered too.
    // "Watched Dune last night, is it better than the first one?": the question must be about microneedling's world itself.
    const ofDomain = u.anchored || u.hinted || u.topics.length > 0;
    if (g.subject && ofDomain && this.content.answers[u.intent] && saidOutsideQuestion(u.text, g.unsupported)) {
      const half = this.silences.coveredHalf(u, covered);
      return [{ kind: 'not_covered', subject: g.subject }, ...(half.length > 0 ? half : [{ kind: 'answer', intent: u.intent } as const])];
    }
    if (g.subject && covered.length === 0 && keepsUsingAfter(u) && this.content.answers[AFTERCARE]?.topics?.[ROUTINE])
      return this.silences.thenNearest(g.subject, { kind: 'answer', intent: AFTERCARE, topic: ROUTINE, related: true });
    if (g.subject)
      return this.silences.isList(u.intent) && covered.length === 0
        ? this.silences.notListed(u.intent, { subject: g.subject })
        : [{ kind: 'not_covered', subject: g.subject }, ...this.silences.coveredHalf(u, covered)];
    if (brushesTopic(u, g, this.policy)) return [{ kind: 'out_of_scope' }];
    // "And him?", "and if it hasn't settled by then?": a follow-on that names nothing new goes on with the last answer.
    // "What about before?", "and sooner?" ask of another moment, which the last answer does not speak to.
    const text = u.words.join(' ');
    const sameMoment = CONDITIONAL.test(text) || !OTHER_MOMENT.test(text);
    const goesOnWithLast = continues && context.intent !== undefined && followsOn(u.words) && u.topics.length === 0 && g.unsupported.length === 0 && sameMoment;
    if (u.intent === OUT_OF_SCOPE || u.intent === UNCLEAR)
      return (
        this.rescue(u, g, covered, context, continues) ?? [
          goesOnWithLast
            ? this.restated(context)
            : continues && onlyRemarks(u)
              ? { kind: 'conversational', intent: this.policy.acknowledgement_intent, tone: 'noted' }
              : { kind: unplacedKind(u, continues) },
        ]
      );
    const ownSubject = this.ownSubject(u, covered);
    if (ownSubject) return this.topicAnswers.answers({ ...u, intent: ownSubject }, covered, context);
    if (u.intent === NOT_COVERED) return [covered.length > 0 ? this.topics.alone(covered[0]) : { kind: 'not_covered' }];
    // "Why do I always look tired?": a reason asked about the visitor's own skin, in words the article never uses, is no
    // "why?" about the last answer.
    if (u.intent === WHY && u.topics.length === 0 && g.unsupported.length > 0 && WHY_OF_THEIR_OWN.test(u.words.join(' ')) && !pointsBack(u.words))
      return [{ kind: 'not_covered' }];
    if (this.followUps.has(u.intent)) return [this.followUp(u, covered, context)];
    // "What are derma rollers?", "how does this help with the scars?", "summarise the anti-aging part": the topic named is the
    // whole question (a short definition).
    if (covered.length > 0 && (!this.content.answers[u.intent] || this.defersToTopic.has(u.intent) || (!kindNamed && this.definesTopic(u, covered))))
      return [this.topics.alone(this.topics.main(covered))];
    if (!this.content.answers[u.intent]) return [{ kind: 'conversational', intent: u.intent }];
    // "Why not every week?": the reason behind the interval, which the article never gives.
    if (covered.length === 0 && (asksWhy(u.words) || endsAskingWhy(u.text)) && this.content.answers[u.intent].why?.silent_on)
      return [{ kind: 'answer', intent: u.intent, followUp: 'why' }];
    return this.topicAnswers.answers(u, covered, context);
  }

  /**
   * "My granddaughter has booked in with you, what aftercare should she be doing?": the silence is the story's, and the
   * question after it, which the classifier is sure of, gets its own answer. A condition ("I'm pregnant, is it safe?") is
   * what the question asks about, so it gets the silence alone.
   */
  private askedBesideStory(u: Understanding, uncovered: string[]): Action[] {
    const inStory = u.topics.every((t) => uncovered.includes(t) && !this.topics.get(t)?.condition && !this.topics.get(t)?.circumstance);
    const said = u.mentioned.map((i) => u.words[i]);
    const sure = u.confidence >= this.policy.own_answer_beside_remark_from && this.content.answers[u.intent] !== undefined;
    return inStory && sure && said.length > 0 && saidOutsideQuestion(u.text, said) ? [{ kind: 'answer', intent: u.intent }] : [];
  }

  /**
   * "What suspicious changes in my skin should I look for?": on a skincare site, a question about skin that names no other
   * treatment is asked of the article, whose silence it gets rather than "only about microneedling".
   */
  private onSkin(u: Understanding, g: Grounding, actions: Action[]): Action[] {
    const refused = actions.every((a) => a.kind === 'out_of_scope' && a.treatment === undefined) && g.treatments.length === 0;
    const aboutSkin = u.words.some((w) => this.skinWords.has(w)) || u.topics.some((t) => this.topics.isSkinProblem(t) || this.topics.isTreatedProblem(t));
    // "How often should I wash my hair?": what the classifier is sure lies elsewhere stays there.
    const surelyElsewhere = u.intent === OUT_OF_SCOPE && u.confidence >= this.policy.out_of_scope_for_skin_from;
    // "Unrelated but is spray tan bad for your skin?" says itself that it is an aside.
    if (!refused || !aboutSkin || !looksLikeQuestion(u.text) || surelyElsewhere || callsItAnAside(u) || asksTimetable(u.words)) return actions;
    // "Took a puck to the chin and got a scar. Would this help it?", "how can I make my scars less noticeable?": what
    // microneedling does for the problem named.
    const problem = u.topics.find((t) => this.topics.isTreatedProblem(t) && !this.topics.isUncovered(t));
    if (problem && (asksIfMicroneedlingHelps(u.words) || seeksTreatment(u.words)))
      return [...(g.subject ? [{ kind: 'not_covered', subject: g.subject } as const] : []), this.topics.alone(problem)];
    return [{ kind: 'not_covered', subject: g.subject }];
  }

  /** "What is a derma roller good for?": a topic that names the kind of question overrides the classifier and is no subject. */
  private askedKind(u: Understanding, kind: string | undefined): Understanding {
    if (!kind) return u;
    // "What tool do they use for it?": the first kind named is the question; "use for" names none of its own.
    const topics = u.topics.filter((t) => !this.topics.get(t)?.asks);
    const asked = this.topics.home(kind) ?? u.intent;
    // "What tool do people use at home?", "what do they use in clinic?": asked what it is done with, the classifier's answer
    // on the place named says what is used there.
    const place = topics.find((t) => this.topics.get(t)?.instrument && !TOOLS.includes(t));
    const onPlace = asked === WHAT_IS && place !== undefined && this.content.answers[u.intent]?.topics?.[place] !== undefined;
    return { ...u, intent: onPlace ? u.intent : asked, topics };
  }

  private definesTopic(u: Understanding, covered: string[]): boolean {
    return covered.length === 1 && !DEFINING_INTENTS.has(u.intent) && namesOnlyTopics(u);
  }

  /**
   * A message the classifier put out of scope can still be about microneedling, mid-conversation: one that
   * uses only domain words ("is that safe?") or names a topic the current answer has. A message that names
   * microneedling carries its own subject, so context never changes its answer.
   */
  private rescue(u: Understanding, g: Grounding, covered: string[], context: ConversationContext, continues: boolean): Action[] | undefined {
    // "So like once a school term-ish" after the interval: the interval again.
    if (context.intent === HOW_OFTEN_INTENT && covered.length === 0 && offersRate(u.words)) return [this.restated(context)];
    // "and pores?" after the last answer; a longer message carries its own subject.
    const topic = covered.find((t) => this.content.answers[context.intent ?? '']?.topics?.[t]);
    // "How is facial sagging treated?" asks its own question, whatever the last answer was.
    const ownQuestion = OWN_QUESTION.test(u.words.join(' '));
    if (topic && context.intent && u.words.length <= SHORT_QUESTION_WORDS && !ownQuestion) return [{ kind: 'answer', intent: context.intent, topic }];
    // "How often shud i go for my acne scars", "how often should i get my crows feet done": how often, for the problem named,
    // whatever the classifier doubts.
    const howOftenFor = asksHowOften(u.words)
      ? covered.find((t) => this.content.answers[HOW_OFTEN_INTENT]?.topics?.[t] || this.topics.isTreatedProblem(t))
      : undefined;
    if (howOftenFor) return this.topicAnswers.onCarriedTopic(HOW_OFTEN_INTENT, howOftenFor);
    // A topic it names, when the message is about microneedling or the classifier's best guess agrees with the topic.
    const main = covered.length > 0 ? this.topics.main(covered) : undefined;
    if (main && (u.intent === OUT_OF_SCOPE || u.intent === UNCLEAR || u.anchored || u.ranking[0]?.label === this.topics.home(main)))
      return [this.topics.alone(main)];
    // "How often should I keep going then?", "if I restart, how often?": asked in the article's own terms, whatever the classifier doubts.
    if (asksHowOften(u.words) && g.unsupported.length === 0 && u.topics.length === 0 && this.content.answers[HOW_OFTEN_INTENT])
      return [{ kind: 'answer', intent: HOW_OFTEN_INTENT }];
    // "It's been like 5 hours" after the redness: how long it lasts.
    if (continues && context.intent && this.content.answers[context.intent]?.how_long && reportsElapsedTime(u.words))
      return [{ kind: 'answer', intent: context.intent, topic: context.topic, followUp: 'how_long' }];
    // "Wid this needlin thing dae anythin for it?" after a scar: whether microneedling helps the problem under discussion.
    const discussed = covered.length === 0 && context.topic !== undefined && this.topics.isTreatedProblem(context.topic) ? context.topic : undefined;
    if (discussed && pointsBack(u.words) && asksIfMicroneedlingHelps(u.words) && !HAS_WH_WORD.test(u.words.join(' '))) return [this.topics.alone(discussed)];
    // "Is this safe?" is about microneedling even as a first question; "how soon does hair grow back?" names a silence: no guess.
    if (u.anchored || !(pointsBack(u.words) || continues) || u.topics.some((t) => this.topics.isUncovered(t))) return undefined;
    // "Is it gonna rain in London tomoz?" as a first message: "it" is the weather's, and the words say so.
    if (context.updatedAt === 0 && asksAboutElse(u, g)) return undefined;
    // "Why can't I just use it straight away?" after the routine answer: the reason for that answer, if the classifier hears a why.
    const why = u.ranking.slice(0, 2).find((p) => p.label === WHY);
    if (why && continues && asksWhy(u.words) && saysWhy(u.text) && covered.length === 0) return [this.followUp({ ...u, intent: why.label }, covered, context)];
    const runnerUp = u.ranking.find((p) => p.label !== OUT_OF_SCOPE && this.content.answers[p.label]);
    if (runnerUp && runnerUp.confidence >= this.policy.rescue_min_confidence)
      return this.topicAnswers.onCarriedTopic(runnerUp.label, this.carrier.carried(u, runnerUp.label, covered, context, false));
    // "Is that normal or should I worry?": the last answer again, not a silence on nothing.
    return continues && context.intent !== undefined && checksLastAnswer(u) ? [this.restated(context)] : undefined;
  }

  /** "why?", "and pores?": the message's own topic, else the last answer; a bare "how come?" after an answer and a silence, the answer. */
  private followUp(u: Understanding, covered: string[], context: ConversationContext): Action {
    const kind = this.followUps.has(u.intent) ? (u.intent as FollowUpKind) : undefined;
    const topic =
      covered.length > 0 ? this.topics.main(covered) : kind && !context.intent && u.words.length <= BARE_FOLLOW_UP_WORDS ? context.topic : undefined;
    // "tell me more about how it shrinks pores": the pores answer first, unless that was the last answer.
    if (topic && kind === 'more' && context.topic !== topic) return this.topics.alone(topic);
    if (topic && (kind || !context.intent)) {
      const action = this.topics.alone(topic);
      return action.kind === 'answer' && kind ? { ...action, followUp: kind } : action;
    }
    // "Why does it work tho" after a silence: no answer to give the reason for, but "it" working is how microneedling works.
    if (!context.intent && kind === WHY && WHY_IT_WORKS.test(u.words.join(' '))) return { kind: 'answer', intent: HOW_IT_WORKS };
    // "How long does a microneedling treatment last?" names its own subject; "and microneedling makes more of it?" goes on.
    // "And a microneedling pen?" after the roller names only its topic, and goes on.
    // "Wetin be derma roller?" too; "ugh ok. thats a lot of needles lol" only remarks.
    const namesOnlyTopic = topic !== undefined && u.elliptical && (followsOn(u.words) || looksLikeQuestion(u.text));
    // "So microneedling makes more of it?" checks what the last answer said of "it".
    const goesOn = ((followsOn(u.words) || u.words[0] === 'so') && pointsBack(u.words)) || namesOnlyTopic;
    // "Is sun ok after?" … "what SPF?" … "for how many days": after a silence, how long the advice it stood beside holds.
    const beside = context.silence ? this.topics.get(context.silence)?.related : undefined;
    if (!context.intent && kind === HOW_LONG && beside?.intent === AFTERCARE && covered.length === 0 && !u.anchored)
      return { kind: 'answer', intent: AFTERCARE, topic: beside.topic, followUp: kind };
    if (!context.intent || (u.anchored && !goesOn)) return { kind: 'unclear' };
    // "So not at home then?" after acne: what the tool's answer says of the problem under discussion.
    const toolAnswer = topic && this.topics.get(topic)?.instrument ? this.topics.home(topic) : undefined;
    const problem = toolAnswer && this.topicAnswers.problemUnderDiscussion(toolAnswer, context);
    if (!kind && toolAnswer && problem) return { kind: 'answer', intent: toolAnswer, topic: problem };
    // "What about downtime?" after "how often?", "and for scars?" after "what is it?": the topic's own answer, not the last one's.
    const general = !this.topics.isTreatedProblem(topic ?? '') || DEFINING_INTENTS.has(context.intent);
    if (topic && !kind && !this.content.answers[context.intent]?.topics?.[topic] && general) return this.topics.alone(topic);
    if (!kind) return { kind: 'answer', intent: context.intent, topic };
    if (kind === 'more' && setsAside(u.words)) return { kind: 'answer', intent: context.intent };
    // A bare "more" after "more": everything the article says on it has been told.
    if (kind === 'more' && context.toldMore && u.words.length <= BARE_FOLLOW_UP_WORDS)
      return { kind: 'answer', intent: context.intent, topic: context.topic, followUp: 'nothing_more' };
    return { kind: 'answer', intent: context.intent, topic: context.topic, followUp: kind };
  }

  /** "He normally slaps on an aftershave with alcohol in it": the silence, with its nearest advice where that comes first. */
  private everydaySilence(topic: string): Action[] {
    return this.topics.get(topic)?.related_first ? this.silences.named(topic) : [{ kind: 'not_covered', topic }];
  }

  /**
   * "Microneedling has been gaining popularity, but is it effective after just one session?": its popularity, told outside
   * the clause that asks, only sets the scene for a question the classifier places elsewhere.
   */
  private toldBeforeQuestion(u: Understanding): string[] {
    const [topic] = u.topics;
    const said = u.mentioned.map((i) => u.words[i]);
    const elsewhere = !u.reportsClaim && u.intent !== WHAT_IS && this.content.answers[u.intent] !== undefined && u.confidence >= this.policy.min_confidence;
    return u.topics.length === 1 && elsewhere && this.topics.home(topic) === WHAT_IS && saidOutsideQuestion(u.text, said) ? [topic] : [];
  }

  /** A silence that tells of the visitor's day, not of their body ("my colleagues"): no subject beside a question of its own. */
  /**
   * Beside "what is it?", a topic told in the visitor's story: one the article never speaks of, or its own word on what
   * microneedling is ("she's seen it all over tiktok" names its popularity, which the definition leaves for later).
   */
  private isStory(topic: string): boolean {
    return this.isStoryOnly(topic) || this.topics.home(topic) === WHAT_IS;
  }

  private isStoryOnly(topic: string): boolean {
    const data = this.topics.get(topic);
    return this.topics.isUncovered(topic) && !data?.circumstance && !data?.condition && !data?.incidental;
  }

  /** "Is that bad?", "say that again?": the last answer again, or the silence it was. */
  private restated(context: ConversationContext): Action {
    if (context.intent) return { kind: 'answer', intent: context.intent, topic: context.topic };
    return context.silence ? { kind: 'not_covered', topic: context.silence } : { kind: 'not_covered' };
  }

  /**
   * "Why choose microneedling?", "tell me more about microneedling": "why" or "more" about a subject the message names
   * itself is not about the last answer; "does needling shrink them or is that marketing?" is no silence on nothing for
   * a classifier that barely leans to one. Its next guess says what is asked.
   */
  private ownSubject(u: Understanding, covered: string[]): string | undefined {
    const asks = OWN_SUBJECT_FOLLOW_UPS.has(u.intent) || (u.intent === NOT_COVERED && u.confidence < this.policy.min_confidence);
    if (!asks || !u.anchored || covered.length > 0) return undefined;
    const next = u.ranking.find((p) => !this.followUps.has(p.label) && p.label !== u.intent && this.content.answers[p.label]);
    return next && next.confidence >= this.policy.rescue_min_confidence ? next.label : undefined;
  }
}

/**
 * "Tengo los poros bien abiertos, me sirve?" is answered through the words it shares with English, without a silence on
 * words of another language ("the article doesn't cover tengo los poros"); what is left unplaced is asked again in English.
 */
function inEnglishOnly(actions: Action[]): Action[] {
  const placed = actions.filter((a) => a.kind !== 'unclear' && !(a.kind === 'not_covered' && !a.topic && !a.treatment));
  return placed.length > 0 ? placed : [{ kind: 'unclear', language: true }];
}

/**
 * "What are the side effects?", "apart from the redness, any side effects?": the after-effects the article names are all it
 * says, so its silence on any others comes with them.
 */
function namesAfterEffectsOnly(actions: Action[], words: string[], isTool: (topic: string) => boolean): boolean {
  const [only] = actions;
  if (actions.length !== 1 || only.kind !== 'answer' || only.intent !== SIDE_EFFECTS || only.followUp || only.related) return false;
  // "Apart from a bit of redness, any other side effects?": the redness named only to set it aside; "the downside to using
  // a dermaroller?": the tool only says how it is done.
  return !only.topic || isTool(only.topic) || (only.topic === REDNESS && SETS_ASIDE.test(words.join(' ')));
}

/** A question about going on with something of the visitor's own routine after a session. */
function keepsUsingAfter(u: Understanding): boolean {
  const text = u.words.join(' ');
  return KEEPS_USING.test(text) && (u.intent === AFTERCARE || AFTER_SESSION.test(text));
}

function asksWhatTheToolIs(words: string[]): boolean {
  return WHAT_THE_TOOL_IS.test(words.join(' '));
}

/** The reply on where the bot's words come from; asked of a claim, with the article's silence on any study behind it. */
function saysWhereFrom(intent: string, ofClaim: boolean): Action[] {
  const said: Action = { kind: 'conversational', intent };
  return intent === SOURCE && ofClaim ? [said, { kind: 'not_covered', subject: UNCITED }] : [said];
}

const EVERY = new Set(['every', 'each']);

/** "Cud i do it every nap?" asked with how often: the words after "every" guess at the interval the answer gives. */
function guessesInterval(u: Understanding, unsupported: string[]): boolean {
  return (
    u.intent === HOW_OFTEN_INTENT &&
    unsupported.length > 0 &&
    unsupported.every((word) => u.words.some((w, i) => w === word && EVERY.has(u.words[i - 1] ?? '')))
  );
}

const NAMES_SIDE_EFFECTS = /\bside effects?\b/;
const RISKS = 'risks';
const HISTORY = 'history';
const ADDS_TOO = /\b(too|as well|also)$/;
// "This needle thing actually do anything for that or is it all instagram nonsense?": whether it works, however new it is.
const ASKS_IF_IT_WORKS = /\b(do|does|did|will|would|can) (\w+ ){0,4}(anything|owt|any good|much) for\b|\b(actually|really) (work|works|help|helps)\b/;

/**
 * "The wife says I gotta do 'aftercare'. Whats that involve?", "what are the side effects or complications?": a subject the
 * article covers, named beside words that alone would ask what it never describes (a session's steps, its risks), is what
 * is asked; the silence on the rest comes with its answer. Whether it works is asked before how new it is.
 */
export function displacedTopics(u: Understanding): Set<string> {
  const displaced = new Set<string>();
  if (u.intent === AFTERCARE && u.words.includes(AFTERCARE) && u.topics.includes(PROCEDURE)) displaced.add(PROCEDURE);
  if (u.intent === SIDE_EFFECTS && u.topics.includes(RISKS) && NAMES_SIDE_EFFECTS.test(u.words.join(' '))) displaced.add(RISKS);
  if (u.topics.includes(HISTORY) && ASKS_IF_IT_WORKS.test(u.words.join(' '))) displaced.add(HISTORY);
  return displaced;
}
