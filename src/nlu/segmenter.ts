/** What a visitor says they will do with the subject dropped: "will ask my clinic", "will discuss with him". */
export const PLAN_AFTER_WILL =
  'ask|check|look|try|book|call|ring|phone|email|text|message|contact|google|search|bring|wear|buy|grab|think|see|go|get|let|keep|talk|speak|chat|consult|discuss|consider|decide|find|read|be back|pass|plan|do|bear|remember|tell|mention|wait|stick|follow|note|sort|give|take|leave|avoid|stop|skip|hold|carry|pack|show this|show it|send this|send it|share this|forward this|revert|definitely|probably|def';
// A clause that starts like a question is a second question: "what are the benefits and how often?".
// "(I) will ask my clinic", "will pass it on", "(it) would save me so much concealer" drop their subject; "will it hurt?" asks.
// "U know if the red line is runnin today" asks without its "do".
const QUESTION_START = new RegExp(
  `^(how|what|what's|whats|wat|wats|wut|when|where|where's|wheres|why|which|who|is|are|can|could|do|does|did (you|u|ya|ye|they|he|she|we|the|your)|have (you|u|ya|ye) (a|an|any|got)|should|will(?! (${PLAN_AFTER_WILL})\\b)|would(?! (save|be|love|like|rather|prefer|mean|probably|definitely|really|also|never|have)\\b)|any|am i|(you|u|ya|ye) know (if|whether))\\b`,
);
// "Do you also do peels?": "also" inside a clause joins nothing; after a comma it starts the next question.
// "how often do i go an how long is the redness", "how long between sessions pis how long…": "an" for "and", and Quebec "pis",
// before a question word.
const JOINERS = /\s*(?:,\s*)?\b(?:and also|and|plus|(?:an|pis)(?= (?:how|what|wat|when|why|where)\b))\s+|\s*,\s*also\s+|^also\s+|\s*;\s*/i;
// "What is it, how does it work, and is it worth it?": a list of questions; one comma is usually a clause.
// "What, if anything, can be done…" sets "if anything" apart inside one question.
const LISTED_QUESTION = /(?<!\bif anything)\s*,\s*(?=(?:how|what|when|where|which|who|why|is|are|can|does|do|will|should)\b)/i;
// "What causes wrinkles, What are the treatment options?": a capital after the comma starts a question of its own.
const CAPITALISED_QUESTION = /\s*,\s*(?=(?:How|What|When|Where|Which|Who|Why|Is|Are|Can|Does|Do|Will|Should)\b)/;

// "How many times a year, and it is painful?": a statement with a question mark after "and" is a question of its own.
const ASKED_AS_STATEMENT = /^(it|that|this|they) (is|s|are|will|would|can)\b[^?]*\?$/;

// "Which is better, and why?": a lone question word asks about the clause before it; "how and why do they occur?" pairs
// it with the next.
const BARE_QUESTION_WORD = /^(why|how)\W*$/i;
// "How often and how long does it need to be used?": a bare "how often" shares the verb of the question after it;
// "how often, also how many sessions?" asks two.
const BARE_HOW_OFTEN = /^how (often|long|many|much)\W*$/i;
const SHARES_VERB = /^(also )?how (often|long|many|much|soon) (do|does|did|is|are|should|can|could|would|will|must)\b/i;
// "…and roughly how much does each one cost?": a hedge before the question word still opens a question.
const HEDGE = /^(roughly|approximately|approx|just|then) /;
// "…till I can go back and do it again": "do it" goes on with the clause's verb, it asks nothing of its own.
const SAME_CLAUSE_VERB = /^do (it|that|this|them) (again|once more)\b/i;
// "My grandson has dreadful acne and is miserable about it": how the person just named feels goes on with their clause; a
// question would name whom it asks about ("is he worried?").
const FEELING_GOES_ON =
  /^(is|are) ((so|really|very|quite|pretty|always|getting|feeling|a bit|kind of|kinda|totally|absolutely) )*(miserable|upset|sad|depressed|embarrassed|self.?conscious|anxious|worried|nervous|desperate|fed up|gutted|devastated|insecure|unhappy|down|mortified|distraught|stressed|frustrated)\b/i;
