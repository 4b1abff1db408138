import { asksNothing, looksLikeQuestion, PLAN_AFTER_WILL } from '../nlu/segmenter';
import { isStopWord } from '../nlu/tokens';
import { SETTING_ASIDE } from '../nlu/topics';
import type { Understanding } from '../nlu/understand';

// How a question is phrased, as distinct from what it is about: the shapes the decide stage reads.

// "How many sessions?": short enough to lean on the conversation for what it leaves out.
export const SHORT_QUESTION_WORDS = 6;
// "is that safe?", "how often should I do it?": words that lean on the conversation for their subject.
const ANAPHORA = new Set(['it', 'its', 'that', 'this', 'these', 'those', 'they', 'them']);
// "Fewer than what?": asks what the last answer compares with, which the answer itself says; "give me an actual number"
// asks the number it gives, or says it does not give.
const RESTATE =
  /^(what do you mean( by (that|this|it))?|what does that mean|(can|could) you (say|put|explain) (that|it) (again|simpler|more simply|in simpler (words|terms)|in plain english)|(say (that|it) again|say again|(could|can) you speak up|speak up)( .*)?|what|pardon|(sorry|huh),? what|(so )?is (that|it) a (yes|no)( or (a )?(yes|no))?( for (me|her|him|us))?( (then|love|mate|dear|hun|pet|please|pls))*|i don t (understand|get it)|i dont (understand|get it)|come again|(that|this) means( .*)?|did i get (that|it) right|is that (right|correct|the gist)|(would|could|can) you repeat (that|it)|repeat (that|it)( .*)?|(could|can) i have that (again|once more)|once more|(sorry )?(i )?(didn t|didnt|did not) (quite )?catch (that|it)|(fewer|less|more|shorter|longer)? ?(than|compared (to|with)) (for )?what|((that s|thats|that is|that) )?not what i (asked|meant)|(but |so )?(that s|thats|that is|this is) not an answer|(you )?(didn t|didnt|did not) answer (my|the) question|(so )?(yes or no|a straight answer|straight answer|one word( answer)?)( (please|pls|plz|then|simple question))?|in what context|((sorry )?(just )?to confirm )?(did|do) (you|u) (just )?say( .*)?|(not )?(just |even )?(roughly|approximately|approx|ballpark|more or less)( then| though| tho| even)?|(i )?(don t|dont|do not) need (it )?(exact|exactly|precise)( just (roughly|a rough idea|a ballpark))?( like)?|((sure|surely|but|come on|c mon) )*(you|ye|u) (must|gotta|have to|have got to) (have|know) (a |some )?(rough |vague |ballpark )?(idea|figure|estimate)( (boy|mate|love|like|tho|though))*|((just )?(give me|gimme|tell me|what s|whats|what is) )?(an |the |any )?(actual|exact|real|specific|precise) (number|figure)( then| please| pls| tho| though)?|(just )?(give me|gimme|tell me) (an |a |the )?(exactly )?how many( then| please| pls| tho| though)?|((but|ok|okay|so|well|just) )*(give me|gimme|tell me) (a|an|the) (rough |actual |exact )?(number|figure)( (then|please|pls|tho|though|like \d+))*|(kindly )?(revert|reply|respond|answer)( back)?( (on|to) (the same|this|that|it|my (question|query)))?( asap| soon)?)$/;
// "What kind?", "which type should i get?": the last answer's own words are all the article has on which one.
const ASKS_WHICH_KIND =
  /^(what|which|any) (particular |specific )?(kind|kinds|type|types|sort|one)( of (it|that|them|one))?( should i (use|get|buy)| (would|do|did|can) (you|u) (recommend|suggest)( to (buy|get))?)?( then| though| tho)?$/;
const ABOUT_THEMSELVES = /^(i|i m|im|i ve|ive|he|he s|hes|she|she s|shes|my|we|we re|they|mine|our)\b/;
// "How does that work?", "how does it shrink them?": words for what the last answer was about; "it" is microneedling.
const LAST_ANSWER = new Set(['that', 'this', 'these', 'those', 'them']);
// "Something that really makes a difference": "that" opens a clause here; it points back to nothing.
const RELATIVE_AFTER = new Set(['something', 'anything', 'everything', 'nothing', 'someone', 'anyone', 'one']);
// "Is that from the needling?", "could they be because of the treatment?": what the visitor has, laid at the session's door.
// "The causes of wrinkles" asks what the article says brings them on, not whether microneedling does.
const CAUSING =
  /\b((cause|causes|caused|causing)(?! of\b)|trigger|triggers|lead to|leads to|give you|give me|leaves? ((you|me|us|her|him|them) (with|scarred|marked|blotchy|patchy)|a|an|any|some)|risk|risks)\b|\b(is|was|are|were|could|might|can) (that|this|it|they|those|these) (be )?(from|because of|due to) (the |my |a |this )?(needling|microneedling|treatment|session|procedure|roller|dermaroller|pen)\b/;
// "When can I exfoliate again?", "how soon can I go in the sun?", "sunscreen right away or do I gotta wait", "how long has
// she to keep out the sun for", "do i gotta stay out the sun for long": asks for a waiting time.
const WAITING =
  /\b(when (can|could|should|do|will|may) (i|you|we|she|he|they)|when (i|we|she|he|they) (can|could) (start|go|get|use|resume)|when (can|could|may) (go|start|use|resume|continue|apply|wear|wash)|when (is it|s it|it s) (safe|ok|okay|fine|alright|best) to|(when|what) (is|s) the (best|right) time to|when (and )?(how )?to|how many (hours|days|weeks) (no|without|avoid|avoiding|out of|off|away from)\b|how many (hours|days|weeks) (am|are|is|do|does|should|must|will|would) (i|you|we|she|he|they) (supposed to |meant to |need to |have to |got to )?(stay|keep) (out|outta|away|off)\b|how (long|soon|many (hours|days|weeks)) ((i|you|we|she|he|they) )?(after|afterwards?|afterward|before|until|till|should|do|must|can|will|would|to|need|have|got)|how long (am|are|is) (i|you|we|she|he|they) (meant|supposed) to|how long (does|do) (i|you|we|she|he|they) (need|have|got) to|how long (has|have) (i|you|we|she|he|they) (got )?to|(avoid|stay out( of)?|keep out( of)?) (the |direct )?(sun|sunlight|sunshine) for (long|a while)|or (do |should |must |would )?(i |you |we |she |he |they )?(have to |need to |gotta |got to |should )?wait)\b/;
const DEFINITION = /^(what (is|are)|what s|whats) /;
// "How do you get wrinkles?" asks a cause; "how do I get this phone to send pictures?" makes something happen.
const CAUSE_QUESTION =
  /^(what( s|s| is)?( even| actually| really)? (causes|cause|causing|makes|making)|why (my |the |our |your )?(skin|face) (get|gets|go|goes|become|becomes|turn|turns|start|starts)|why (it|they|she|he) (sag|sags|droop|droops|wrinkle|wrinkles)|how come (i|you|we|people) (even |still )?(get|got|have|has) (them|these|those|it|this|that)|what happens to (our|your|my|the) skin|why (do|does|did|is|are)|why am i (even |still |always )?(getting|breaking|having)|when do (you|i|we|people|most people) (get|develop|start getting)|how (do|does) (you|i|skin|it) (get|go|become)(?! (this|that|my|the|a|an|your|her|his|me|it) (\w+ ){0,2}to\b))\b|\bwhy (does|do|did) (that|this|it) (even )?happen\b|^where (do|does|did) (\w+ )?(they|these|those|it|that|this|wrinkles|lines|scars|marks) (even |actually |really )?come from\b|^causes? (them|it|this|that|these|those)\b|\b(say|says|mention|explain|know) what( s| is)? (causes|cause|causing|makes)\b|\bwhat does (it|the article) (say|says) (causes|cause)\b|^what (are|is|s|re) (the )?(main )?(causes?|reasons?) (of|for|behind)\b|^what (are|re) (\w+ ){1,3}causes$|^how (do|does) (\w+ ){1,3}(form|develop)$|^how (do|does) (the |my |your |our )?(face|skin) age$|^why( s| is| has| does| do)? (my |me |the |her |his |your |our )?(skin|face) (gone|go|goes|going|get|gets|getting|look|looks|looking|become|becomes|does|do|is|s)\b|\bhappens to (our |your |my |the )?skin as (we|you|i|people) (get|grow) older\b/;
// "How do you prevent stretch marks?", "can acne scars be prevented?" ask about the problem itself, as "what causes it?" does.
const DEFINING_QUESTION =
  /^(what (is|are|causes|cause|makes)\b|what s\b|whats\b|why do|why does|how do you get|how (do|does|did) (a |an )?\w+( \w+)? (occur|form|develop|appear) ?$|how (do|can|should) (you|i|we|one) (prevent|avoid getting|stop getting)|(can|could) (you|i|we|one) (prevent|avoid getting|stop getting)\b|how to (prevent|avoid getting|stop getting)|(can|could) (\w+ ){1,3}be (prevented|avoided|stopped)$|(is|are) (\w+ ){1,3}preventable$|is there (anything|a way|any way) (you|i|we|one) (can|could) do to (prevent|avoid|stop)|what (does|do) (the |a |an |this |that |these |those )?\w+( \w+)? do( then| exactly| tho| though)?$)/;
// "But first, what really causes…", "what exactly are …": words around a question's opening that change nothing it asks.
const OPENING_FILLER = new Set([
  'but',
  'and',
  'so',
  'ok',
  'okay',
  'well',
  'also',
  'first',
  'now',
  'sorry',
  'um',
  'umm',
  'uh',
  'erm',
  'hmm',
  'ah',
  'ahh',
  'aah',
]);
// "What is it really?", "what is a dermapen anyway?": words that stress a question without changing it.
const INTENSIFIER = new Set(['really', 'actually', 'exactly', 'truly', 'anyway', 'anyways']);
// "Fewer than what, dear?", "repeat that please": how the visitor addresses the bot, not part of what they ask.
const ADDRESS = new Set(['dear', 'hun', 'hon', 'mate', 'darling', 'please', 'pls', 'plz', 'maam', 'sir', 'bud', 'buddy']);
// "How often…?", "what would you say is a good interval for a pen?"
const HOW_OFTEN =
  /\bhow (often|frequently|many times a (day|week))\b|\b(a|the) (good|right|best|ideal|recommended|usual|normal|safe) (interval|gap|frequency)\b/;
// "After exfoliating", "in my skincare routine", "normally": a habit, or another moment than a session; "are scrubs bad for
// your skin?", "before or after toner?", "why is alcohol used in toners?": skincare in general.
const HABIT =
  /\bafter (?!(a |the |my |your |each |every )?(session|sessions|treatment|treatments|procedure|microneedling|needling|dermarolling|rolling|it|that|this|having|getting|doing|according)\b)\w+ing\b|\b(in|into) (my |your |a )?((skincare|skin care|beauty) )?(routine|regimen)\b|\bin (my |your )?(skincare|skin care)\b|\b(normally|usually|every day|daily)\b|\b(bad|good) for (your|my|the) skin\b|\bbefore or after (\w+ )?(toner|serum|moisturi[sz]er|cleanser|exfoliating)\b|\bafter skin ?care\b|\bin preventing\b|\bused in\b/;
