import type { DecisionPolicy } from '../data/policy';
import type { Grounding } from '../grounding/ground';
import { asksNothing, looksLikeQuestion } from '../nlu/segmenter';
import { isStopWord, tokenize } from '../nlu/tokens';
import { OUT_OF_SCOPE, UNCLEAR, Understanding } from '../nlu/understand';
import type { ConversationContext } from './context';
import {
  asksAboutHabit,
  asksHowOften,
  asksIfAllowed,
  followsOn,
  isDefiningQuestion,
  mentionsSession,
  pointsBack,
  reportsElapsedTime,
  SHORT_QUESTION_WORDS,
  tellsAboutThemselves,
  opensOnDummyIt,
} from './phrasing';
import type { TopicIndex } from './topicIndex';

// How the decide stage reads, mid-conversation, a message the classifier doubts or cannot place.

// "Even if it's cloudy" asks something; "1" or "hmm" does not.
const MIN_REMARK_WORDS = 3;
// "Do you know a good recipe for lasagne?": words enough from elsewhere to be a subject of their own.
const MIN_FOREIGN_SUBJECT_WORDS = 2;
// "Should I stop my retinol first?", "so the foundation part?", "he's also on accutane": words that lean on what came before.
const LEANS_BACK = /\b(first|before|beforehand|again|at least|part|also|as well)\b|^(so|ok|okay)\b/;
// "What does it mean that…", "is it true that…": an "it" that points forward, not back.
// "Unrelated, but…", "btw…": the visitor says the message is about something else.
const ASIDE = /^(unrelated|random|btw|by the way|off topic|also)\b|\b(unrelated|random q|off topic)\b/;

/**
 * "Should I see a doctor?", "would aloe vera count?" mid-conversation: a message that names no other treatment and that
 * the classifier puts out of scope without conviction goes on with the conversation about microneedling.
 */
export function continuesConversation(u: Understanding, g: Grounding, context: ConversationContext, policy: DecisionPolicy): boolean {
  if (context.updatedAt === 0 || u.anchored || g.treatments.length > 0) return false;
  // "Can I put coconut oil on it?" leans on the conversation for what "it" is, whatever else it names; "what about witch
  // hazel?" goes on with it.
  // "During this smog season…": a "this" that introduces the message's own subject points at nothing said before.
  const pointer = pointsBack(u.words.map((w, i) => ((w === 'this' || w === 'these') && g.unsupported.includes(u.words[i + 1]) ? '' : w)));
  const leansOn = pointer || asksIfAllowed(u.words) || followsOn(u.words);
  if (g.unsupported.length > 1 && !leansOn) return false;
  // Out of scope by the classifier's doubt, not by words from elsewhere ("why should guys have microderm?"); words the
  // article uses ("it's been 5 hours") are not from elsewhere, and "can I pop them?" asks about what came before.
  // A message that leans on the conversation ("what about micellar water?", "should I pick them?") takes more conviction.
  const [top] = u.ranking;
  const outOfScopeFrom = leansOn ? policy.out_of_scope_despite_conversation_from : policy.out_of_scope_in_conversation_below;
  const doubted = top?.label === OUT_OF_SCOPE ? top.confidence < outOfScopeFrom : g.unsupported.length === 0 || leansBack(u) || followsOn(u.words);
  if (u.intent === OUT_OF_SCOPE && !doubted) return false;
  // "Should women shave their faces?": a subject of its own from elsewhere, which the classifier leans to calling off topic.
  // "Ice?" and "she's 14 btw" only add to what came before.
  const ownSubject = g.unsupported.length > 0 && u.words.length > 2 && !tellsAboutThemselves(u);
  if (top?.label === OUT_OF_SCOPE && ownSubject && !leansOn) return false;
  // "Will all my hair be gone?" names its own subject; "and a face scrub?" names one to go on with.
  if (followsOn(u.words) || u.elliptical || asksIfAllowed(u.words)) return true;
  // "Should I see a doctor?", "what's the tool called again?" go on; "what makes skin sensitive?" asks its own question.
  const ownQuestion = isDefiningQuestion(u.words) && !u.words.includes('the');
  return u.topics.length === 0 && (pointer || (u.words.length <= SHORT_QUESTION_WORDS && !ownQuestion));
}