// "Dermaroller vs. microdermabrasion which one is better": a heading that asks, without a question mark.
// "Mine are on my thighs, is that ok", "… in 5 days, should i reschedule", "spf or is a hat fine", "thats fine to do right": a
// question asked at the end; "she's got a do on saturday, will she be ok to wear foundation by then" asks leave; "reckon
// microneedling would do anything for them" asks without its "do you"; "this one reduce or not" asks without its "can";
// "spf 30 enough or must 50" weighs two without a question mark; "unrelated but have u a good wheaten bread recipe" asks
// without one; "ok but it does help scars right" asks by its tag.
// "am on blood pressure tablets, that awright wi this": whether it is all right, the verb left out; "ok but it heals right":
// a statement turned into a question by its tag. "if i get it done thursday will my face still be red": a question after its
// if-clause; "…i sing in the church choir, will my face still be red": after a comma, of what is the visitor's.
const INNER_QUESTION =
  /\b(which (one|is|are)|what (is|are)|how (do|does|often|long|many|much)|why (is|do|does))\b|(?<!\bto )\b(is|are|can|could|should|will|would|do|does) (that|it|this|i|we|you|microneedling|needling)( \w+){0,4}$|,\s*(is|are|can|could|should|will|would|do|does) (that|it|this|i|we|you|u|y ?'?all|you guys|microneedling|needling|my|your|her|his|our|their) \w+|\bor (is|are|would|will|does|do) (\w+ ){1,3}(fine|ok|okay|enough|alright|better|good|needed)$|\b(fine|ok|okay|safe|normal|alright|good|allowed|true)( to \w+( \w+)?)?,? (right|yeah|yea|ya|innit|eh|hey)$|\b(it|that|this|skin) \w+s( (up|back|away|over|off|fine|ok|okay|properly|normally|quickly))?,? (right|yeah|yea|innit|eh)$|\b(will|would|can|could|should|is|are) (she|he|they|i|we|you|it) (be )?(ok|okay|fine|alright|able|allowed) (to|having|doing|getting)\b|\b(will|would) (i|she|he|they|we|you) look\b|^((hey|yo|so|random but|ok|btw|oh) )*(y ?'?all|you|u|ya) (reckon|think|know (a|any|anywhere|where))\b|^((\w+ )?but )?(have|got) (you|u|ya|ye) (got )?(a|an|any) \w+|\b(it|that|this) (does|do|will|can|should) \w+( \w+){0,3},? (right|yeah|yea|innit|eh)$|^((hey|yo|so|ok) )*reckon (it|that|this|microneedling|needling|a (derma ?roller|pen))\b|\b(or not|anot)( (ah|lah|leh|ar|huh|eh))?[.!]*$|\benough or\b|,\s*(that|this|it|thats|that s|its|it s) (alright|awright|ok|okay|fine|safe|allowed)( (with|wi|for|to) \w+( \w+)?)?$|^(if|once) .+\b(will|would|can|could|should|is|are|am) (i|my|it|she|he|we|you|they)\b/;

// "ok but like do they numb u?", "lol ok fine does this stuff do anything for big pores", "while I'm here, is…": fillers,
// a grudging "fine" and a "while I have you" pile up before the question.
const LEADING_CONJUNCTION =
  /^((but|and|so|ok|okay|fine|well|also|btw|by the way|hi+|hey+|hello+|hiya|lol|ngl|tbh|wait|um+|hmm+|oh|(random|unrelated)( one| q| question)? but|while (i'?m|i am|ah'?m|i have you|i'?ve got you|you'?re|ur)( here)?),?\s+)+(like\s+)?/;
// "Dr. Pen", "microneedling vs. lasers": a full stop after these ends no sentence.
const ABBREVIATION = /\b(?:dr|vs|mr|mrs|ms|st|approx|e\.g|i\.e)\.$/i;

// "Just tell me what it helps with", "explain the aftercare": a request asks as a question does.
const REQUEST = /\b(tell|show|explain to|give) (me|us)\b|^(just |please |kindly )?(explain|describe|list)\b|^(kindly|please|pls|plz) (tell|share|give)\b/;