const SESSION_NOUNS = /\b(session|sessions|treatment|treatments|procedure|microneedling)\b/;
// "After", "post": words that tie a question to the time after a treatment ("after the spring tides" is the sea's, "wifi not
// working since morning" the day's).
const AFTER_WORDS =
  /\b(after(?! the (spring |neap |high |low )?tides?\b)|afterwards|post|following|since(?! (this |last )?(morning|night|yesterday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))\b/;
// "Is retinol ok?", "can I use aloe vera?", "would a hat count?", "ice pack ok?", "moisturiser counts?", "my walnut scrub,
// that's fine right", "toner with alcohol, fine or no", "okay or not okay?", "is salt water bad for it": asks whether something
// is allowed.
const ASKS_IF_ALLOWED =
  /^((is|are|would|will) .*\b(ok|okay|fine|safe|alright|allowed|count|good|normal)|(can|could|should|may) ((i|you|we) )?(use|apply|put|wear|have|take|drink|do|go|sleep|shower|wash|swim|exercise|work out|fly|touch|scratch|pick|moisturise|moisturize|exfoliate|shave|wax|tan|sunbathe|smoke|travel))\b|^(\w+ ){1,4}(ok|okay|fine|alright|allowed|acceptable|permitted|count|counts)$|^(would|will|does|do) (\w+ ){1,3}(do|work|be enough)$|^(ok|okay|fine|alright|safe|good) to (use|apply|put on|wear|keep using)$|\b(is|are|s|be) (fine|ok|okay|alright|safe|allowed) (right|surely|yeah|yea|innit|too|then)$|\b(fine|ok|okay|alright|safe) or (no|not)( (fine|ok|okay|alright|safe))?$|^(is|are|would|will) .*\bbad for (it|my skin|the skin|my face|healing skin)$/;
// "Is Botox better?", "what about a peel instead?": weighs something against what the conversation is about.
// "This or botox for forehead lines?" offers the choice between microneedling and the other.
const COMPARING =
  /\b((better|worse)(?! (after|since|following)\b)|instead|rather|alternative|different|differ|difference|same as|similar|quicker|faster|cheaper|safer|compare|compares|compared|comparison|vs|versus|(more|less) (\w+ )?than|(?!other\b|rather\b)\w+er than|same thing as|(do|does|did) the same (job|thing)|stacks? up (against|to)|worth (it )?over|as \w+ as|replace|replaces|substitute for|(?<!^what( is| s|s| are)\b.*)like after|like with|(is|it s|its|is it) (like|kind of like|a bit like)|^(this|it|microneedling|needling) or)\b|\b(more|less)$/;
const ELAPSED =
  /\b(it s been|its been|been (like |about |almost |over |nearly )?(\d+|a|an|one|two|three|four|five|few|couple)|day (\d+|two|three|four|five)|since (yesterday|this morning|last night)|(still|not gone))\b/;
// "A chemical peel between sessions?", "could I combine it with Botox?": another treatment beside microneedling;
// "how soon after can I book a chemical peel?": one after the other.
const ALONGSIDE =
  /\b(combine|combined|combining|together|alongside|between (sessions|treatments)|same (day|time|week|month|appointment|session|visit)|at the same time|mess with|interfere|interact|(do|have|get|use|try) (them )?both|pair (it |this |them )?with|adding|as well|(a|the|same|one) (day|week|month) (after|before|as)|how (soon|long) (after|before) (can|could|should|do|must|may) (i|you|we))\b/;
// "Which is better, HydraFacial or microdermabrasion?" names both sides.
// "Is dermaplaning the same as shaving?" names both sides.
const BOTH_SIDES = /\b(vs|versus|or|than|between|and|same as|similar to)\b/;
const PREFERS = /\b(better|safer|faster|quicker|more effective|as good as|as effective as|which one|which of (the|these|them) two)\b/;
// "Better for scars, this or laser?", "laser vs this", "the difference between that and laser": a pointer as one side.
const POINTED_SIDE = /\b(this|that|it)( one)? (or|vs|versus|and)\b|\b(or|vs|versus|than|and) (this|that|it)\b/;
// "Vs a facelift?", "and vs laser?", "is better than laser?": the side before the comparison is left out.
const OPENS_COMPARISON = /^((and|so|ok) )?(vs|versus|or|compared (to|with))\b|^((is|are) )?(better|worse|safer|cheaper|faster|quicker) than\b/;
// "And showering?", "what about retinol?", "can I wash my face that night?", "should I put vitamin C on after?", "is alcohol in
// skincare bad after tho": a message that carries on from the last one.
const FOLLOWS_ON =
  /^((ok|okay|so|right|alright|cool|oh) )?(and|also|plus|what about|how about|same for|same with)\b|\b(that|the same) (night|day|evening|week)\b|\b(tonight|today|tomorrow)\b|^(does|do|is|will|would) (that|this|those)\b|\b(after|afterwards)( (though|then|too|lol|right|pls|please))*$/;

// "How many sessions would I need roughly?", "how long does it usually take to see a difference?": words that only say what
// kind of question it is, about nothing of its own.
const KIND_WORDS = new Set(
  'how what when session sessions treatment treatments need needed take takes roughly approximately exactly ballpark number load loads lot lots ton tons couple few just like usually normally typically likely expect see seeing results result difference notice many much long soon get though'.split(
    ' ',
  ),
);

/**
 * "is that safe?", "how many sessions?", "how many would I need then?", "how many sessions would I need roughly?": short,
 * pointing back ("it", "that"), drawing on it, or asking only the kind of question.
 */
export function leansOnContext(words: string[]): boolean {
  if (pointsBack(words) || words.length <= SHORT_QUESTION_WORDS || words[words.length - 1] === 'then') return true;
  return words.every((w) => isStopWord(w) || KIND_WORDS.has(w));
}

// "And after?", "what about before?": the same question again, at another moment.
const ONLY_A_MOMENT =
  /^((and|so|ok|okay|what about|how about) )?((after|afterwards|before|beforehand|during)( (it|that|a session|the session|the treatment))?|(the next day|the day after|next day|the following day|the next morning|that night|tomorrow)( then| though| tho)?)$/;

// "For how long?", "how long tho": only the duration, of whatever the last reply was about.
// "…like a whole week?": the visitor's own guess at the span, which names no subject.
const SPAN = '(a (whole |full )?(day|week|fortnight|month)|(a )?(few|couple( of)?|\\d+) (days|weeks))';
// "How long for, a week?", "how long for tho, like a week?": with nothing before it, the span is a guess however it is put.
const ONLY_HOW_LONG = new RegExp(`^((and|so|ok|okay|like) )?(for )?how (long|soon)( though| tho| then| exactly| for){0,2}( (like )?${SPAN})?$`);
const GUESSES_SPAN = new RegExp(` (like )?${SPAN}$`);
// "So about a week?", "like 2 days?": a span offered back, with no question word at all.
const OFFERS_SPAN = new RegExp(
  `^((so|ok|okay|and|or|then) )*((like|about|roughly|around|maybe|approx|approximately|just|at least|at most|worst case) )*(${SPAN}|(a )?(few|couple( of)?|\\d+) hours)( (then|tho|though|or so|or more|or less|max|tops))*$`,
);
// "How long should I wait then?" after a silence on the gym, "how long does she wait then till she can" after the aftercare,
// "how long i gotta be careful for" after the sun, "how long would I have to leave it then, a week?" after the scrub: how long
// to hold off what the last reply was about.
const HOW_LONG_TO_WAIT = new RegExp(
  `^((and|so|ok|okay|like) )?(how long|how many (days|hours|weeks)) ((should|do|does|must|would|will) )?(i|you|we|he|she|they) ((have|has|need|needs|got) to |gotta )?(wait|hold off|leave it|give it|be careful)( then| though| tho)?( for| (before|till|until|til) (i|you|we|he|she|they) can( \\w+)?)?( then| though| tho| after| afterwards){0,2}( (like |about )?${SPAN})?$`,
);

// "And?", "ok and then?", "and what else?": the visitor waits for the rest of the last answer.
const GOES_ON = /^((ok|okay|so|yes|yeah) )*(and|and then|and so|then what|and what else)$/;

/** "And?": asks the last answer to go on, as "tell me more" does. */
export function asksToGoOn(words: string[]): boolean {
  return GOES_ON.test(words.join(' '));
}

// "So can I or not 😭 just tell me", "so can I or can't I, yes or no", "abeg just tell me straight, yes or no": the visitor
// presses for the verdict just withheld.
const PRESSES_FOR_VERDICT =
  /^((so|ok|okay|but|well|and|come on|c mon)( now)? )*((is it|does it( hurt)?|will it( hurt)?) )?(just )?(a (little|bit|little bit|tiny bit)|mildly|slightly) or (a lot|loads|lots|really bad|badly|very)( (then|tho|though|lol|pls|please))*$|^((so|ok|okay|but|well|and) )*(you )?(can t|cant|cannot|can not) tell me (if|whether) (i m|im|i am|she s|he s|it s|its) (allowed|ok|okay|safe|fine)( or not)?$|^((so|ok|okay|but|well|and|please|pls) )*((just )?(tell me|say|give me)( straight| honestly| plainly)? )?((is|was) (that|it|this) )?(a )?(yes|yeah) or (a )?no( (then|tho|though|lol|pls|please|lah|leh|la|lor|ah))*$|^((so|ok|okay|but|well|and) )*(is it|can i|will it|does it|can) or ((is it|can i|will it|does it) )?(no|not|cannot|can not|can t|cant|isn t it)( (ah|la|lah|leh|lor|one))*$|^((so|ok|okay|but|well|and) )*(is it|is that|would it be|will it be) (safe|ok|okay|fine|alright|allowed)( for (someone like me|people like me|me|her|him|my skin))? or (not|no)( (would you say|then|tho|though|please|pls))*$|^((so|ok|okay|but|well|and) )*(can|could|should|may|do|does|will) (i|she|he|we|they|you) ((do|have|get|try|use|go) (it|this|that|ahead) )?or (not|no|nah|naw|can t|cant|cannot|can not|shouldn t|shouldnt|don t|dont|won t|wont)( (i|she|he|we|they|you))?( (just|pls|please|plz|yes or no|then|tho|though|tell me|lol))*$/;

/** Whether the visitor presses for a yes or no to the question the last reply left open. */
export function pressesForVerdict(words: string[]): boolean {
  return PRESSES_FOR_VERDICT.test(plainQuestion(words).join(' '));
}

// "And how many are there", "n how many of them", "how many of em": a count asked of what the last reply was about.
const ONLY_HOW_MANY =
  /^((and|n|so|ok|okay|but|wait) )*how many( (of )?(them|em|those|these))?( (are|r|is) (there|on (it|that thing|there|one)))?( (then|tho|though|roughly|exactly))?$/;

// "How many exactly then", "so how many total, gimme a number", "how many is fewer tho": a count pressed beyond what was said.
const EXACT_COUNT =
  /\bhow many\b.*\b(exactly|exact|precisely|total|altogether|all together|all in|in all|all told)\b|\b(exactly|precisely) how many\b(?! (weeks|days|months|hours|minutes|years)\b)|\b(exact|actual|precise|specific|real) (number|figure|count)\b|\bhow many is (fewer|less|more)\b|\b(give me|gimme|tell me) a number\b/;

/** Whether the visitor presses for an exact count. */
export function asksExactCount(words: string[]): boolean {
  return EXACT_COUNT.test(words.join(' '));
}

/** Whether a follow-up asks only how many, of whatever the last reply was about. */
export function asksOnlyHowMany(words: string[]): boolean {
  return ONLY_HOW_MANY.test(words.join(' '));
}

// "Is that actually safe", "sounds dangerous": whether microneedling is safe, however the question is put.
const ASKS_IF_SAFE = /\b(safe|dangerous|harmful|risky)\b/;

/** Whether the message asks, or doubts, that microneedling is safe. */
export function asksIfSafe(words: string[]): boolean {
  return ASKS_IF_SAFE.test(words.join(' '));
}

/** "For how long?": a follow-up that asks only the duration of what the last reply was about. */
export function asksOnlyHowLong(words: string[]): boolean {
  return ONLY_HOW_LONG.test(words.join(' '));
}

// "Do the wrinkles go away?" asks whether a problem clears; "when does it go away?" asks how long that takes.
const ASKS_DURATION =
  /\b(how long|how soon|when|until|till|by then|last|lasts|lasting|permanent|permanently|forever|for good|hours?|days?|weeks?|months?|years?)\b/;

/** Whether a message asks about time at all: what tells "do the pores go away?" from "when do they go away?". */
export function asksDuration(words: string[]): boolean {
  return ASKS_DURATION.test(words.join(' '));
}

/** "For how long tho, like a whole week?": the duration only, with a guess at it. */
export function guessesHowLong(words: string[]): boolean {
  const text = words.join(' ');
  return ONLY_HOW_LONG.test(text) && GUESSES_SPAN.test(text);
}

// "What happens to skin as we age?", "…to your face when you get older", "what happens as our skin ages?": how skin ages, which the anti-aging answer tells.
const HOW_SKIN_AGES =
  /\bwhat happens (to (the |my |your |our |their |his |her |one s |ones )?(skin|face)( \w+)? )?(as|when|while) (we|you|i|men|women|people|they|one|he|she|it|(the |my |your |our |their )?(skin|face)) (age|ages|get older|gets older|grow older|grows older)\b/;

/** "What happens to skin as men age?": how skin changes with age, not what happens after a session. */
export function asksHowSkinAges(words: string[]): boolean {
  return HOW_SKIN_AGES.test(words.join(' '));
}

// "Ok so what actually happens to the scars when it's done?": what a session does to the problem, not how the skin is after.
const WHAT_HAPPENS_TO_PROBLEM =
  /^((ok|okay|so|and|but|right|then) )*what (actually |exactly |really )?(happens|will happen|would happen|goes on) to (the|my|her|his|your|ur|their|those|these|them|me)\b/;

/** "What actually happens to the scars?": what microneedling does to a problem named. */
export function asksWhatHappensToProblem(words: string[]): boolean {
  return WHAT_HAPPENS_TO_PROBLEM.test(words.join(' '));
}

// "What are the effects of microneedling?", "what kind of improvement can I expect?": what it does for the skin; "side effects",
// or effects felt "right after", are the after-effects.
const ITS_EFFECTS =
  /\b(what|which)( are| r)?( the| its)?( main| real| actual)? (effects?|improvements?)\b|\bwhat (kind|sort) of (improvement|effects?)\b|\bwhat effects? (does|do|will|can)\b/;
const AFTER_EFFECTS = /\b(side|adverse|after|afterwards|straight|right|immediate|immediately|risk|risks|bad|negative|complications?|uv|sun)\b/;

/** Whether the question asks what microneedling does for the skin, in words that sound like its after-effects. */
export function asksForItsEffects(words: string[]): boolean {
  const text = words.join(' ');
  return ITS_EFFECTS.test(text) && !AFTER_EFFECTS.test(text);
}

// "Does it matter what skin type you have?", "it mentions skin type somewhere though?": whether the article weighs skin
// type at all, which it does when it diagnoses before a schedule.
const WEIGHS_SKIN_TYPE =
  /\b(matter|matters|difference|affect|affects|taken into account|take into account|decide|decides|based on|mention|mentions|say|says|said|figuring out|figure out)\b/;

/** Whether the question asks if skin type counts at all, rather than about one skin type. */
export function asksIfSkinTypeCounts(words: string[]): boolean {
  return WEIGHS_SKIN_TYPE.test(words.join(' '));
}

/** "So about a week?" after the aftercare: the visitor's own guess at how long the last answer holds. */
export function offersSpan(words: string[]): boolean {
  return OFFERS_SPAN.test(words.join(' '));
}

/** "How long should I wait then?", "how long should I wait after then?": how long to hold off what the last reply was about. */
export function asksHowLongToWait(words: string[]): boolean {
  return HOW_LONG_TO_WAIT.test(words.join(' '));
}

// "And a roller?", "and the derma roller for home?", "and the roller thing to buy": the last question again, for the tool.
const SAME_OF_THE_TOOL =
  /^and (a|the|one of those|for a) (home |at home )?(derma ?roller|dermaroller|roller|pen|microneedling pen|derma ?pen)( thing)?( (for|at) home| to do it myself| to do it at home| to do it yourself| for myself| to use at home| for home use| to use myself| to buy( it)?( yourself| myself)?)?( how much| then)?$/;

// "Same number?", "the same amount then?": the last question again, of what the message names.
// "And him, same?", "same for her?": the answer just given, asked again for someone else.
const SAME_MEASURE =
  /^((and|so|but|ok|okay) )*(the )?same (number|amount|count)( then| again)?$|^((and|so|but|ok|okay) )*(\w+ ){1,2}same( (ah|la|lah|leh|lor|then|too))?$|^((and|so|but|ok|okay) )*((for|what about|how about) )?(him|her|them|he|she|my (husband|wife|son|daughter|partner|mum|mom|dad|sister|brother))( too)? (the )?same( then| too)?$|^((and|so) )*(the )?same for (him|her|them|my (husband|wife|son|daughter|partner|mum|mom|dad|sister|brother))( then| too)?$/;

/** "Same number?", "and him, same?", "stretch marks same ah?": the last answer's measure asked again. */
export function asksSameMeasure(words: string[]): boolean {
  return SAME_MEASURE.test(words.join(' '));
}

// "Why not every week tho if I want my scars gone faster?", "why can't I do it daily?": why the interval is no shorter.
const WHY_NOT_SOONER =
  /^((so|but|and|ok|okay) )*why (so long|such a long time|wait so long) (between|in between|apart)\b|^((so|but|and|ok|okay) )*why (not|cant i|can t i|can i not|shouldn t i|shouldnt i|not just) (do it |go |roll |have it |get it done |do them )?(every|each|once a|twice a|more often|more frequently|weekly|daily)\b/;

/** Whether the question asks why sessions are not more frequent. */
export function asksWhyNotSooner(words: string[]): boolean {
  return WHY_NOT_SOONER.test(words.join(' '));
}

/** "And a roller for home?": the last question asked again of the tool, and nothing else. */
export function asksSameOfTheTool(words: string[]): boolean {
  return SAME_OF_THE_TOOL.test(words.join(' '));
}

/** "And after?": a follow-up that names only when, asking the last question again for that moment. */
export function asksOnlyWhen(words: string[]): boolean {
  return ONLY_A_MOMENT.test(words.join(' '));
}

// "She does water aerobics every morning. Can she go the next day after she gets it done?": going, with nowhere named.
const GOES_WHEN =
  /^((so|and|but|ok|okay|well) )*(can|could|may|should|would|will) (i|she|he|we|they|you|u) (still |even |be able to |be ok to |be okay to )?go( back)?( (the )?(next|following) (day|morning)| tomorrow| the day after| straight after| that (day|night|evening)| after\b.*| afterwards?)+$/;

/** "Can she go the next day?": whether to go on with the activity just told, at a moment after a session. */
export function asksToGoWhen(words: string[]): boolean {
  return GOES_WHEN.test(words.join(' '));
}

// "Can I use ice…?", "should I stop…?": the visitor asks whether they may do something.
const MAY_I = /^(can|could|should|may) (i|you|we)\b/;
// "Can he go for microneedling for wrinkles?": leave asked for the one the remark told of, too.
const MAY_ONE = /^(can|could|should|may) (i|you|we|he|she|they)\b/;

/** "Can I use ice for the redness?": asks whether the visitor may do something, not whether a thing is good. */
export function asksIfTheyMay(words: string[]): boolean {
  return asksIfAllowed(words) && MAY_I.test(words.join(' '));
}

// "How often?", "what should I not use after?": asks for a fact, where "should I be worried?" asks for a verdict.
const WH_QUESTION = /^(how|what|when|which|where|who)\b/;

/** "Where did you get this?", "how often?": a question asking for a fact, not a yes or no. */
export function asksForFact(words: string[]): boolean {
  return WH_QUESTION.test(words.join(' '));
}

// "Got one?", "know any?", "have you got a good one?": asks for one of whatever was just wanted; "is it same where you are
// sitting?" compares the visitor's weather or news with the bot's; "what do you think?" asks its opinion of it.
const CARRIES_ON_ASIDE =
  /^((and|so|ok|okay) )?((have|do) )?(you |u |ya )?(got|have|know)( of)? (one|any|some|a good one)( (then|tho|mate))?$|^((and|so) )?(is it|it s|its) (the )?same (where|there where) (you are|you re|u are|ur|you live|u live)( sitting| based| at)?$|^((and|so) )?what (do|would) (you|u|ya) (think|reckon|say)( yourself)?$/;

/** "Wife wants a brisket rub recipe. Got one?": a question that only carries on with the off-topic remark before it. */
export function carriesOnAside(words: string[]): boolean {
  return CARRIES_ON_ASIDE.test(words.join(' '));
}

/** Whether a word points back to the conversation ("is that safe?"), not into its own sentence ("something that works"). */
export function pointsBack(words: string[]): boolean {
  return words.some((w, i) => ANAPHORA.has(w) && !(w === 'that' && (RELATIVE_AFTER.has(words[i - 1] ?? '') || saysThat(words, i))));
}

// "My friends tell me that I look sleepy": "that" opens what was said, it points at nothing before.
const SAYING = new Set(['tell', 'tells', 'told', 'say', 'says', 'said', 'think', 'thinks', 'thought', 'know', 'knew', 'mean', 'means', 'hope', 'feel']);
const CLAUSE_SUBJECT = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'my', 'your', 'his', 'her', 'our', 'their']);