// "Just say yes or no", "ballpark it", "kindly forward this chat to my email", "she's 9", "its been 5 days", "Kayla said they put a cream on first", "so not like
// weekly then", "it's new though isn't it": presses for an answer, gives a figure or a report, or checks one.
const PRESSES_OR_CHECKS =
  /\b(just|pick|say|tell|told|said|says|thought|heard|ballpark|rough|idea|prove|know|specifically|guess|estimate|isn t it|innit|should (i|she|he|we|they)|kindly|please|pls|send|forward|email)\b|^so\b|\b(then|tho|though)$|\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hours?|days?|weeks?|months?|years?)\b/;

/**
 * "Man that's stressful", "lol my missus is gonna rip me for this": mid-conversation, a remark that asks and names nothing,
 * with nothing else beside it in the message.
 */
export function onlyRemarks(u: Understanding): boolean {
  return remarks(u) && !tellsAboutThemselves(u);
}

/**
 * "Poor ting, she's some nervous about the whole thing", "Maureen's dead nesh, she skriked at her flu jab": mid-conversation,
 * a remark in words the classifier cannot place, naming nothing of microneedling's world, even about the visitor or whoever
 * they ask for. "I take warfarin btw" names a topic, and "she's 9" a figure.
 */
export function remarksInWordsUnplaced(u: Understanding, policy: DecisionPolicy): boolean {
  // "Recommend a good book" is surely off topic: a request, not a remark.
  const [top] = u.ranking;
  const doubted =
    u.intent === UNCLEAR || (u.intent === OUT_OF_SCOPE && (top?.label !== OUT_OF_SCOPE || top.confidence < policy.out_of_scope_in_conversation_below));
  const sentence = u.words.join(' ');
  return remarks(u) && doubted && !u.anchored && !u.weaklyAnchored && !ADDS_OR_ASKS.test(sentence) && !ASKS_ANEW_IN_PASSING.test(sentence);
}

// "Its witch hazel", "im on methotrexate as well", "she is feeding baby now, can she do", "wheres the nearest pharmacy",
// "gimme a straight answer yes or no", "theres dust everywhere in the shed, that gonna stuff it up": a circumstance added or
// a question asked without a question mark ("…if she cant do her runner beans", "and there I was…" ask nothing).
const ADDS_OR_ASKS =
  /^(and(?! there (i|we|she|he) (was|were))|also|plus|sorry|its|it s|mine|like mine|i m on|im on|i am on|i take|i use|she uses|he uses|we use)\b|\b(too|as well|if (that|it) (matters|counts)|tips|again|straight answer|yes or no|in one line|summari[sz]e|meant|btw|gimme|give me|tell me)\b|\b(is|s) (that|it) (bad|ok|okay|fine|alright)\b|\b(that|it) (gonna|going to)\b|(?<!\b(cant|can t|dont|don t|didnt|didn t|wont|won t|not|to|ll|gonna|wanna|never) )\b(can|could|would|should|will|do|does|did) (she|he|i|they|you|u|we|it|that|this|the|my|her|his)\b|\b(where|what|how|why|when|which|who)( s| is| are| do| does| did| can| should| would)\b|\bwheres\b/;

function remarks(u: Understanding): boolean {
  const sentence = u.words.join(' ');
  const remark = u.topics.length === 0 && !looksLikeQuestion(u.text) && asksNothing([u.text, sentence]) && u.words.length >= MIN_REMARK_WORDS;
  return remark && u.alone && !u.reportsClaim && !PRESSES_OR_CHECKS.test(sentence);
}

/**
 * What a message nothing places gets: mid-conversation, a question ("should I see a doctor?", "even if it's cloudy") is
 * one the article does not answer, and "1" or "hmm" is unclear; otherwise what the classifier said.
 */
export function unplacedKind(u: Understanding, continues: boolean): 'not_covered' | 'out_of_scope' | 'unclear' {
  if (continues) return looksLikeQuestion(u.text) || u.words.length >= MIN_REMARK_WORDS ? 'not_covered' : 'unclear';
  return u.intent === OUT_OF_SCOPE ? 'out_of_scope' : 'unclear';
}