// "Unrelated but whats good for dandruff": a question word anywhere, however the sentence starts; "my granddaughter showed me
// how to do it" tells what was asked once.
const QUESTION_WORD =
  /(?<!\b(showed|shown|taught|told|explained)( (me|us|her|him|them))? )\b(how|what|what's|whats|wat|wats|wut|when|where|why|which|who|whether|(do|can|could|would) you)\b/;

/** "…maybe ill just book with u guys, how often would i come?": a question word somewhere in the message. */
export function hasQuestionWord(text: string): boolean {
  return QUESTION_WORD.test(text.toLowerCase());
}

/** "Thank you, dear. I shall tell the ladies at my bridge club": only remarks, with no question asked anywhere. */
export function asksNothing(texts: string[]): boolean {
  return texts.every((t) => EXCLAMATION.test(t.trim().toLowerCase()) || (!looksLikeQuestion(t) && !hasQuestionWord(t)));
}

// Emoji, with the selector that asks for their picture form.
const EMOJIS = /[\p{Extended_Pictographic}\uFE0F]/gu;
/** A question mark, the words a question starts with, or a request. */
const HEADING = /^[^:?]{1,40}(:|\s[-–—])\s+/;

// "Oh how clever.", "what a relief", "what a palaver": an exclamation that starts like a question.
const EXCLAMATION =
  /^((oh|wow|ah|aw+),? )*(how|what an?) (clever|interesting|nice|lovely|cool|fascinating|great|wonderful|amazing|weird|strange|funny|curious|neat|sweet|kind|brilliant|good|relief|shame|pity)\b[^?]*$|^((oh|wow|ah|aw+|ugh),? )*what an? (?!.*\b(is|are|does|do|did|mean|means|look|looks|cost|costs|feel|feels)\b)(\w+ ){0,2}\w+[.!]*$/;

export function looksLikeQuestion(text: string): boolean {
  // "Two things: does it help pores…", "quick q: …", "2 things - can i…": the heading before a colon or a dash asks nothing.
  // "ok but it heals right 😟": an emoji after the question leaves it a question.
  const lower = text.replace(EMOJIS, '').trim().toLowerCase().replace(HEADING, '');
  if (EXCLAMATION.test(lower)) return false;
  return lower.endsWith('?') || QUESTION_START.test(lower.replace(LEADING_CONJUNCTION, '')) || INNER_QUESTION.test(lower) || REQUEST.test(lower);
}

// "If I does it meself with the roller, how do I roll it?": the condition belongs to the question after it.
const IF_CLAUSE = /^\s*(if|once)\b[^,]*$/i;

/** Splits a message into the questions it asks, keeping a clause whole unless the next part is a new question. */
export function splitQuestions(text: string, acknowledges: Acknowledges): string[] {
  const sentences = mergeBackReferences(sentencesOf(text), acknowledges);
  const questions: string[] = [];
  for (const sentence of sentences) {
    // "I have stretch marks on my belly, does it help with those?" asks about the clause before it.
    const clauses = sentence.split((sentence.match(/,/g) ?? []).length >= 2 ? LISTED_QUESTION : CAPITALISED_QUESTION);
    const listed = mergeBackReferences(clauses, acknowledges).join(' and ');
    const parts = listed.split(JOINERS);
    let current = parts[0];
    for (const part of parts.slice(1)) {
      if (
        (QUESTION_START.test(part.toLowerCase().replace(HEDGE, '')) || ASKED_AS_STATEMENT.test(part.toLowerCase())) &&
        !BARE_QUESTION_WORD.test(part) &&
        !BARE_QUESTION_WORD.test(current) &&
        !(BARE_HOW_OFTEN.test(current) && SHARES_VERB.test(part)) &&
        !SAME_CLAUSE_VERB.test(part) &&
        !FEELING_GOES_ON.test(part) &&
        !(IF_CLAUSE.test(current) && !current.includes(' and ')) &&
        current.trim().length > 0
      ) {
        questions.push(current.trim());
        current = part;
      } else {
        current = `${current} and ${part}`;
      }
    }
    if (current.trim()) questions.push(current.trim());
  }
  return questions.length > 0 ? questions : [text];
}

// "ok thanks!! 😊": an emoji or a run of punctuation on its own asks nothing; nor does "really?" before what it reacts to.
const WORDLESS = /^[^\p{L}\p{N}]*$/u;
// "christ. is it safe tho": an oath before the question only reacts.
const INTERJECTION =
  /^(really|rly|seriously|srsly|wow|whoa|woah|omg|oh|huh|hmm+|ugh|eek|yikes|christ|jesus|jeez|geez|gosh|crikey|blimey|ffs|(oh )?(my|good|dear) (god|lord|gosh)|bloody hell)[^\p{L}\p{N}]*$/iu;
// "…for acne scars? Kindly tell.", "Please advise": a request to answer the question beside it, not a question of its own.
const ANSWER_PLEASE =
  /^(please|pls|plz|kindly)( do)? (tell|advise|reply|revert|answer|let me know|guide|suggest)( me| us)?( asap| soon)?( and do the needful)?[^\p{L}\p{N}]*$/iu;
// "Cool, and for scars?", "ok thx, whats the usual gap", "k ty 😊 wat abt sun", "ok but it does shrink them?": acknowledgements
// of the last answer before the next question.
const ACK_WORD =
  '(?:ok|okay|k|kk|alright|right|fine|sure|cool|great|nice|perfect|awesome|brilliant|lovely|amazing|wow|oh|ah+|hmm+|got it|gotcha|understood|noted|i see|makes sense|fair enough|good to know|thanks|thank you|thx|ty|tysm|ta|cheers|fair|fair play|ach|och)';
const ACKNOWLEDGEMENT = new RegExp(
  `^(${ACK_WORD}(?:\\s+(?:${ACK_WORD}|then))*)(\\s*,\\s*|\\s*[\\p{Extended_Pictographic}\\uFE0F]+\\s*|\\s+(?=(?:and|but)\\b))(?=\\S)`,
  'iu',
);
// After an emoji the acknowledgement is over, question mark or not.
export const EMOJI = /\p{Extended_Pictographic}/u;
// "Sessions do a wonderful job, but who exactly is the treatment for?", "dumb question but how does it work": a remark, then
// the question it leads to.
const QUESTION_AFTER_REMARK = /(?:,\s*|\s+)but\s+(?=(?:how|what|when|where|who|why)\b)/gi;

// "You said 4-6 weeks, why so long?", "you said fewer sessions - fewer than what?": the bot's words quoted, then the question.
const QUOTES_THE_BOT = /^((?:you|u) (?:said|mentioned|wrote|say)\b[^,;?!.\u2013\u2014]*?)\s*(?:,|;|\s-|\u2013|\u2014)\s*(?=\S)/i;

// "Random q but…", "unrelated but…", "this is not about microneedling, sorry, but…": the visitor's note that the
// question is an aside belongs with the question.
const ASIDE_NOTE = /\b(random|unrelated|off topic|off-topic|not about microneedling|nothing to do with microneedling)\b/i;

/** "Sessions do a wonderful job, but…": a remark takes more than a word, and is not a note that an aside follows. */
function isRemark(text: string): boolean {
  return text.trim().split(/\s+/).length > 1 && !ASIDE_NOTE.test(text);
}

// "1) what is it 2) what does it cost", "1. how often 2. how many": a numbered list of questions.
const LIST_NUMBER = /(?:^|\s+)\(?(\d{1,2})[.)]\s+(?=\p{L})/gu;

/** The questions of a numbered list as sentences; a lone number ("I'm 30. Is that too old?") is no list. */
function unnumbered(text: string): string {
  const numbers = [...text.matchAll(LIST_NUMBER)].map((m) => m[1]);
  if (numbers.length < 2 || numbers[0] !== '1' || numbers[1] !== '2') return text;
  // Each item is a question of its own, however short ("1) what does it fix 2) is it safe"); after a full stop the number
  // only needs a space ("2 questions. 1) …"), or ".." would read as an ellipsis.
  let items = 0;
  const listed = text.replace(LIST_NUMBER, (_number: string, _digits: string, at: number) => {
    items += 1;
    return /[.?!]$/.test(text.slice(0, at)) ? ' ' : items === 1 ? '. ' : '? ';
  });
  return /[.?!]\s*$/.test(listed) ? listed : `${listed}?`;
}

// "Not gym, I meant can I wash my face", "sorry, I meant how many sessions, not how often": the question meant, without the one not.
const CORRECTION = /^(?:(?:sorry|no|nah|nope|oops|not [^,.]+)[,.!]?\s+)*i (?:meant|mean)\s+(?=\S)/i;
const NOT_THIS_QUESTION = /,?\s+not (?:how|what|when|where|which|why|who)\b[^?!.]*(?=[?!.]*$)/i;

/** The question a correction says was meant; a correction that names no question ("I meant a derma pen") stays as written. */
function corrected(text: string): string {
  const meant = text.replace(CORRECTION, '');
  return meant !== text && QUESTION_START.test(meant.toLowerCase()) ? meant.replace(NOT_THIS_QUESTION, '') : text;
}

// "is that even safe tho like im not tryna stab my whole face up": the question, then in the same breath why it is asked.
const ASKED_THEN_WHY = /\b(tho|though),?\s+like\s+(?=(?:i|im|i'm|i m|it|its|it's|my|you|u|ur)\b)/gi;
// "whats this 'healing injury' business, sounds like something off a study day", "…lol sounds like a game skill": the
// question, then what it sounds like.
const ASKED_THEN_LIKENED = /(?:,|\s+(?:lol|lmao|haha))\s+(?=sounds? like\b)/gi;
// "what even is microneedling my regulars keep talkin about it", "what actually is microneedling, my sister keeps banging on":
// what it is, then, with no stop, who brought it up.
const DEFINED_THEN_TOLD =
  /\b((?:what|wat|whit)(?: even| actually| actualy| exactly| really)? is (?:microneedling|microneedlin|micro needling|micro-needling|dermarolling|derma rolling)(?: actually| exactly| then| anyway)?),?\s+(?=(?:tbh|ngl|lol|lmao|my|me|mi|ma|our|his|her|she|he|they|we|i|im|i'm|everyone|people)\b)/gi;
// "ah. then tell me, does this microneedling do any good", "tell me, is it safe": the lead only hands over the question;
// "ok never mind the bus, after the first time when do i go back", "ok forget it, which bus…": so does a question set aside
// before it ("never mind, it's the face I'm worried about" is no lead).
const TELL_ME_LEAD = /(^|[.?!]\s+)(?:(?:then|so|now|well|and|ok|okay) )?tell me,\s+(?=\S)/gi;
const SET_ASIDE_LEAD =
  /(^|[.?!]\s+)(?:(?:ok|okay|so|well|anyway|oh) )*(?:(?:never ?mind|forget) (?:about )?(?:the|that|my) [\w']+(?: [\w']+)?|forget (?:about )?(?:it|that)),\s+(?=\S)/gi;
// "4 to 6 weeks?? so long, why not every week": a remark on the wait before the question why.
const REMARK_BEFORE_WHY = /(^|[.?!]\s+)(?:so|too|that s|thats|that is|very) (?:long|slow|much|far),?\s+(?=why\b)/gi;
// "my nose look like a strawberry bye", "you bein cheeky now bye, jus gimme a ballpark": in Bermuda "bye" calls the listener
// "boy", closing no conversation; a farewell says more than "bye" after its last words ("thanks for the help bye").
const ADDRESSED_BYE = /^((?:\S+\s+){3,}?\S+?)(?<![.!?,)(:;])\s+bye(?=\s*(?:[,.!?]|$))/i;
const FAREWELL_WORDS =
  /\b(thanks|thank|thx|ty|cheers|ta|gotta|got to|have to|need to|must|go|going|gone|off|later|see you|see ya|cya|night|day|evening|weekend|all|everything|help|helpful|ok|okay|alright|grand|lovely|great|cool|from me|for now|that s it|thats it|that is it)\b/i;

/** The message without a "bye" that only calls the listener, as it is used in the middle or at the end of a question. */
function withoutAddressedBye(text: string): string {
  return text.replace(ADDRESSED_BYE, (whole: string, said: string) => (FAREWELL_WORDS.test(said) ? whole : said));
}

// "why so long ehn, I want see the change quick quick": why the wait, then what the visitor wants instead.
const WHY_THEN_WANTED =
  /^((?:and |so |but )?(?:why|how come) (?:so|such a|that|the) (?:long|slow|much|many|wait|gap)\b[\w ]{0,12}?),\s+(?=(?:i|we) (?:want|wanna|need|would like)\b)/i;
const ASKED_THEN_TOLD =
  /^((?:and |ok |so )?(?:what|how) about (?:my |the |me |her |his )?[\w' ]{2,25}?),\s+(?=(?:i|ive|i've|im|i'm|my|me|too many|got|been|from|years)\b[^,.?]*\b(?:from|years)\b)/i;

// "studying my aftercare section rn 😩 what does the article say…", "Ok rapid fire round 🔥 how often…": an emoji ends the
// remark before a question.
const EMOJI_THEN_QUESTION =
  /(?<=\p{L}\s*)[\p{Extended_Pictographic}\uFE0F]+\s+(?=(what|whats|wat|wot|how|why|when|where|which|who|is|are|can|could|do|does|should|will|would|any)\b)/giu;

function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of unnumbered(corrected(withoutAddressedBye(text)))
    .replace(ACKNOWLEDGEMENT, (ack: string, words: string, separator: string, at: number) =>
      looksLikeQuestion(text.slice(at + ack.length)) || EMOJI.test(separator) ? `${words}. ` : ack,
    )
    .replace(QUOTES_THE_BOT, (quote: string, words: string, at: number, whole: string) =>
      looksLikeQuestion(whole.slice(at + quote.length)) ? `${words}. ` : quote,
    )
    // "ok but why…" is one question: a remark takes more than a word.
    .replace(QUESTION_AFTER_REMARK, (but: string, at: number, whole: string) => (isRemark(whole.slice(0, at)) ? '. ' : but))
    // "what about my crows feet, too many years squinting at the water": the question, then a remark on how it came about.
    .replace(ASKED_THEN_TOLD, '$1. ')
    .replace(ASKED_THEN_WHY, '$1. ')
    .replace(WHY_THEN_WANTED, '$1? ')
    .replace(TELL_ME_LEAD, '$1')
    .replace(SET_ASIDE_LEAD, '$1')
    .replace(REMARK_BEFORE_WHY, '$1')
    .replace(ASKED_THEN_LIKENED, '. ')
    .replace(DEFINED_THEN_TOLD, '$1? ')
    .replace(EMOJI_THEN_QUESTION, '. ')
    // "An old scar from the war .. well from national service": an ellipsis trails off; it ends no sentence.
    .split(/(?<=[?!]|(?<!\.)\.)\s+/)
    .map((s) => s.trim())
    .filter((s) => s && !WORDLESS.test(s) && !INTERJECTION.test(s) && !ANSWER_PLEASE.test(s))) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && ABBREVIATION.test(previous)) sentences[sentences.length - 1] = `${previous} ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

// "I'm peeling after my session. Is that normal?", "under my eyes, the dark bags, can i roll there too": a short question
// about the sentence before it is one question ("is anybody there?" asks of nothing before it).
const BACK_REFERENCE = /\b(that|this|it|they|them|those|these)\b|(?<!\b(anybody|anyone|somebody|someone|you|u|ya|ye|y all) )\bthere\b/i;
// "I keep seeing it on Instagram. What is it?", "…whats this microneedling caper anyway": asks what the thing is, not about
// the sentence before.
const ASKS_WHAT_IT_IS = /^(what (is|are) (it|this|that|they)|(what is|what's|whats|what s) this micro-?needling( \w+)?( anyway| then| exactly| about)?)\W*$/i;
// "I had a session 2 weeks ago and want another. Ok?": asks whether the sentence before it is all right.
const ASKS_IF_ALL_RIGHT =
  /^(is |is it |is that |it s |its )?(ok|okay|alright|all right|right|fine|safe|normal|realistic|possible|accurate|legit|good idea|bad idea|true|correct|acceptable|allowed|permitted|advisable|wise|(an? )?(issue|problem))\s*\?+$/i;
// "So, your session is done. What now?": what to do next, after what the sentence before it tells.
const ASKS_WHAT_NEXT = /^(so |ok |okay )?(what now|now what|what next|what then)\W*$/i;
const SHORT_QUESTION_WORDS = 6;
// "Ok thank you. Is it safe?", "thanks. is it safe tho": thanks for the last answer, then a new question about microneedling.
// "…will look into it" is none: a question mark or a question's first word leaves no doubt.
function isClearQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.endsWith('?') || QUESTION_START.test(trimmed.toLowerCase());
}
/** Whether a remark only acknowledges: "Thank you. Very clear.", "interesting. thanks", "thanks love", "lol wrong chat mb". */
export type Acknowledges = (text: string) => boolean;

// V8 leaves a pattern of 20 KB or more unoptimised, several times slower to run: the phrases go into patterns below that.
const MOST_PATTERN_CHARS = 10_000;

/** The phrases joined into alternations each short enough for V8 to optimise. */
function alternations(phrases: string[]): string[] {
  const groups: string[][] = [[]];
  let size = 0;
  for (const phrase of phrases) {
    if (size + phrase.length > MOST_PATTERN_CHARS && groups[groups.length - 1].length > 0) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(phrase);
    size += phrase.length + 1;
  }
  return groups.map((group) => group.join('|'));
}

/** The test for remarks made only of the words a question may open with ("ok", "thanks") and the phrases of intents/. */
export function acknowledgementTest(phrases: string[]): Acknowledges {
  const units = alternations([ACK_WORD, ...phrases]);
  // A remark must open on a phrase, which one anchored try rules out for nearly every question.
  const opening = units.map((u) => new RegExp(`^(?:${u})`));
  const whole = units.map((u) => new RegExp(`^(?:${u})$`));
  const isUnit = (text: string) => whole.some((pattern) => pattern.test(text));
  // Lower-cased text rather than case-insensitive patterns, which V8 is far slower to compile and run with hundreds of
  // phrases. The phrases are written in lower case (the data check says so).
  const test = (text: string) => opening.some((pattern) => pattern.test(text)) && madeOfUnits(text, isUnit);
  // "this article doesn't say much": phrases are written with the apostrophe as a space, as folded words are.
  return (text) => {
    const plain = text.replace(EMOJIS, '').trim().toLowerCase();
    return test(plain) || (/['\u2019]/.test(plain) && test(plain.replace(/['\u2019]/g, ' ')));
  };
}

const SEPARATOR = /[\s,!.;]/;
/**
 * Tries of a phrase per message: twice what any remark of eval/ needs (at most 4,619), and a bound on a long message that
 * opens on phrases and then is something else ("ok ok ok … xyz", 900 characters: 25 ms, against 0.8 s unbounded).
 */
const MOST_TRIES = 10_000;

/**
 * Whether `text` is phrases that `isUnit` takes whole, each followed by separators. One pattern of the form
 * `^(?:(?:phrases)[\s,!.;]*)+$` says the same, but backtracks through every way of splitting every word against
 * hundreds of phrases: milliseconds for a question such as "is it painful?" (whose "is it" is a remark of its own),
 * and nearly half a second each of the first two times, while V8 still interprets the pattern. Here each place a
 * phrase could start ("kkkk", "okok": phrases need no separator) is tried once.
 */
function madeOfUnits(text: string, isUnit: (text: string) => boolean): boolean {
  const deadEnds = new Set<number>();
  let tries = 0;
  const coversFrom = (start: number): boolean => {
    if (start === text.length) return true;
    if (deadEnds.has(start)) return false;
    for (let end = start + 1; end <= text.length && tries < MOST_TRIES; end++) {
      tries += 1;
      if (isUnit(text.slice(start, end)) && coversFrom(pastSeparators(text, end))) return true;
    }
    deadEnds.add(start);
    return false;
  };
  return coversFrom(0);
}

function pastSeparators(text: string, at: number): number {
  let next = at;
  while (next < text.length && SEPARATOR.test(text[next])) next++;
  return next;
}

// "ok, sunscreen and a hat. got it", "Great, that's my plan then. Thanks!": the answer read back, closed by thanks; "Bearable,
// then.", "Shorter than a Devon shower, then.": the answer summed up, closed by a full stop; "So it is about toner, not
// drinking. Clear": closed by a word that it is understood.
const READS_BACK =
  /[\s,.!;:-](?:got it|gotcha|noted|understood|will do|(thanks|thank you)( so much| very much)?( for [\w' ]{1,30})?|thx|ty|cheers|makes sense|sounds good|good to know|fair enough)( (hun|hon|love|mate|dear|babe|again|anyway|anyways|my (lover|love|dear|darling)|pet|hen|duck))?[\s.!x]*$|,\s*then\.$|[.!;]\s*(all |crystal |very )?clear( now)?[.!]*$/i;

// "kids just got in, gotta go bye", "gotta run, parents evening. ta", "thanks! off to burn the tea", "let me go and sleep jare",
// "safe, soon come back", "right im off to peel 30 kilo of spuds, hwyl": leaving, with a reason.
const SIGNS_OFF =
  /\b(gotta|got to|have to|need to|must) (go|run|dash)\b(?! (out|outside|to|by|somewhere|in|for|clinic|there|home|back|ahead)\b)|\b(bye|cya|ttyl|brb|gtg)\b|(^|[.!,]\s*)(goodbye|good bye)\W*$|\b(sleeping now|off to (bed|sleep)|gonna (sleep|go to bed|head to bed)|going to (bed|sleep)|falling asleep|(let me|lemme|i ll|ill|i will) go (and )?sleep)\b|^(thanks|thank you|ta|cheers)\W+off to\b|^(right|ok|okay|well|anyway|anyways),? (i m|im|i am|i'm) off (now|then|to)\b|\W(ta|laters)\W*$|,\s*night( night)?\W*$|\btake care( now| then)?\W*$|\b(cheerio|ta-ra|tara|ta-ra-a-bit|tara-a-bit|tara a bit|hwyl( fawr)?|toodles|toodle-oo|toodle-pip|ttfn|ciao|tsch(ü|u|ue)ss?|adios|adiós|au revoir|arrivederci|sayonara|auf wiedersehen|hooroo|bonne (soirée|soiree|nuit)|bonsoir|soon come( back)?)( (the now|for now|then))?\W*$/i;

/** How a remark that asks nothing closes the conversation: reading the last answer back with thanks, or leaving. */
export function closing(text: string): 'reads_back' | 'signs_off' | undefined {
  const plain = withoutAddressedBye(text.replace(EMOJIS, '').trim());
  // "Please po, do they put numbing cream before? Thank you.": a question mark anywhere asks something.
  if (plain.includes('?') || !asksNothing([plain])) return undefined;
  if (SIGNS_OFF.test(plain)) return 'signs_off';
  return READS_BACK.test(plain) ? 'reads_back' : undefined;
}

// "Ok I'll wait. Is it safe in general?": the visitor settles the last answer, then asks anew.
const SETTLES_IT = /^(ok|okay|alright|right|fine|sure|cool)[ ,]+(then )?(i ?'?ll|i will|will|gonna|i'm gonna|im gonna)\b/i;

/** Whether a short question only asks about the statement before it: "I'm peeling. Is that normal?" */
function asksAboutStatement(previous: string, question: string, acknowledges: Acknowledges): boolean {
  return (
    !looksLikeQuestion(previous) &&
    !((acknowledges(previous) || SETTLES_IT.test(previous)) && isClearQuestion(question)) &&
    question.split(/\s+/).length <= SHORT_QUESTION_WORDS &&
    ((BACK_REFERENCE.test(question) && !ASKS_WHAT_IT_IS.test(question)) || ASKS_IF_ALL_RIGHT.test(question.trim()) || ASKS_WHAT_NEXT.test(question.trim()))
  );
}

function mergeBackReferences(sentences: string[], acknowledges: Acknowledges): string[] {
  const merged: string[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && asksAboutStatement(previous, sentence, acknowledges)) merged[merged.length - 1] = `${previous} ${sentence}`;
    else merged.push(sentence);
  }
  return merged;
}

/**
 * "…had bad cystic acne through college. Is it safe?", "whats the downtime like, i work outside on a ranch": whether all
 * these words are said in the story around the question, not in the question. Without a clause that asks, the question is
 * the sentence the message ends on.
 */
export function saidOutsideQuestion(text: string, words: string[]): boolean {
  const sentences = sentencesOf(text);
  const clauses = sentences.flatMap((s) => s.split(/[,;]\s+|\s+[-–—]\s+/));
  const asking = clauses.filter(looksLikeQuestion);
  const question = asking.length > 0 && asking.length < clauses.length ? asking : [sentences[sentences.length - 1]];
  const asked = new Set(question.flatMap((q) => q.toLowerCase().split(/[^a-z0-9]+/)));
  return clauses.length > 1 && words.every((w) => !asked.has(w));
}