function saysThat(words: string[], at: number): boolean {
  return CLAUSE_SUBJECT.has(words[at + 1] ?? '') && words.slice(Math.max(0, at - 3), at).some((w) => SAYING.has(w));
}

/** "How long until they look smaller?": points back with a word that is not "it", which may be microneedling itself. */
export function pointsBackPastIt(words: string[]): boolean {
  return pointsBack(words.filter((w) => w !== 'it' && w !== 'its'));
}

// "How?", "wait but how??", "how tho if it pokes holes?", "how tho, it's holes", "how come, isn't it poking holes?", "how
// ah? poke hole somemore leh", "how tho, makes no sense": how the last answer comes about.
const BARE_HOW =
  /^((but|and|so|ok|okay|wait) )*how( come)?( (so|exactly|tho|though|then|ah|leh|lah|but|eh))*( (makes no sense|doesn t make sense|i don t get it|i dont get it|don t get it))?( (if|when|it s|its|isn t|isnt|ur|you re|youre) .*| (?!(long|often|many|much|soon|far|deep|big|small|to|do|does|did|is|are|can|could|should|would|will|am|was|were|bad|painful|safe)\b).*\b(holes?|poke|pokes|poking|prick|pricks|pricking|needles?|wounds?|damage|damaging|worse|jaggin|jabbing|stabbing)\b.*)?$/;

/** "How does that work?", "how does it shrink them?", "how?": points at what the last answer was about, not at microneedling. */
export function pointsAtLastAnswer(words: string[]): boolean {
  return (words.some((w) => LAST_ANSWER.has(w)) && pointsBack(words)) || asksHowItComesAbout(words);
}

// "Would it help them?", "is it any good for that?", "does it do anything?", "can it shrink them?": whether it improves a problem.
// "I'm starting to get wrinkles around my eyes. What can I do?": what would help it.
const ASKS_IF_IT_HELPS =
  /\b(help|helps|helped|any (good|use|help)|of (any )?use|(?<!\b(need|have|got) to )do (anything|something|much|owt)|worth (it|trying|a try|a go)|works? (on|for)|good for|shrink|tighten|fix|get rid of|improve|fade|lighten|brighten|reduce|clear up|make (them|it|those|these) (lighter|smaller|fade)|(go|get|become) lighter)\b|^((so|ok|okay) )?what (can|could|should) (i|we|she|he|they) do( about| for| with)?( it| them| this| that| those)?$|^what (do|would) (you|u) (recommend|suggest)$/;

/**
 * "Is this the kind of thing that helps with them?", "would it do anything?": asks whether microneedling improves something;
 * "do I need to do anything special?" asks what the visitor must do.
 */
export function asksIfItHelps(words: string[]): boolean {
  return ASKS_IF_IT_HELPS.test(words.join(' '));
}