/**
 * "Oh that's interesting", "right, that's a relief", "grand job": a remark that asks nothing and names nothing (no topic, no
 * word from elsewhere but a reaction) only acknowledges. "She's 9" and "it's been 3 hours" tell something.
 */
export function onlyAcknowledges(u: Understanding, g: Grounding, reactionWords: Set<string>): boolean {
  if (!asksNothing([u.text, u.words.join(' ')]) || u.elliptical || u.topics.length > 0 || g.unsupported.some((w) => !reactionWords.has(w))) return false;
  // "wait doesnt it make more holes", "anything i can do meanwhile" ask without a question mark; a reaction does not.
  // "1" or "it" alone is no reaction: at least one word must be.
  const reacts = u.words.every((w) => isStopWord(w) || reactionWords.has(w)) && u.words.some((w) => reactionWords.has(w));
  return reacts && !tellsAboutThemselves(u) && !reportsElapsedTime(u.words);
}

// A laugh or a bare reaction framing a remark: "lol the lads would never let me hear the end of it", "huh, never heard of it
// till my wife brought it up", "ay figures 😂".
const LAUGHS_OR_REACTS = /^\W*(lol|lmao|haha+|hehe+|ha+|huh|wah|ay|nvm)\b|\b(lol|lmao|haha+|hehe+)\W*$|[\u{1F602}\u{1F923}\u{1F605}]/iu;

// "Also suggest a good biryani place lol", "while ur at it got a decent marinade lol", "ha so the beers are fine then": a
// new request, or a claim put up to be checked, however it laughs.
const ASKS_ANEW_IN_PASSING =
  /^(and(?! there (i|we|she|he) (was|were))|also|btw|unrelated|while (you|your|you re|ur) at it)\b|\b(suggest|recommend|got a|know (a|any)|any good)\b|\bso (the |my )?\w+( \w+)? (is|are|s|re) (fine|ok|okay|alright|allowed|safe)\b/;

// "lol they will think I got slapped", "haha my boss will say I got into a fight", "she'd kill me if she knew i was askin lol",
// "she gonna be fit to be tied i asked a computer lol": what others will make of it, imagined.
const OTHERS_IMAGINED =
  /^(\w+ ){1,2}(will|ll|would|d|gonna|going to|might) (think|say|ask|laugh|stare|wonder|kill|murder|freak|be ((so|real|right|reyt|proper|well|dead) )?(mad|fit to be tied|furious|livid|raging|fuming|mortified|cross|mardy|annoyed|tamping|hopping mad|spitting feathers))\b/;

/**
 * Mid-conversation, a remark framed by a laugh or a reaction that asks nothing and names nothing of microneedling's world
 * only comments on what was said; "lol I'm on accutane" names a circumstance and is no mere remark.
 */
export function remarksInPassing(u: Understanding, context: ConversationContext): boolean {
  const sentence = u.words.join(' ');
  if (context.updatedAt === 0 || !LAUGHS_OR_REACTS.test(u.text) || u.text.includes('?') || ASKS_ANEW_IN_PASSING.test(sentence)) return false;
  const namesNothing = u.topics.length === 0 && !u.anchored && !u.weaklyAnchored;
  const toldOfThemselves = tellsAboutThemselves(u) && !OTHERS_IMAGINED.test(sentence);
  return namesNothing && asksNothing([u.text, sentence]) && !toldOfThemselves && !reportsElapsedTime(u.words);
}

// "Good. Got plenty of hats", "i wear a wide brim hat anyway so thats sweet", "shes got a big hat, sorted": the visitor, or
// whoever they ask for, already has or does what was advised.
const ALREADY_DOES =
  /^((good|great|ok|okay|sweet|cool|nice|fine|perfect|no worries|right|well),? )*((i|we) (always|already) (wear|have|use|own|got|put on)\b|((i ve|ive|we ve) )?got (plenty of|loads of|lots of|heaps of|a few|a good) \w+)|^((good|great|ok|okay|sweet|cool|nice|fine|right|well|no worries),? )*(i|we) (wear|use|own|have) (a |my |me |one |the )?(\w+ ){0,3}\w+ anyway\b|^((good|great|ok|okay|sweet|cool|nice|fine|right|well|no worries),? )*(she|he|they)( s| is| has| have| ve)? got (a|an|plenty of|loads of|lots of|heaps of) (\w+ ){0,8}\w+,? (anyway|sorted)$/;

// "A sun hat in the cab, the lads at the rank would never let me live it down", "the guys are gonna bust my chops", "the lads
// in work will slag me to bits", "she's gonna throw a wobbler": a joke about what others will make of it.
const JOKES_ABOUT_IT =
  /\b(never let me live it down|never hear the end of it|laugh me out of|take the mick|(wouldn t|wouldnt|would not) be (seen|caught) dead|(bust|break|busting|breaking) my (chops|balls)|slag me( off| to bits)?|(have|pitch|throw) a (conniption )?(fit|wobbler|hissy fit))\b/;

/**
 * After the aftercare's advice, a statement that the visitor already has or does what it names, asking nothing more; or,
 * anywhere in a conversation, a joke about what others will make of it.
 */
export function remarksOnAdvice(u: Understanding, context: ConversationContext, topics: TopicIndex): boolean {
  const sentence = u.words.join(' ');
  if (context.updatedAt === 0 || looksLikeQuestion(u.text) || !asksNothing([u.text, sentence])) return false;
  if (JOKES_ABOUT_IT.test(sentence)) return true;
  return context.intent === AFTERCARE && u.topics.length > 0 && u.topics.every((t) => topics.home(t) === AFTERCARE) && ALREADY_DOES.test(sentence);
}

/** Skin, needles, rollers, sessions, recovery: microneedling's world, unless the classifier, trained on near-misses, disagrees. */
export function isInDomain(u: Understanding, covered: string[], topics: TopicIndex, policy: DecisionPolicy): boolean {
  // "Would a wide-brimmed hat do, or do I need sunscreen?": a topic the article covers, which the classifier's runner-up
  // answers, outweighs a doubtful verdict.
  const [top, second] = u.ranking;
  const doubted = top?.label === OUT_OF_SCOPE && top.confidence < policy.out_of_scope_in_conversation_below;
  const answered = second !== undefined && second.confidence >= policy.runner_up_min_confidence && covered.some((t) => topics.home(t) === second.label);
  // "How many months till I notice the lines softening?": no intent sure enough, none of them elsewhere, and a problem the
  // article treats.
  const unplaced = u.intent === OUT_OF_SCOPE && top !== undefined && top.label !== OUT_OF_SCOPE && covered.some((t) => topics.isTreatedProblem(t));
  return u.anchored || u.intent !== OUT_OF_SCOPE || (doubted && answered) || unplaced;
}

// "Which brand do you recommend?", "any products u recommend", "give me a brand name": asks for a recommendation.
const RECOMMENDS =
  /\b(recommend|recommendation|recommendations|suggest)\b|\b(which|what|any|the best|a good) (brand|brands|products?|roller|rollers|pen|pens|one)\b|\b(give|tell|name) (me|us) (a|any|some|the) (brand|brands|product)\b/;

/** "Which brand do you recommend?" mid-conversation names nothing from elsewhere: a recommendation within the conversation. */
export function recommendsWithin(u: Understanding): boolean {
  return RECOMMENDS.test(u.words.join(' ')) && u.foreignWords.length === 0;
}

/**
 * "Oh, that's good to know", which the classifier leans to calling a goodbye, and "grand job", in words the article never
 * uses, only react: a reaction the classifier does not surely place as other small talk.
 */
export function reactsOnly(u: Understanding, g: Grounding, words: Set<string>, policy: DecisionPolicy): boolean {
  const placed = u.intent !== OUT_OF_SCOPE && u.intent !== UNCLEAR && u.confidence >= policy.small_talk_sure_from;
  return !placed && onlyAcknowledges(u, g, words);
}

/** A question with words of its own from outside the domain ("do you know a good recipe for lasagne?"). */
export function asksAboutElse(u: Understanding, g: Grounding): boolean {
  return looksLikeQuestion(u.text) && g.unsupported.length >= MIN_FOREIGN_SUBJECT_WORDS;
}

/**
 * "What's the best protein powder for building muscle?": a message the classifier confidently puts out of scope, with
 * words of its own from elsewhere, only brushes the topic one of its words names (collagen is a protein).
 */