// "How can I remove chickenpox scars?", "what are the treatments for a wrinkly neck?", "is there something that can be done
// for old surgical scars?", "Face Sagging- How to Treat?": on a microneedling site, what would treat a problem asks what
// microneedling does for it.
const TREATING = '(get rid of|remove|treat|fix|heal|fade|reduce|improve|lighten|minimise|minimize|shrink|tighten|smooth)';
const SEEKS_TREATMENT = new RegExp(
  `^(how (can|do|should|could|would) (i|you|we|one|u) ${TREATING}|what (can|could|should) (i|we|you|u|one) do (for|about|if|to ${TREATING})|what (is|are|s) the (best |most effective |main |available )?(treatments?|options?|cures?|remedies?|solutions?) (for|available)|((so |and )?what (is|are|s) the (best |most effective |easiest |quickest |main )?|(the )?(best|easiest|quickest|fastest) )ways? (to|of) ${TREATING}|how to ${TREATING}|(is|are) there (something|anything|a way|any way|any treatments?|a treatment)( that)? (can be done|could be done|i can do|to help|that helps?|for)|what (treatment )?options (are|do i have)|can (this|these|they|it|that) be (treated|corrected|fixed|removed|improved)|how (can|do|should|could) (i|you|we|one|u) (make|get) (my |the |these |those |them |it )?([\\w-]+ ){0,3}?(go away|disappear|fade|finer|smaller|tighter|smoother|less visible|less noticeable|less obvious|lighter))|what (do|would|can) you recommend for\\b|\\bhow to ${TREATING}( (it|them|this|that))?$`,
);

// "What do I do?", "how do I fix it?", "any advice?": what to do about the problem just told, which the question never names.
const WHAT_TO_DO_ABOUT_IT =
  /^((so|and|then|ok) )*(what (do|can|should|could) (i|we|one|u) do( about (it|this|that|them)| to (deal with|treat|fix|help|sort) (it|this|that|them))?( now| then)?|how (do|can|should|could) (i|we|one|you|u) (treat|fix|get rid of|deal with|sort) (it|this|that|them|these|those)|any (advice|suggestions|ideas|tips))$/;

/** Whether a bare question asks what to do about a problem told just before it. */
export function asksWhatToDoAboutIt(words: string[]): boolean {
  return WHAT_TO_DO_ABOUT_IT.test(words.join(' '));
}

/** Whether the question asks what would treat a problem. */
export function seeksTreatment(words: string[]): boolean {
  return SEEKS_TREATMENT.test(words.join(' ')) || asksWhatToDoAboutIt(words);
}

/**
 * "Would this tighten anything?", "does it do anything for wrinkles?", "would microneedling do anything for them?": whether
 * microneedling ("it", "this") would help.
 */
export function asksIfMicroneedlingHelps(words: string[]): boolean {
  // "How does microneedling work to improve texture?" asks how, not whether.
  return asksIfItHelps(words) && (words.includes('it') || words.includes('this') || (words.includes('microneedling') && !words.includes('how')));
}

// "Wait doesn't it just make more holes?", "how does stabbing your face make it better?", "so it's basically injuring the
// skin?", "needles in ur face tho": the doubt that piercing the skin could help. "Could the little holes get infected?" asks about the holes
// themselves, "could I have damaged my skin?" about harm done.
const DOUBTS_PIERCING =
  /\b(poke|pokes|poking|poked|make|makes|making|made|put|puts|putting|stab|stabs|stabbing|leave|leaves|pierce|pierces|piercing)( \w+){0,3} holes?\b|\b(?<!\b(is|am|are|was|were) (she|he|i|you|they|we) )(hurting|hurts|damaging|damages|injuring|injures|injure|stabbing|stab|pricking|prick|poking|wounding)( \w+)?( (your|ur|the|my|her|his))? (skin|face)\b|\b(hurting|damaging|injuring|wounding|poking|pricking|stabbing) (it|them|the skin|your skin|ur skin|skin) (help|helps|work|works|improve|improves|make (it|them|things|skin) better)\b|^(\w+ ){0,2}needles?( (in|into|on))? (your|ur|the|my|ya|yer) face( (tho|though|really|seriously|lol|omg|mate|eh))*( .*\b(safe|dangerous)\b.*)?$|^((so|wait|hold on) )*(it s|its|it is|they re|they are) (actual|real|literal|literally|proper) needles( (going|that go))? (in|into) (your|ur|the|my) (face|skin)$/;

/**
 * "But isn't it literally making more holes?", "but why does damaging it help": the doubt that piercing the skin could
 * improve it.
 */
export function doubtsPiercing(words: string[]): boolean {
  return DOUBTS_PIERCING.test(words.join(' '));
}

/** "How tho if ur literally poking holes?": how the last answer comes about, whatever the words after it resemble. */
export function asksHowItComesAbout(words: string[]): boolean {
  return BARE_HOW.test(words.join(' '));
}

// "Is it gonna rain Thursday?", "weather in Malaga next week?", "is it meant to be sunny in Leeds tomorrow?", "is this
// heat supposed to break by the weekend?", "is it gonna chuck it down all week in Brum", "is it gonna snow again?",
// "how much snow we gettin tonight", "is it this cold where you are?", "this heat is crazy", "cold enough for ya? -20
// windchill", "grim out there today", "is it colder in Reykjavik or London right now", "is it this hot in Kerala also",
// "it's siling down here, will it fair up by Thursday", "reckon the wind'll drop by tonight?", "is it going to be calm
// on Thursday for the boat?", "does it rain a lot there in march", "will it be dry enough tomorrow to hang the washing
// out": the weather.
const FORECAST =
  /\b(weather|forecast|siling|fair up|rain|rains|raining|rainy|(going to |gonna )?be (calm|rough|choppy) (on|for|tomorrow|today|tonight|this)|(gonna|going to|go|supposed to|meant to|forecast to) snow|(will it|is it (going to|gonna|meant to|supposed to)) (be|stay|keep) dry( enough)? (on|for|to|this|tomorrow|today|tonight|at the weekend)|(get|hang|put) (the )?washing out|(how much|any|more|much) snow|snow (we|are we|is|tonight|today|tomorrow|this week|this weekend)|snowfall|blizzard|lake effect|lashing|pouring|chuck it down|chucking it down|bucketing( it)? down|drizzle|drizzly|storm|storms|flood|flooding|floods|stormy|storming|typhoon|hurricane|cyclone|monsoon|thunder|thunderstorms?|snowing|windy|humid|humidity|uv index|heat index|southerly|northerly|westerly|easterly|(gonna|going to|meant to|supposed to) (hit|clear (up )?by)|surf report|the surf like|surf like|the swell|temperature|heat ?wave|(heat|cold snap|cold spell) (is )?(supposed to|meant to|going to|gonna|ever going to|ever gonna) (break|end|let up|ease)|(the )?wind (doing|like)|(the )?wind (ll|will|to|gonna) (drop|die down|ease)|blowing a (gale|hoolie)|gales?|wind ?chill|cold enough for (ya|you|u|ye))\b/;
const WEATHER_WHEN =
  /\bwhen (does|will) (the )?(summer|winter|heat|rain|rains|monsoon|cold) (end|finish|stop|break)\b|\b(is it|it s|its) (colder|warmer|hotter|sunnier|wetter|rainier) in\b|\bis it (this|that|so|as) (hot|cold|humid|warm|wet|rainy) (in|over|there)\b|\b(is it|it s|its) (blowing|blowin)( like this| a gale)\b|\b(is it|it s|its) (going to|gonna|supposed to|meant to) (warm up|cool (down|off)|get (warmer|colder))\b|\b(grim|miserable|dreich|horrible|bleak|glorious|gorgeous|lovely|freezing|baking|wild|wet) out there\b|\b(this|the) heat is (crazy|mad|insane|unreal|brutal|killing me|something else)\b|\b(this|the) heat (comin|coming)\b|\b(is it|will it|it s|its|it ll|itll)( gonna| going to)? be sunny\b|\b(is it|is it this|it s|its) (so |as |this )?(cold|hot|warm|chilly|freezing|sunny|humid|rainy|nesh|parky|bitter) where (you are|you re|u are|ur|you live|u live)\b|\b(sunny|hot|boiling|cold|freezing|baking|chilly|sunshine|roasting|scorching|scorcher)\b.*\b(today|tonight|tomorrow|tmrw|tmr|tomoz|weekend|later|this week|next week|all week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/;
// "Who do you reckon wins the old firm sunday", "whats the score of the suns game", "when does the AFL season start",
// "who go win EPL this season", "who'll win the brownlow this year", "who's pitchin for the O's tonight", "you follow
// golf at all? who ya got for the masters", "you watching the Super Eagles match tonight?", "u reckon the eagles have
// got any chance this year", "did u see the reds last night??", "did you see Wednesday lost again", "who's top scorer
// int championship", "is hull city gonna stay up this season", "will we stay up this season", "when brown shrimp season
// opens", "did ye see the dons on saturday?", "did lincoln red imps win last night?", "how is Fiji Drua doing this season":
// sport, and the seasons of the field.
const FIXTURES =
  /\b(score|scores|fixture|fixtures|league|liga|derby|six nations|afl|nfl|nba|nhl|mlb|mls|epl|ucl|ipl|world cup|grand prix|footy|football|soccer|cricket|rugby|the game|the match|superbowl|super bowl|playoffs|play offs|playoff|postseason|world series|stanley cup|the masters)\b|\bwho (ya|you|u) got\b|\bwho s (pitching|pitchin|batting|bowling|starting|playing) (for|tonight|today)\b|\bwho (won|wins|will win|is winning|s winning) the\b|\bdid (you|u|ya|ye) see (the )?\w+( \w+)? (lost|won|lose|win|play|beat|drew|draw)\b|\bdid (you|u|ya|ye) see the \w+ (on|at the|last) (saturday|sunday|monday|tuesday|wednesday|thursday|friday|weekend|night)\b|\b(see|saw|watch|watched|catch|catched|caught) the (reds|blues|toffees|gunners|spurs|magpies|hammers|saints|villa|foxes|wolves|rovers) (last night|yesterday|today|tonight|at the weekend|on (the )?(telly|tv))\b|\b(you|u|ya) (follow|watch|into) (the )?(golf|tennis|sports?)\b|\b(watching|watch|see|saw|catch) the (\w+ ){1,2}(game|match)\b|\b(got|have|has) any chance this (year|season)\b|\bwho( (do|d) (you|ya|ye) (reckon|think)| d| ll| will|s| go| gonna| going to)? (wins?|will win|win)\b|\bseason (start|starts|begin|begins|finish|finishes|end|ends|open|opens|opening|close|closes)\b|\b(top (scorer|goalscorer)|championship|premiership|premier league|title race|relegation|relegated|(gonna|going to|go|will|to|(will|would|can|could|do) \w+) stay up this season|(go|going|gonna) down this (year|season)|go down again)\b|\b(shrimp|shrimping|fishing|hunting|deer|duck|crab|oyster|crawfish|lobster|turkey|trout|salmon|bass|grouse|pheasant|cricket|football|hockey|baseball|basketball) season\b|\b(did|do|does|will) (the )?\w+ (win|lose|beat)\b|\b(did|do|does|will) (the )?\w+ \w+( \w+)? (win|lose|beat) (last night|yesterday|today|tonight|at the weekend|on (saturday|sunday))\b|\b(how|how s|how is|how are) (the )?\w+( \w+)? doing this (season|year)\b/;
// "Do you know if QLD school holidays start this Friday?", "when the spring term finishes at Manchester uni", "is line
// 1 delayed rn", "is the Scillonian sailing today", "does the blue line go to Revere", "is the 403 backed up right
// now", "load shedding again, when does stage 4 end?", "when's the Bluenose sailin out of Lunenburg", "whats the tide
// at Peel this evening", "when the bin lorry comes round", "when schools open for second term": the calendar, the
// timetable, the tides, the bins, the roads and the power; "what time high water is tomorrow", "after the spring tides",
// "the last sailing from Ullapool": the tides and the boats in the islands' words.
const CALENDAR =
  /\b(traffic|load shedding|power (cut|outage)|stage \d+ (end|ends|start|starts)|backed up (right now|now|today)|school holidays|half term|(spring|summer|autumn|fall|winter|first|second|third|1st|2nd|3rd) term|schools? (open|opens|reopen|reopens|close|closes|go back|goes back)|term (starts|start|finishes|finish|ends|end|dates)|(line \d+|train|trains|bus|buses|ferry|tube|subway|metro) (is |are )?(delayed|running late|cancelled|canceled)|(is|s) (the )?\w+ sailing|(is|are) sailing (the day|today|tomorrow|tonight)|(sailing|sailin) out of|tide times|(high|low) tide|(spring|neap) tides|what time (is )?(high|low) water|(high|low) water (is|at|today|tomorrow|tonight)|the tide (at|in|on|for|this|tonight|today|tomorrow)|bin (lorry|day|men)|bins (go out|get collected|collected)|sailings|sailing (today|tomorrow|tonight)|(last|first|next) sailing|(winter|summer|ferry|bus|train) timetable|(blue|green|orange|yellow|silver|purple|brown|pink|northern|central|district|circle|victoria|jubilee|piccadilly|elizabeth) line|line (goes|go|runs|run) (all the way )?to)\b/;
// "Is the red line runnin this weekend or is it shuttle buses", "what time does the last tram go out", "is the RMT strike
// still on": a timetable, however red or running it sounds.
const TIMETABLE =
  /\b(shuttle bus|shuttle buses|replacement bus|replacement buses|(last|first|next) (tram|train|bus|ferry|tube) (go|goes|leave|leaves|out)|strike (still )?on (for|fi|on|this|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(line|train|trains|bus|buses|ferry|tube|subway|metro|tram|trams) (is |are )?(running|runnin) (this|at the|on|tomorrow|tonight|today))\b/;
// "Do you know what grows well in shade? My hostas keep getting eaten by slugs", "when should I put in my fall tomatoes",
// "what time do most farms start milking?", "the best wormer for heifers", "owt good for greenfly": the garden
// and the farm themselves ("can I do the milking the next morning?" asks of a session).
const GARDENING =
  /\b(greenfly|blackfly|aphids|(farms?|cows?|herds?) (start|starts|get|gets) milked|(start|starts) milking|wormer|heifers?|what grows|grows? well|grow best|plants? (grow|for)|slugs?|snails|weeds|compost|seedlings?|pruning|hostas?|perennials?|(plant|planting|put in|grow|growing|water|watering) (my |the |some )?(\w+ )?tomatoes|tomato plants|tomatoes (have|got|keep)|blossom end rot|frost (gets|got|kills|killed))\b/;
// "Any good pancake recipes?", "how do I make fried rice for party?", "how fi season curry goat?", "ideas for bachelor
// party", "anyone have a quick dinner idea", "a good place for açaí in Miami Beach?", "lamb roast tonight, how long per
// kilo", "how much whisky goes in?", "any good shawarma spots in scarb", "a good present for our kid's 40th", "what
// would I bake, a tart or a sponge?", "what I can cook for her birthday party saturday", "a good present to get her for
// her 50th", "what gift can i buy her", "a good saree shop in Pettah", "some ideas to raise money for the roof": the
// kitchen, a plan, a shop or somewhere to eat ("how do I make my scars fade?" makes nothing).
const COOKING_AND_PLANS =
  /\b(per (kilo|kg|pound|lb)|how much (\w+ )?goes in|(good|best|nice|decent|cheap) \w+ (spots?|places?|restaurants?|takeaways?|shops?|stores?|boutiques?|tailors?) (in|near|round|around)|(cups?|grams|spoons?) of (rice|flour|sugar|water|milk|oil)|what (heat|temperature|temp|gas mark) (do|should|to|for)|welsh cakes|bakestone|(good|best|nice|decent) (place|places|spot|spots|restaurant|restaurants|cafe|cafes) (for|to eat|to get)|(good|best|nice|decent|cheap) (restaurants?|cafes?) (in|near|round|around)|recipe|recipes|how (do|to|can|should) (i|you|we|y all|yall) (make|cook|bake)(?! (my|your|the|them|it|these|those|her|his) (\w+ ){0,3}(go away|disappear|fade|smaller|finer|smoother|tighter|less visible)\b)|(party|gift|date|costume|name|dinner|lunch|breakfast|meal) ideas?|(good|nice|decent) (present|gift)s?( to (get|buy|give) (her|him|them|my \w+))? for|what (gift|present) (can|should|could|do|shall) (i|we) (buy|get|give)|ideas for|ideas (to|on how to|how to) (raise|make|save) money|raise money for|fundrais(er|ing) ideas|what (to|should i|shall i) (cook|make) for (dinner|tea|lunch)|(season|seasoning|marinate|marinating) (the |my |a )?(chicken|meat|goat|fish|rice|beef|pork|lamb|curry|steak)|curry (goat|chicken|lamb|beef|fish)|what (would|should|shall|will|could|can|do) (i|we|you) (bake|cook)|what (i|we) (can|could|should|shall|will|go) (bake|cook)|(tart|sponge|cake|scones|trifle|pavlova) or (a |an )?(tart|sponge|cake|scones|trifle|pavlova))\b/;
// "Will my face still be hot tomorrow?", "its sunny today, can I go outside?", "hot yoga tonight?", "can I play footy
// after?": the weather or the game as it touches the skin, a session or what the visitor means to do ("red rice" is no
// red face).
const OF_SKIN =
  /\b(skin|face|cheeks|redness|red(?! (rice|beans|velvet|wine|peppers?|onions?|sauce|meat|snapper|lentils|cabbage))|puffy|shower|showers|outside|outdoors|go out|going out|run|running|walk|walking|bbq|yoga|gym|sauna|workout|play|plays|playing|practice|practise|train|training|problem|what about|anything|sunscreen|spf|hat|sweat|sweating|sweaty|heal|heals|healing|recovery|recover)\b/;

// "Can you help me write an email to my landlord?", "write me an Instagram caption for our sunscreen sale", "write me a
// text to my boss", "write a lil thank you note fa my pastor", "can u help me with my essay on irish history", "help
// his lil brother with his fraction homework", "help with his math homework", "what's the Gaelic for 'wrinkle', the wee
// one's asking for her homework", "my nephew's homework says 3x plus 5 is 20, what is x": a writing task, a translation
// or homework.
const WRITING_TASK =
  /\b(write|draft|compose) (me |us )?(an?|my|the|some|our)? ?(\w+ ){0,3}(email|e mail|letter|caption|captions|essay|poem|story|script|code|cover letter|bio|tweet|post for|text|speech|toast|note)\b|\bhelp (me )?(with )?(my|his|her|their|our|an?|the|this) (\w+ ){0,2}(essay|homework|coursework|dissertation|thesis|maths|math|assignment|project)\b|\bhelp (\w+ ){1,5}(with|wid|wiv) (\w+ ){0,3}(homework|coursework|essay|assignment)\b|\bwhat s the (gaelic|irish|welsh|scots|french|spanish|german|italian|maltese|latin|arabic|hindi|urdu|tagalog|swahili|maori|chinese|japanese|korean|polish|portuguese) (word )?for\b|\b(for|with) (her|his|my|their|our) (\w+ )?homework\b|\bhomework (says|asks|question|questions|problem|problems|sum|sums)\b|\b(math|maths|grandson|granddaughter|son|daughter|nephew|niece) (math |maths )?homework\b|\bwhat is x\b|\bquiz me( \w+){0,5} (exam|exams|test|finals)\b|\b(grow|gain|more) (my )?(\w+ )?(followers|subscribers|views|likes)\b/;

// "Is the Co-op open bank holiday Monday?", "what to wear to church wedding", "whats best to wear to a wedding", "whos
// on at Hull New Theatre", "how to get red dirt outta a white tablecloth", "u know any cheap garages", "anywhere decent
// to get a phone screen fixed", "a nice old fashioned name for a wee girl", "how to send a photo on the whatsapp",
// "what song do u think is good", "a good hymn for the Mother Day program", "a good pattern for knittin mittens", "help
// us pick a baby name", "a good warm up for under 18s", "ken a good boozer?", "how do I get WhatsApp back on my
// phone?", "dey still sell fishin license at da walmart?", "my landlord raising the rent on the salon, can he do that
// mid lease", "any good wine thats on offer in tesco", "my phone keep saying storage full", "how to fix the router",
// "cheap phone case in Port Louis", "what bait's good for red drum": opening hours, the wardrobe, the wash, the car,
// the house and its rent, names, the phone, music, training, the pub, licences and offers, fishing, whatever gym, hat
// or red they name; a clinic's hours ("are you open sundays?") are a question of booking.
const OF_A_CLINIC = /\b(clinic|salon|spa|derm|dermatologist)s?\b/;
const ERRANDS =
  /\b((good|best|decent|nice) (pint|boozer|pub|bar)|(back )?on my (phone|laptop|tablet|computer|ipad)|(turn|switch) (off|on) (\w+ ){1,2}on (an |my |the |me )?(iphone|android|phone|laptop|ipad)|songs?|hymns?|playlists?|(knitting|knittin|crochet|sewing|yoke|jumper|cardigan|gansey|mittens?|scarf) patterns?|patterns? for (knitting|knittin|crochet|a jumper|mittens|a scarf|a cardigan)|good warm ?ups?|how (do i|to|can i|do you) (send|attach|upload|share|forward) (a |the |my )?(photo|picture|pic|video|voice note)|(phone|mobile|cell) to (send|take|receive|get) (photos|pictures|pics|texts|messages)|(windscreen )?wipers?|mot|(fishing|hunting|driving|drivers|driver s|marriage|dog|gun|tv) licen[cs]es?|(cheap|good|decent|local) (garages?|mechanics?)|(phone|screen) (fixed|repaired)|storage (is )?full|wifi|wi fi|router|broadband|internet (is )?(down|not working|slow)|phone (case|cover|cases|covers)|screen protector|(phone|laptop|computer|tablet) (keep|keeps) (saying|telling)|(good|best) bait|bait s good|bait for|(fish|drum|trout|bass|mackerel|snapper|cod) (are |is )?(biting|running)|rayburn|boiler|radiators?|names? for (a|my|the) (wee |baby |little |new )?(girl|boy|baby|puppy|dog|cat)|baby names?|on offer (in|at) (tesco|asda|aldi|lidl|sainsbury s|morrisons|the co op)|(my|the|our) landlord|(raising|put up|putting up|puts up) the rent|(mid|my|the) lease|(?!(you|yous|u|ya|ye|they|we|it|guys|folks|lot|clinics?|salons?|spas?|usually|normally|still|even|ever|also|all)\b)\w+ (open|opened|closed|shut) (on |till |until |til |at |over )?(the |a )?(bank holiday|public holidays?|christmas|boxing day|new year|easter|sundays?|weekdays|weekends?|\d+ ?(pm|am)|late)|(what|wat|wot)( s| is)?( best)? (do you|do u|should i|shall i|to|do i|does one|would you) wear (to|for)|(who s|whos|what s|whats) on at (the )?\w+|(which|what) colou?r (of )?(\w+ )?(is good|is best|should i wear|to wear|suits|would suit)|dress code|(outta|out of|off) (a |the |my |me |her |his )?(white |\w+ )?(tablecloth|shirt|blouse|carpet|rug|sofa|couch|jeans|sheets|duvet|pillowcase|collar))\b/;

/**
 * "Whats the uv index gonna be tomorrow in Kelowna", "who wins the six nations", "help me write an email to my landlord",
 * "any good pancake recipes?", "what grows well in shade?", "is the Co-op open bank holiday Monday?": the weather, sport, a
 * calendar, the kitchen, the garden, an errand or a writing task itself.
 */
export function asksAboutTheWorld(u: Understanding): boolean {
  const text = u.words.join(' ');
  if (!u.anchored && WRITING_TASK.test(text)) return true;
  if (!u.anchored && !u.weaklyAnchored && ERRANDS.test(text) && !mentionsSession(u.words) && !OF_A_CLINIC.test(text)) return true;
  if (!u.anchored && !u.weaklyAnchored && asksTimetable(u.words) && !mentionsSession(u.words)) return true;
  const worldly =
    FORECAST.test(text) || WEATHER_WHEN.test(text) || FIXTURES.test(text) || CALENDAR.test(text) || COOKING_AND_PLANS.test(text) || GARDENING.test(text);
  return (
    !u.anchored &&
    !u.weaklyAnchored &&
    worldly &&
    !OF_SKIN.test(text) &&
    !mentionsSession(u.words) &&
    !TREATMENT_DONE.test(text) &&
    !WEATHER_AS_CAUSE.test(text)
  );
}

// "She's worried it'll leave her blotchy", "I'm scared the needles will scar me": an effect feared, asked of without a question.
const FEARS_EFFECT =
  /\b(worried|worries|worry|scared|afraid|nervous|concerned|frightened|terrified|petrified)( that)? (it|microneedling|needling|the needles|they|the treatment) (ll|will|would|might|could|may|d|is going to|s going to|gonna)\b/;

/** "She's worried it'll leave her blotchy with dark patches": whether microneedling brings on what is feared. */
export function fearsEffect(words: string[]): boolean {
  return FEARS_EFFECT.test(words.join(' '));
}

/** "Is the red line runnin on time today?": a train's timetable, whatever "red" and "line" name on a face. */
export function asksTimetable(words: string[]): boolean {
  return TIMETABLE.test(words.join(' '));
}

// "Why have I got so many tho, is it the weather": the weather as the cause of what the skin shows.
const WEATHER_AS_CAUSE =
  /\bwhy\b.*\b(is it|could it be|was it|it s|its) (the|all the) (weather|wind|cold|rain)\b|\b(caused by|because of|due to) (the )?(weather|wind|cold|rain)\b/;

// "If I had it done Tuesday could I be out in the wind and rain Wednesday?": the weather asked of, in the days after a session.
const TREATMENT_DONE = /\b(had|has|have|get|gets|got|getting|having) (it|mine|one) done\b/;

// "ok ill skip it then lol", "might could squeeze it in when we go to town", "good, then i can focus study haha": the visitor
// says what they will do, asking nothing; "Then I call them myself", "I ask my GP then": in the present, as learners write it;
// "Understood. Will consult her gynaec only.": with the subject dropped.
const STATES_PLAN = new RegExp(
  `^((ok|okay|perfect|good|right|fine|ah+|oh|lol|ha+|haha+|hm+|ugh|dang|damn|cool|great|alright|then|so|very well|well|yeah|ya|yep|nah|sweet( as)?|cheers|lowkey|welp|guess|understood|noted)( |$))*(will (${PLAN_AFTER_WILL})\\b|i ll|ill|i will|i shall|i go (wear|use|buy|do|get|try|book|stay|put|ask|call)\\b|we ll|we will|we shall|i m gonna|im gonna|i am gonna|gonna|i might|might( could)?|i may|i can|then i can|i d better|(i )?(guess|reckon|think) (i (ll|d|will|would|can|could)|i m gonna|im gonna)|then i|(i|we) (call|ask|stay|let|make|go|try|wait|book|keep|use|leave|skip|do|get|take|buy|stick)\\b.*\\b(then|i think)\\b)`,
);

/** Whether the visitor only says what they will do: "ok ill skip it then lol". */
export function statesPlan(u: Understanding): boolean {
  return STATES_PLAN.test(u.words.join(' ')) && asksNothing([u.text, u.words.join(' ')]);
}

// "Just had my first session this morning!", "hey, just got my first derma roller in the post", "ok so I finally booked for my
// dark spots next week", "booked my first session for Saturday", "right im booked in for the 14th", "I've got my first
// session booked", "howzit, been doing the clinic sessions for my scars", "g'day, thinkin of bookin in", "ok so im finally
// looking into microneedling", "planning to do my first session thursday", "ive booked a consult for next week": news, not a
// question.
const TELLS_NEWS =
  /^((hi|hey|hiya|hello|ok|so|omg|also) )*((i|i ve|ive|we) )?(just|finally) (had|got|did|bought|ordered|booked|booking|finished|tried)\b|^((hi|hey|hiya|hello) )*(getting|having) my first\b|^((hi|hey|hiya|hello|ok|so|omg|also|right) )*(i m|im|i am|a m|i ve|ive|we re|were) (just |finally |all )?booked in for (my first|the \d+(st|nd|rd|th)?|next \w+)\b|^((hi|hey|hiya|hello|ok|so|omg|also) )*((i|i ve|ive|we) )?(just |finally )?booked my first\b|^((hi|hey|hiya|hello|ok|so|omg|also|right) )*(i ve|ive|i have|we ve|weve) (just |finally |now )?booked (a|my|the) (consult|consultation|appointment|appt)( for (next \w+|the \d+(st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow))?$|^((hi|hey|hiya|hello|ok|so|omg|also) )*(i ve|ive|i have) got my first (session|appointment|treatment|one) booked\b|^((hi|hey|hiya|hello|howzit|ok|so) )*((i ve|ive|i have) )?been (doing|having|getting) (the |my )?(clinic )?(sessions|treatments)( at (the|a) clinic)?( for my \w+( \w+)?)?$|^((hi|hey|hiya|hello|g day|gday|howdy|ok|so) )*((i m|im|i am|been|just) )?(thinking|thinkin) (of|about|bout) (booking|bookin|getting|gettin|trying|tryin|having)( (it|in|one|a session|a treatment|my first one))*( (soon|lol))?$|^((hi|hey|hiya|hello|ok|so) )*((i m|im|i am|been|just) )?(finally |just )?(looking|lookin|reading) (into|up on) (it|this|microneedling|dermarolling)$|^((hi|hey|hiya|hello|ok|so) )*((i m|im|i am) )?planning (to do|to have|to get|on doing|on having|on getting) my first (session|one|treatment)\b/;

// "I'm writing a blog post on microneedling, can you help me out?", "I work the front desk at a spa and have a few client
// questions if that's ok": who the visitor is, and that questions will follow.
const INTRODUCES =
  /\b(i m|im|i am) writing (a|an|my) (blog|post|article|piece|essay|paper|story)\b|\bi work (as|at|in|on|the|for)\b|\b(have|got) (a few|a couple of|a couple|some) (\w+ )?(questions|qs)\b/;
const ASKS_LEAVE = /\b(can|could|would) you help( me)?( out)?$|\bif (that s|thats|that is|it s|its) (ok|okay|alright|fine)$/;

/**
 * "Just had my first session this morning!", "I work as a practice nurse", "I'm booked in for my first one on Thursday":
 * news or who the visitor is, asking nothing yet. Where the visitor works ("at a day spa") or that they are booked is
 * no subject of a question; news may name the problem a session is for ("finally booked for my dark spots").
 */
export function tellsNews(u: Understanding, onlyTold: (topic: string) => boolean, treatedProblem: (topic: string) => boolean): boolean {
  const text = u.words.join(' ');
  const introduces = INTRODUCES.test(text) && !u.anchored && u.topics.every(onlyTold);
  if (introduces && (asksNothing([u.text]) || ASKS_LEAVE.test(text))) return true;
  return TELLS_NEWS.test(text) && asksNothing([u.text]) && u.topics.every((t) => onlyTold(t) || treatedProblem(t));
}

/** "I take warfarin btw", "he's also on accutane": a statement about the visitor or someone they ask for, not a question. */
export function tellsAboutThemselves(u: Understanding): boolean {
  return ABOUT_THEMSELVES.test(u.words.join(' ')) && !looksLikeQuestion(u.text);
}

/** "Why not every week?", "how come it's 4-6 weeks?", "wait why so long?": asks the reason for what the answer says. */
export function asksWhy(words: string[]): boolean {
  return /^((oh|sorry|wait) )*((i )?(meant|wanted|want) to ask( you)?( um| umm| uh| erm)? )?(why|how come)\b/.test(plainQuestion(words).join(' '));
}

// "Ahh only every 4 to 6 weeks, why so long": the answer read back, then its reason asked in a clause of its own.
const ENDS_ASKING_WHY = /[,;!?]\s*(why|how come)\b[^,;.!?]*[.?!]*\s*$/i;

/** Whether the message ends by asking the reason, after a remark that comes first. */
export function endsAskingWhy(text: string): boolean {
  return ENDS_ASKING_WHY.test(text);
}

// "Not even a rough number?", "approx range also fine only", "ballpark number?", "even rough": a figure asked for, however
// loosely.
const ROUGH_FIGURE =
  /^((seriously|so|but) )?(not )?(just |even )?(a |an |any )?(rough|ballpark|approx|approximate)( (idea|estimate|figure|guess|number|range|guide))?( (is |would be |also |is also )?(fine|ok|okay|good|enough))?( (then|though|tho|even|only|come on|throw me a bone|please|pls))*$/;

/** "Can you say that simpler?", "so is that a yes or no?", "what do you mean?", "what kind?": asks for the last answer again. */
export function asksToRestate(words: string[]): boolean {
  const plain = plainQuestion(words).join(' ');
  return RESTATE.test(plain) || ASKS_WHICH_KIND.test(plain) || ROUGH_FIGURE.test(plain);
}

/** "Not even a rough guide?": after a silence, presses for what it withheld; after an answer, asks for it again. */
export function asksRoughFigure(words: string[]): boolean {
  return ROUGH_FIGURE.test(plainQuestion(words).join(' '));
}

/** "How often should I exfoliate?" */
export function asksHowOften(words: string[]): boolean {
  return HOW_OFTEN.test(words.join(' '));
}

/** "Can I use toner after exfoliating?", "when to use snail mucin in my routine": about a habit, not a session. */
export function asksAboutHabit(words: string[]): boolean {
  const text = words.join(' ');
  return HABIT.test(text) && !SESSION_NOUNS.test(text);
}

// "How often will I need to go back after that?": how often to return for a session, whatever "after" suggests.
const RETURNING = /\b(go|come|going|coming|get) back\b|\breturn\b/;

// "Is it okay to do weekly?", "can I roll every day?", "should I go once a month?": whether a rate is all right.
const AT_A_RATE =
  /\b(weekly|daily|monthly|fortnightly|every (single |other |second |few |couple of |2 |3 |two |three )?(day|days|night|nights|week|weeks|month|months|fortnight)|(once|twice|two times|three times|\d+ times) a (day|week|month|fortnight))\b/;
// "So weekly is fine if you're keen?" checks the rate as surely as "is weekly fine?".
const ASKS_IF_RATE =
  /^(is it|is that|would it be|will it be|can i|could i|should i|do i|may i|am i able to|is doing it|can you|should you)\b|^(so |and |but )?(\w+ ){1,2}(is|s|would be) (fine|ok|okay|alright|all right|good)\b/;

// "So like once a school term-ish", "every couple of months then?", "so not weekly??": a rate the visitor offers back, in their
// own units.
const OFFERS_RATE =
  /^((so|ok|okay|right|oh|and) )*((like|about|roughly|around|maybe|approx|approximately) )*(once|twice|every|each) (a|an|per|every|each|other|\d+|two|three|few|couple)\b|^((so|ok|okay|right|oh|and|but) )*(not|never) (weekly|monthly|daily|fortnightly|every (day|week|month))( then| tho| though)?$/;

/** "So like once a school term-ish" after the interval: checks the interval against a rate of the visitor's own. */
export function offersRate(words: string[]): boolean {
  return OFFERS_RATE.test(words.join(' '));
}

/** "Is it okay to do weekly?", "can I do it every day?": whether to have it at a rate, which the interval answers. */
export function asksIfAtRate(words: string[]): boolean {
  const plain = plainQuestion(words).join(' ');
  return AT_A_RATE.test(plain) && ASKS_IF_RATE.test(plain);
}

// "What happens if I do it at 3 weeks?", "and 8 weeks, is that too long?", "what if I leave it 8 weeks instead?": a gap
// between sessions outside the article's 4-6 weeks; "in 8 weeks", "8 weeks away" and "14 weeks pregnant" are no gap.
const OTHER_INTERVAL =
  /(?<!\b(in|within|for|than|under|over|last|past|next|first|the|those|these) )\b(1|2|3|7|8|9|10|11|12|one|two|three|seven|eight|nine|ten|eleven|twelve) (weeks|wks)\b(?! (away|pregnant|out|to go|ago|later|from|before|till|until|left|time|after))/;
// What the visitor asks of that gap: its effect, whether it will do, or leave to wait that long.
const ASKS_OF_GAP =
  /\b(what if|what happens|what about|too (long|short|soon|much|far)|bad|problem|ok|okay|fine|alright|matter|matters|ruin|ruins|mess|undo|lose|reset|start over|harm|harmful|wreck|spoil|affect|wait|push|stretch|leave)\b/;
// How many sessions fit in the weeks before an event is a count, not a gap.
const FITS_IN = /\b(fit (in|into)|fits|squeeze|enough|sessions|wedding|before)\b/;

/** "And 8 weeks, is that too long?": the effect of sessions spaced other than the article's 4-6 weeks. */
export function asksOfOtherInterval(words: string[]): boolean {
  const text = words.join(' ');
  return OTHER_INTERVAL.test(text) && ASKS_OF_GAP.test(text) && !FITS_IN.test(text);
}

// "Is there a specific amount of time I need to wait between treatments?", "how long a gap between sessions?".
const WAIT_BETWEEN =
  /\b(wait|waiting|time|gap|space|spacing|break|interval)( \w+){0,2} between (my |the |each |two )?(microneedling |needling )?(sessions|treatments|appointments|procedures)\b/;

// "After the first time when do i go back", "when should I come back for the next one": when to return for a session;
// "when can I go back to work?" returns somewhere else.
const WHEN_TO_RETURN =
  /\bwhen (do|should|will|would|must|shall) (i|we|she|he|you|they) (go|come) back( (again|for (another|the next|my next|a second) (one|session|go|time)))?$/;

/** "How often do I go back?", "how long should I wait between sessions?": the interval between sessions. */
export function asksHowOftenToReturn(words: string[]): boolean {
  const text = words.join(' ');
  // "Why so long between sessions?" asks the reason for the interval, not the interval.
  return (HOW_OFTEN.test(text) && RETURNING.test(text)) || (WAIT_BETWEEN.test(text) && !saysWhy(text)) || WHEN_TO_RETURN.test(text);
}

// Spanish "y" ("and") reads as "why" in text-speak; a reason asked in words says so.
const SAYS_WHY = /\b(why|how come)\b/i;

/** "Why so long between sessions?", "how come?": the words ask a reason, wherever they stand. */
export function saysWhy(text: string): boolean {
  return SAYS_WHY.test(text);
}

/** "… after my session", "post-treatment": the question is tied to a treatment. */
export function mentionsSession(words: string[]): boolean {
  const text = words.join(' ');
  return SESSION_NOUNS.test(text) || AFTER_WORDS.test(text);
}

/** "Is retinol ok?", "can I use aloe vera?" */
export function asksIfAllowed(words: string[]): boolean {
  return ASKS_IF_ALLOWED.test(plainQuestion(words).join(' '));
}

// "Would microneedling make me bleed loads?": what the treatment would do to the one just told of.
const WHAT_IT_WOULD_DO =
  /^(would|will|could|can|does|might) (it|microneedling|this|that|the treatment|needling) (make|cause|give|trigger|affect|hurt|harm|damage|worsen|irritate|interfere|react|be (bad|dangerous|risky|a problem))\b/;

/**
 * "Can I microneedle over the scar?", "is retinol ok?": whether something is allowed, in any words; "would microneedling make
 * me bleed loads?" asks it of what it would do.
 */
export function asksLeave(words: string[]): boolean {
  const plain = plainQuestion(words).join(' ');
  return asksIfAllowed(words) || MAY_ONE.test(plain) || WHAT_IT_WOULD_DO.test(plain);
}

// "And a roller for home?", "n a roller off amazon?": the last question asked again of something else.
const ASKS_SAME_OF = /^(and|n|plus|also|what about|how about|same for)\b/;
// "And if I do it at home how often?", "and what do they use at the clinic?" ask a question of their own; "what about doing
// it at home then" offers another way.
const ASKS_OWN_QUESTION =
  /\b(how (often|long|many|soon)|what|when|why|which|who|where|can|could|is|are|(?<!to )do|does|did|should|would|will|possible|thing|after|before|(?<!for )doing|buying|instead|same)\b/;

/** "And a roller for home?" just after an answer: the same question, of what it names, with none of its own. */
export function asksSameOf(words: string[]): boolean {
  const text = words.join(' ');
  const opener = ASKS_SAME_OF.exec(text);
  return opener !== null && !ASKS_OWN_QUESTION.test(text.slice(opener[0].length));
}

/** "And showering?", "how about vitamin C?" */
export function followsOn(words: string[]): boolean {
  return FOLLOWS_ON.test(words.join(' '));
}

/** "Derma roller or pen, which one is best?", "is that the same thing?": weighs two things against each other. */
export function weighsTwo(words: string[]): boolean {
  const text = words.join(' ');
  return COMPARING.test(text) || /\b(best|same thing|which one)\b/.test(text);
}

/** "Would a laser be better for my scars?": asks which of two is the better choice. */
export function asksWhichIsBetter(words: string[]): boolean {
  return PREFERS.test(words.join(' '));
}

/** "Is Botox better?": a comparison whose other side is the conversation's subject. */
export function comparesWithUnnamed(words: string[]): boolean {
  const text = words.join(' ');
  // "Is it better than Botox?": "it", before the comparison, is the side the conversation supplies.
  const comparison = COMPARING.exec(text);
  if (!comparison) return false;
  const before = text.slice(0, comparison.index).split(' ');
  return !BOTH_SIDES.test(text) || OPENS_COMPARISON.test(text) || pointsBack(before) || POINTED_SIDE.test(text);
}

const LOOKS_LIKE_HAD = /\blooks? like (you|i|someone|she|he)( ve| have| just)? (had|got|did)\b/;

/** "Will you look like you had a chemical peel?": the look after a session, held up against the other treatment's. */
export function likensTheLook(words: string[]): boolean {
  return LOOKS_LIKE_HAD.test(words.join(' '));
}

/** "It's been like 5 hours", "day 4 and still red": how long something has lasted so far. */
export function reportsElapsedTime(words: string[]): boolean {
  return ELAPSED.test(words.join(' '));
}

// "Do you do spray tans?", "do you lot do bridal makeup trials?": what the business offers.
const ASKS_WHAT_IS_OFFERED = /^((hi|hey|hello|ok|also|and|so) )*((do|does) (you|u|you guys|you lot|y all|yall|ya|they) (do|offer|sell|have|provide|stock))\b/;

/** "Do you sell gift cards?": asks what the business offers, not what the article says. */
export function asksWhatIsOffered(words: string[]): boolean {
  return ASKS_WHAT_IS_OFFERED.test(words.join(' '));
}

/** "Could I add a chemical peel between sessions?" */
export function asksAlongside(words: string[]): boolean {
  return ALONGSIDE.test(words.join(' '));
}

// "What is", "what even is", "what's": how a visitor asks what something is.
// "What on earth is it?", "what in the name of god is microneedling": the intensifier asks the same.
const WHAT_IS = '(what( even| actually| exactly| on earth| in the world| in the name of god| the heck| the hell)? (is|s)|whats)';
// "So what even is microneedling?", "what does it actually do?": what microneedling is or does.
const WHAT_MICRONEEDLING_IS = new RegExp(`\\b${WHAT_IS} (it|this|microneedling)\\b|\\bwhat (does|do|s) (it|this|microneedling) (even |actually )?do\\b`);

/** "So what even is microneedling exactly?": asks what microneedling is or does, a question of its own. */
export function asksWhatMicroneedlingIs(words: string[]): boolean {
  return WHAT_MICRONEEDLING_IS.test(words.join(' '));
}

// "What even is microneedling, my sister keeps going on about it", "c'mere what is this microneedling thing everyone…": a
// message that opens by asking what microneedling is;
// "what is microneedling aftercare?" asks of the aftercare.
const OPENS_ON_WHAT_IT_IS = new RegExp(
  `^((so|ok|okay|and|but|hi|hii|hey|hello|hiya|heya|yo|oi|um|hmm|honey|hun|babe|love|girl|mate|bro|c mere|cmere|listen) )*${WHAT_IS} ((this|that|the) )?microneedling( thing| stuff)?\\b(?! (for|good|like|used|done|called|made|supposed|meant|aftercare|after care|results|recovery|downtime|cost|price|pen|pens|session|sessions|side)\\b)`,
);

// "ok so i keep seeing derma rollers all over my fyp what even is microneedling", "…whats this microneedlin business anyhow?":
// a message that ends by asking it.
// "…what does the article say microneedling actually is": the same, asked of the article.
// "…someone at the braai said microneedling. what is it exactly?": "it" is the word just said.
const ENDS_ON_WHAT_IT_IS = new RegExp(
  `\\b${WHAT_IS} ((this|that|the) )?microneedling( thing| stuff| business| caper| lark| malarkey| craze| trend)?( (exactly|even|actually|then|tho|though|anyway|anyhow|lol))*$|\\bwhat does (it|the article) say microneedling( actually| even| really)? is$|\\bmicroneedling( (so|ok|and|but))? ${WHAT_IS} it( (exactly|even|actually|then))*$`,
);

// "Ok different thing, my sister uses a derma pen, what even is that": a message that ends asking what something is.
const ENDS_ASKING_WHAT_THAT_IS = new RegExp(`\\b${WHAT_IS} (that|this|those|these|it)$`);

/** "…my sister uses a derma pen, what even is that": asks what the thing just named is, whatever else the words weigh. */
export function endsAskingWhatThatIs(words: string[]): boolean {
  return ENDS_ASKING_WHAT_THAT_IS.test(words.join(' '));
}

// "…bro her skin was GLOWING. like what even is it exactly": a message that ends asking what "it" is.
const ENDS_ASKING_WHAT_IT_IS = new RegExp(`\\b${WHAT_IS} it( (exactly|even|actually|then|tho|though|anyway|lol))*$`);

/** "…like what even is it exactly": asks what "it" is, at the end of the message. */
export function endsAskingWhatItIs(words: string[]): boolean {
  return ENDS_ASKING_WHAT_IT_IS.test(words.join(' '));
}

// "Whats a derma roller actually?", "what even is the roller": asks what a thing is.
const ASKS_WHAT_A_THING_IS = new RegExp(`\\b${WHAT_IS} (a|an|the|this|that)\\b`);

// "What is a dermatologist?": who a practitioner is, a question about a profession rather than about microneedling.
const WHAT_A_PRACTITIONER_IS = new RegExp(
  `^((so|ok|okay|and|but|hi|hey) )*(${WHAT_IS}|what are|who (is|s|are)|whos) (a |an |the )?(dermatologist|derm|esthetician|aesthetician|facialist|beautician|cosmetologist|skin therapist|plastic surgeon)s?( exactly| actually| anyway)?$`,
);

/** "What is a dermatologist?", "who are estheticians?": asks only what a practitioner is. */
export function asksWhatAPractitionerIs(words: string[]): boolean {
  return WHAT_A_PRACTITIONER_IS.test(words.join(' '));
}

/** "Whats a derma roller actually?": asks what a thing is, wherever in the message. */
export function asksWhatAThingIs(words: string[]): boolean {
  return ASKS_WHAT_A_THING_IS.test(words.join(' '));
}

/** "What even is microneedling, my sister keeps going on about it": asks what it is, whatever the words after it. */
export function opensOnWhatMicroneedlingIs(words: string[]): boolean {
  return OPENS_ON_WHAT_IT_IS.test(words.join(' '));
}

// "What is microneedling anyway, my colleague won't shut up about it", "what even is microneedling, the wife keeps sendin me
// tiktoks": the question, then a clause of the visitor's own.
const TELLS_AFTER_WHAT_IT_IS = new RegExp(
  `${OPENS_ON_WHAT_IT_IS.source}( (anyway|though|tho|then|exactly|even|again|abeg|please|pls|plz|lol))? (my|i|me|everyone|everybody|people|all|she|he|they|someone|so|the (wife|husband|hubby|missus|mrs|kids|girls|lads|boss))\\b`,
);

/** "What is microneedling anyway, my colleague won't shut up about it": what the words after the question tell is no subject. */
export function tellsAfterWhatMicroneedlingIs(words: string[]): boolean {
  return TELLS_AFTER_WHAT_IT_IS.test(words.join(' '));
}

const ENDS_ON_MICRONEEDLING = /\bmicroneedling( then| though| tho| instead| too)?$/;

/** "And for microneedling?", "what about microneedling then": a question asked again, of microneedling. */
export function endsOnMicroneedling(words: string[]): boolean {
  return ENDS_ON_MICRONEEDLING.test(words.join(' '));
}

/** "…all over my fyp what even is microneedling": asks what it is, whatever the story before it. */
export function endsOnWhatMicroneedlingIs(words: string[]): boolean {
  return ENDS_ON_WHAT_IT_IS.test(words.join(' '));
}

// "My sister says I shouldn't use it after. Is she right?", "is that true?": whether what the remark before it reports is so.
// "Is that in line with what the article recommends?", "does that match the article?": the claim held against the article.
// "Client asked me if it shrinks pores. What does the article say?": the article's word on the question told.
const CHECKS_CLAIM =
  /^((so|and|but|ok) )?((is|was|are) ((she|he|they|that|this|my \w+|the \w+) (right|correct|true|wrong|accurate)|it true)|(is|does) (that|this) (consistent with|inconsistent with|match|agree with|go against|contradict) (what )?(the article|it|you)|(does|do) (the article|it|you) agree)\b|^((so|and|but|ok) )?what (does|do|did) (the article|it) (say|says)( about (it|that|this|them))?$|^((so|and|but|ok) )?(what s|whats|what is) (the article s|its|the) (explanation|reasoning|logic|take)( (then|on (it|that|this)))?$/;

/** "Is she right?", "what's the article's explanation?": asks what the article holds of what was just told, naming nothing of its own. */
export function checksClaim(words: string[]): boolean {
  return CHECKS_CLAIM.test(words.join(' '));
}

// "Would I need a lot of treatments?", "how many visits?", "would that take ages?", "gonna take a while then huh", "how many
// will I need in total", "so how many total", "how many times in total must I come", "is it the same amount of goes for
// everybody?", "and for the pores, same number?": the number of sessions, in the visitor's words.
const HOW_MANY_SESSIONS =
  /\b(a lot of|lots of|loads of|a bunch of|a ton of|many|several|how many|a few|same (amount|number) of|amount of|number of) ((microneedling|needling) )?(sessions|treatments|visits|appointments|rounds|goes)\b|\btake (ages|forever|a while|a long time|long)\b|\bhow many times (in total|total|altogether|all in)\b|\bsame (number|amount)$|\bhow many ((will|would|do|should|must) (i|you|u|she|he|we|they|people|most people) (need|have|get)|total|in total|all in|altogether|all together)\b/;

// "How many words should my essay be?", "how many steps a day?": a count of something other than sessions, time or the needles.
const COUNTS_SOMETHING_ELSE =
  /\bhow many (?!(sessions|treatments|treatmnts|times|goes|visits|appointments|appts|sittings|rounds|passes|trips|runs|reps|rolls|uses|services|units|seshs|needles|holes|punctures|pins|layers|drops|weeks|days|hours|hrs|months|minutes|mins|years|yrs|nights|decades|seasons|benefits|grams|does|was|has|this|is)\b)[a-z]{3,}s\b/;

/** "How many followers do I need?" */
export function countsSomethingElse(words: string[]): boolean {
  return COUNTS_SOMETHING_ELSE.test(words.join(' '));
}

/** "Would I need a lot of treatments?" */
export function asksHowManySessions(words: string[]): boolean {
  return HOW_MANY_SESSIONS.test(words.join(' '));
}

/** "Can microneedling cause hyperpigmentation?" */
export function asksCause(words: string[]): boolean {
  return CAUSING.test(words.join(' '));
}

/** "When can I exfoliate after microneedling?" */
export function asksWaitingTime(words: string[]): boolean {
  return WAITING.test(plainQuestion(words).join(' '));
}

/** "What is …", "what are …", "so what exactly is …". */
export function isDefinition(words: string[]): boolean {
  return DEFINITION.test(plainQuestion(words).join(' '));
}

/** "What causes wrinkles?", "why does skin go saggy?" */
export function asksForCause(words: string[]): boolean {
  return CAUSE_QUESTION.test(plainQuestion(words).join(' '));
}

/** "What are acne scars?", "what causes pigmentation?", "why do I get …", "but first, what really causes …". */
export function isDefiningQuestion(words: string[]): boolean {
  const text = plainQuestion(words).join(' ');
  return DEFINING_QUESTION.test(text) && !ASKS_A_MEASURE.test(text);
}

// "What is the number of sittings required for acne scars?", "what's the usual gap for stretch marks?", "what is the best
// treatment for my acne scars?": a measure of the treatment for a problem or a way to treat it, not what the problem is.
const ASKS_A_MEASURE =
  /^what( is| are| s|s) the (usual |normal |typical |recommended |ideal |right |best |total |exact |most effective |main )?(number|amount|count|cost|price|time|length|duration|frequency|interval|gap|schedule|treatment|treatments|option|options|cure|cures|remedy|remedies|solution|solutions)\b|^what( is| are| s|s) the (best|most effective|recommended) (\w+ ){1,3}(treatment|treatments|option|options)\b/;

// "What does retinol do?", "how do I know if I have ice pick scars?": about the thing itself, not about microneedling.
const ABOUT_THE_THING =
  /^what (does|do|can) (?!(it|this|that|they|microneedling|the article|you|i|we)\b)\w+( \w+)? do\b|^how (do|can|would) (i|you) (know|tell) if (i|you) (have|ve got|got)\b/;

/** A defining question, or one about what a thing does or whether one has it. */
export function asksAboutTheThing(words: string[]): boolean {
  return isDefiningQuestion(words) || ABOUT_THE_THING.test(plainQuestion(words).join(' '));
}

/**
 * "What are derma rollers?", "what are smoker's lines?", not "what are the benefits for pores?": a defining question
 * whose rest is only topic words and words the domain does not know.
 */
export function namesOnlyTopics(u: Understanding): boolean {
  return opensOnlyTopics(u, DEFINING_QUESTION) || opensOnlyTopics(u, ASKS_WHAT_IT_SAYS);
}

// "What does the article say about acne?", "does your article say anything about acne at all?", "tell me about pores": what
// the article holds on a topic, nothing narrower.
const ASKS_WHAT_IT_SAYS =
  /^(what (does|do|did|s) (the article|your article|it|you)( at least)? (say|says|have|know|mention)( to say)? (about|on)|(does|did) (the article|your article|it|you) (say|mention) (anything|much) (about|on)( treating)?|tell me about)\b/;

// "Older skin", "my face": the words every topic of the article's shares name no narrower question.
const SHARED_WORDS = new Set(['skin', 'face']);

function opensOnlyTopics(u: Understanding, opening: RegExp): boolean {
  const positions = plainPositions(u.words);
  const prefix = opening.exec(plainQuestion(u.words).join(' '))?.[0];
  if (!prefix) return false;
  const mentioned = new Set(u.mentioned);
  const foreign = new Set(u.foreignWords);
  const rest = positions.slice(prefix.trim().split(' ').length);
  return rest.every((i) => mentioned.has(i) || isStopWord(u.words[i]) || foreign.has(u.words[i]) || SHARED_WORDS.has(u.words[i]));
}

/** Where the question's words are, past a leading "but first" and without intensifiers, for matching how it opens. */
function plainPositions(words: string[]): number[] {
  let start = 0;
  while (start < words.length && OPENING_FILLER.has(words[start])) start += 1;
  return words.map((_, i) => i).filter((i) => i >= start && !INTENSIFIER.has(words[i]) && !ADDRESS.has(words[i]));
}

function plainQuestion(words: string[]): string[] {
  return plainPositions(words).map((i) => words[i]);
}

const SETS_ASIDE = new RegExp(`\\b${SETTING_ASIDE}\\b`);

/** "Anything else besides the redness?": asks for the whole answer, not for more than the part set aside. */
export function setsAside(words: string[]): boolean {
  return SETS_ASIDE.test(words.join(' '));
}

/** "Is that from the article?" points back at the last answer, "are you sure?" asks about it; "sounds made up" only remarks. */
export function speaksOfLastAnswer(u: Understanding, restates: 'pointed' | 'asked' | undefined): boolean {
  return restates === 'pointed' ? pointsBack(u.words) : restates === 'asked' && looksLikeQuestion(u.text);
}

// "What exactly does it say?", "quote it", "word for word please", "is that your interpretation or does it literally say
// that?", "…or is that your gloss?": the article's own words for the last answer.
const ASKS_FOR_WORDING =
  /\b(exact (words?|wording|text|lines?|sentences?|quote|phrasing)|(does|did) (it|the article) (literally|actually) say (that|this|so)|(your|ur) (own )?(interpretation|opinion|reading|words) or\b|\bor (is that|is it|are you) (your|ur|just your) (own )?(gloss|interpretation|inference|opinion|reading|words|paraphrase)\b|\bquote (it|that|this|the article|the line|the part|that part|me)\b|^quote( (pls|please))?$|word for word|verbatim|original (text|wording|words|sentences?)|what (exactly )?(does|did) (it|the article) (say|write|claim|state) exactly|what exactly (does|did) (it|the article) (say|write|claim|state)( there| about (it|that|this))?$|where (exactly |abouts )?(does|did) (it|the article) (say|state|write)( that| this| so| it)?$|where (exactly |abouts )?(does|did) (it|the article) (mention|talk about)\b|where in the article\b|^(cite|source|show me) (where|the (line|part|bit|sentence))( (it|the article) (says|said|states|mentions) (that|this|so|it))?$|which (part|bit|section|line)( of the article)? (says|said|mentions)\b)/;

export function asksForWording(words: string[]): boolean {
  return ASKS_FOR_WORDING.test(words.join(' '));
}

// "Is microneedling invasive?", "is it really vegan?": one quality asked of microneedling.
const IS_IT_SO = /^((so|and|but) )?(is|isn t|isnt) (microneedling|it|this|needling)( (really|actually|very|too|quite))? (?<quality>\w+)$/;

/** "Is microneedling invasive?": the one word asked of microneedling, if that is all the message asks. */
export function qualityAsked(words: string[]): string | undefined {
  return IS_IT_SO.exec(words.join(' '))?.groups?.quality;
}

// "Is it true stress causes wrinkles?", "what does it mean…": an "it" that stands for no thing.
const DUMMY_IT = /^(what does it mean|is it true|how is it that|is it possible)\b/;

/** Whether the question opens on an "it" that points at nothing ("is it true that…"). */
export function opensOnDummyIt(words: string[]): boolean {
  return DUMMY_IT.test(words.join(' '));
}

// "Mine is just acne scars. Is that more or less?", "would scars need fewer?", "so faster or slower?", "dat one quicker?": a count
// weighed up or down.
const WEIGHS_COUNT =
  /\b(more or (less|fewer)|(less|fewer) or more|(faster|quicker) or slower|slower or (faster|quicker)|(one|that|it|they)( any)? (quicker|faster|slower)$|(more|fewer|less) (sessions|goes|treatments|rounds|times)|need (more|fewer|less)|take (more|fewer|less)|(more|fewer|less) then)\b/;

/** Whether the message asks if a count is higher or lower: after the sessions, of the problem it names. */
export function weighsCount(words: string[]): boolean {
  return WEIGHS_COUNT.test(words.join(' '));
}

// "And after, what would my face be like?": how the skin is right after a session, however much "after" sounds like
// aftercare.
const LOOKS_LIKE_AFTER = /\bwhat (will|would|ll|is|s|does) (my|your|the|her|his) (face|skin) (be|look|feel)( \w+)? like\b/;

/** Whether the message asks what the skin is like after a session. */
export function asksHowSkinIsAfter(words: string[]): boolean {
  const text = words.join(' ');
  return LOOKS_LIKE_AFTER.test(text) && /\bafter(wards?)?\b/.test(text);
}

// "Say after the baby then, how often would I go?": how often to come for sessions, whatever "after" suggests.
const HOW_OFTEN_TO_GO = /\bhow often (would|should|do|can|will|must|could) (i|you|we|she|he|they) (go|come|come in|go back|get it done|have it done|book)\b/;

/** Whether the message asks how often to come for a session. */
export function asksHowOftenToGo(words: string[]): boolean {
  return HOW_OFTEN_TO_GO.test(words.join(' '));
}