export function brushesTopic(u: Understanding, g: Grounding, policy: DecisionPolicy): boolean {
  const [top] = u.ranking;
  const confident = top?.label === OUT_OF_SCOPE && top.confidence >= policy.out_of_scope_in_conversation_below;
  return confident && !u.anchored && !u.weaklyAnchored && g.unsupported.length >= MIN_FOREIGN_SUBJECT_WORDS;
}

/**
 * "Should I stop my accutane first?", "she's on blood thinners, is that a problem?" mid-conversation: a message that leans on
 * the conversation asks about microneedling, unless the visitor calls it an aside, it defines something or the classifier
 * is sure it is about something else.
 */
export function leansOnConversation(u: Understanding, context: ConversationContext, policy: DecisionPolicy): boolean {
  if (context.updatedAt === 0) return false;
  // The message as typed: the words make "also" a joining "and".
  const text = u.text.toLowerCase();
  return (leansBack(u) || LEANS_BACK.test(text)) && !ASIDE.test(text) && !isDefiningQuestion(u.words) && !surelyElsewhere(u, policy);
}

/** Mid-conversation, the classifier's doubt is no reason to leave microneedling: "pregnant btw, safe for me?" */
export function offTopicInConversation(u: Understanding, policy: DecisionPolicy): boolean {
  const [top] = u.ranking;
  return top?.label === OUT_OF_SCOPE && top.confidence >= policy.out_of_scope_in_conversation_below;
}

/** The classifier is sure enough the message is about something else to override the conversation it is part of. */
function surelyElsewhere(u: Understanding, policy: DecisionPolicy): boolean {
  const [top] = u.ranking;
  return top?.label === OUT_OF_SCOPE && top.confidence >= policy.out_of_scope_despite_conversation_from;
}

// "Unrelated, but…", "off topic:", "totally off subject": the visitor says outright that the message is about something else.
const SAYS_UNRELATED =
  /\b(unrelated|off topic|off-topic|off (the )?subject|random (question|q)|random but|change of subject|(not|nothing) (about|to do with) microneedling|(totally|completely|entirely) different (question|topic))\b|^(also |and )?random\b/;

// "Unrelated", unlike "random but", says outright that the message leaves microneedling.
const DENIES_MICRONEEDLING = /\b(not|nothing) (about|to do with) microneedling\b/;
const SAYS_OFF_TOPIC =
  /\b(unrelated|off topic|off-topic|off (the )?subject|change of subject|(not|nothing) (about|to do with) microneedling|different (question|topic))\b/;

/**
 * "Unrelated, but is spray tan bad for you?": the visitor says the message is not about microneedling. "Random but is there a
 * collagen supplement I should take alongside my sessions?" says it is, by its sessions.
 */
export function callsItAnAside(u: Understanding): boolean {
  const text = u.text.toLowerCase();
  // "This is not about microneedling, but…" names microneedling only to leave it.
  const anchored = u.anchored && !DENIES_MICRONEEDLING.test(text);
  return !anchored && SAYS_UNRELATED.test(text) && !(u.weaklyAnchored && !SAYS_OFF_TOPIC.test(text));
}

/** "Can I pop them?", "does that matter?": points back to the conversation; "what does it mean that you are registered?" does not. */
function leansBack(u: Understanding): boolean {
  return pointsBack(u.words) && !isDefiningQuestion(u.words) && !opensOnDummyIt(u.words);
}

// "Is that normal or should I worry?": a check on the last answer; "compared to what tho?" asks what it weighed.
const CHECKS_LAST_ANSWER =
  /^((so|and|but|ok) )?(is (that|this) (bad|normal|ok|okay|fine|a problem|a bad sign|worrying)|should i (worry|be worried))\b|^((so|and|but|ok) )?(compared (to|with)|than|more than) what( (tho|though|exactly|then))?$/;
// "Really? That quick?", "that long?", "is that it?": surprise at the last answer's figure or at how little it lists.
const ECHOES_FIGURE =
  /^((really|seriously|wow|rly|but) )?((that|so|this) (quick|quickly|fast|soon|long|short|few|many|often|slow|early)|((isn t|isnt|is) (that|this) (not )?((really|very|quite|a bit|kinda|too|so) )?(quick|fast|soon|long|a long time|short|few|many|often|slow|early))|is (that|this) (it|all)|that( s)? (it|all)|thats (it|all))( (then|tho|though))?$/;

// "And that goes within an hour or two, right?", "so it's every 4 to 6 weeks yeah": the last answer's figure read back.
const READS_FIGURE_BACK =
  /^((and|so|ok|okay) )?(that|it|this|they|those)( s| is| are)?( (goes|go|fades|fade|lasts|last|wears off|settles|calms down|passes|clears|disappears)( away| down| off| up)?)? (within|in|after|for|every|about) (\w+ ){1,5}(right|yeah|yes|correct|yea)$/;

// "An hour or two", "4 to 6 weeks": a figure of the kind the answers give.
const FIGURE =
  '(an?|one|two|three|four|five|six|\\d+|few|couple( of)?)( (or|to) (an?|one|two|three|four|five|six|\\d+))? (hours?|days?|weeks?|months?|sessions?)';
// "An hour or two only?", "4-6 weeks then?": the last answer's figure said back alone.
const FIGURE_ALONE = new RegExp(
  `^((so|really|only|just|wait|oh|ah) )*${FIGURE}( or (two|so|more))?( (only|then|tho|though|really|max|at most|is it|lah|ah|leh|meh))*$`,
);
// "Isn't that much less than YouTube says?": the last answer's figure set against what the visitor heard.
const SETS_FIGURE_AGAINST =
  /^((but|so|wait|ok) )*(isn t|isnt|is|that s|thats)( (that|this|it))?( (much|a lot|way|so))? (less|more|longer|shorter|fewer|slower) than\b/;
// "What needs fewer?", "which ones take longer?": which the last answer says needs fewer or more.
const ASKS_WHICH_COMPARED = /^((so|and|ok) )?(what|which( ones?| problems?)?) (needs?|takes?|requires?) (fewer|more|less|longer)( sessions)?$/;
// "Really??", "seriously tho", "is it tho", "does it really": surprise at the last answer, nothing more.
const BARE_SURPRISE =
  /^((really|seriously|srsly)|((but|so) )?(is|does|do|are|can|will|would) (it|that|this|they)( (really|tho|though|actually|honestly|seriously))+)( (tho|though|now))?$/;
// "So basically just nothing harsh": the last answer summed up in the visitor's words ("basically" is no word of the
// understanding's, so the message's own text is read).
const SUMS_UP = /^((so|ok|okay|right),? )*(basically|in short|in other words|long story short)\b(?!.*\b(what|how|why|when|which|can|should)\b)/i;

/** "Is that bad?", "should I worry?": asks whether what the last answer described is all right, naming nothing else. */
export function checksLastAnswer(u: Understanding): boolean {
  return u.topics.length === 0 && CHECKS_LAST_ANSWER.test(u.words.join(' '));
}

// "You said an hour or two, is that all?": the figure quoted back before the surprise at it.
const QUOTES_FIGURE = new RegExp(`^((you|u) (said|say|mentioned|told me)( that)? )?[^,?]*\\b${FIGURE}\\b[^,.?]*[,.?]\\s*(?=\\S)`, 'i');

/** "Really, that quick?", "so basically…": whether the last answer's figure or gist is right, which is the answer to give again. */
export function echoesLastFigure(u: Understanding): boolean {
  const quoted = QUOTES_FIGURE.exec(u.text);
  const texts = [u.words.join(' '), ...(quoted ? [tokenize(u.text.slice(quoted[0].length)).join(' ')] : [])];
  const echoes = [ECHOES_FIGURE, FIGURE_ALONE, SETS_FIGURE_AGAINST, BARE_SURPRISE, READS_FIGURE_BACK, ASKS_WHICH_COMPARED];
  return u.topics.length === 0 && (texts.some((text) => echoes.some((pattern) => pattern.test(text))) || SUMS_UP.test(u.text.trim()));
}

const AFTERCARE = 'aftercare';

// "I normally use a face scrub, grand to keep going with that?", "should I leave that out this week?": whether a session
// changes the habit.
const KEEPS_HABIT = /\b(keep (going|using|doing|on)|carry on|still (use|do)|leave (that|it|them) out|stop (using|it|that)|skip (it|that)|hold off)\b/;

// "What can I put on my face after it, I normally use a toner and a scrub": after the session "it" is.
const AFTER_IT = /\bafter (it|that|this|the treatment|treatment)\b/;
// "I gotta walk to the market after, makin groceries in the sun": an "after" that ends its clause is after the session.
const AFTER_ALONE = /\bafter(wards?)?\s*([,;.!?]|$)/i;

// The everyday products the aftercare names: sunscreen, toners, exfoliators, a routine.
const SKINCARE_PRODUCT = /\b(sunscreens?|sunblock|sun cream|spf|toners?|exfoliat\w*|scrubs?|routine|skincare|skin care|moisturi[sz]ers?|cleansers?)\b/;
// "…before it heals", "tonight", "this week": a moment that ties the question to a session.
const A_MOMENT = /\b(before|beforehand|during|today|tonight|tomorrow|now|heal|heals|healing|recovery|week|weeks|day|days)\b/;

/**
 * "Does sunscreen expire?", "what is a good skin care routine?": an aftercare subject asked of itself, with no session,
 * moment or "it" to tie it to one, and no leave asked.
 */
export function asksOfEverydayUse(u: Understanding, topics: TopicIndex): boolean {
  if (u.anchored || u.weaklyAnchored || u.elliptical || u.topics.length === 0 || !looksLikeQuestion(u.text)) return false;
  // "What's the best beach in Spain?" names the sun's place, not a product of skincare.
  if (!SKINCARE_PRODUCT.test(u.words.join(' '))) return false;
  if (!u.topics.every((t) => topics.home(t) === AFTERCARE) || followsOn(u.words) || pointsBack(u.words) || asksIfAllowed(u.words)) return false;
  return !mentionsSession(u.words) && !A_MOMENT.test(u.words.join(' '));
}

const SELF_TAN = 'self_tan';
// "How long after a spray tan can you shower?": the moment named is the tan's, not a session's.
const AROUND_THE_TAN = /\b(after|before) (a|the|my|your) (spray tan|fake tan|self tan|tan|sunbed|sun bed|tanning bed)\b/;

/**
 * "If I get a spray tan will I go orange?", "are tanning beds a safe way to get my vitamin D?": tanning asked of itself, with no
 * session, and no problem or tool of microneedling's beside it.
 */
export function asksOfTanningAlone(u: Understanding, topics: TopicIndex): boolean {
  const besideTan = (t: string) => t === SELF_TAN || !(topics.isTreatedProblem(t) || topics.get(t)?.instrument);
  if (u.anchored || u.weaklyAnchored || u.elliptical || !u.topics.includes(SELF_TAN) || !u.topics.every(besideTan)) return false;
  const rest = u.words.join(' ').replace(AROUND_THE_TAN, '').split(' ');
  return looksLikeQuestion(u.text) && !mentionsSession(rest) && !pointsBack(rest) && !A_MOMENT.test(rest.join(' '));
}

// "…after a spray tan", "how long does a spray tan last?", "will I go orange?": the tan's own moment or nature, whatever came before.
const OF_THE_TAN_ITSELF = new RegExp(`${AROUND_THE_TAN.source}|\\b(last|lasts|go orange|turn orange|streaky|streaks|vitamin d)\\b`);

/** Whether a question about tanning asks of the tan itself, which no earlier answer makes microneedling's. */
export function asksOfTheTanItself(words: string[]): boolean {
  return OF_THE_TAN_ITSELF.test(words.join(' '));
}

/** "How often should sunscreen be applied?", "can I use toner after exfoliating?": aftercare's subjects as everyday habits. */
export function asksAboutEverydaySkincare(u: Understanding, topics: TopicIndex): boolean {
  const aftercare = (t: string) => topics.home(t) === AFTERCARE || topics.get(t)?.related?.intent === AFTERCARE;
  if (u.anchored || u.weaklyAnchored || u.topics.length === 0 || !u.topics.every(aftercare) || followsOn(u.words)) return false;
  if (KEEPS_HABIT.test(u.words.join(' ')) || AFTER_IT.test(u.words.join(' ')) || AFTER_ALONE.test(u.text)) return false;
  return asksAboutHabit(u.words) || (asksHowOften(u.words) && !mentionsSession(u.words));
}
