/**
 * Words of a question that tell its background rather than its subject: where a problem came from ("scars from
 * surgery"), where the visitor heard of microneedling ("on TikTok"), the worry beside a hope ("help or make it worse").
 * Positions are word indexes.
 */

// "A scar on my chin from a bike crash as a kid, would this…": where a problem came from runs to the next clause.
const ORIGIN_ENDS = new Set(['and', 'or', 'but', 'so', 'will', 'would', 'can', 'could', 'does', 'do', 'is', 'are', 'should', 'how', 'what']);
const MAX_ORIGIN_WORDS = 5;
// "Scars from surgery", "patches since my second pregnancy", "pigmentation due to sun exposure".
const ORIGIN_WORDS = new Set(['from', 'since', 'due']);
const PREVENTING = new Set(['stop', 'stops', 'prevent', 'prevents', 'keep', 'keeps', 'avoid']);
// "I had bad acne as a teen": when a problem the visitor had came, told in the past.
const WHEN_WORD = 'as';
const PAST = new Set(['had', 'was', 'were', 'used']);
const MAX_PAST_WORDS = 6;

// "I keep seeing it on TikTok", "saw a video about it on Instagram": where the visitor heard of it.
const HEARING = new Set(['saw', 'seen', 'seeing', 'see', 'heard', 'hearing', 'read', 'reading', 'watched', 'watching']);
const PLACE_OPENERS = new Set(['on', 'in', 'over']);
const HEARD_THINGS = new Set([
  'it',
  'microneedling',
  'this',
  'that',
  'them',
  'about',
  'lots',
  'loads',
  'a',
  'video',
  'videos',
  'post',
  'posts',
  'people',
  'influencers',
  'celebrities',
  'bloggers',
  'ads',
  'all',
  'so',
  'much',
]);
const MAX_PLACE_WORDS = 3;

/** The words saying where the visitor saw or heard of something ("on tiktok"): context, not subject. */
export function whereHeardOf(words: string[]): Set<number> {
  const places = new Set<number>();
  words.forEach((word, i) => {
    if (!HEARING.has(word)) return;
    const opener = words.slice(i + 1, i + 5).findIndex((w) => PLACE_OPENERS.has(w));
    // "See a difference in her fine lines" sees a result, not a post.
    if (opener < 0 || !words.slice(i + 1, i + 1 + opener).every((w) => HEARD_THINGS.has(w))) return;
    const start = i + 1 + opener;
    for (let k = start; k < words.length && k <= start + MAX_PLACE_WORDS && !ORIGIN_ENDS.has(words[k]); k++) places.add(k);
  });
  return places;
}

/** The words saying where or when a named problem came from ("scars from surgery", "acne as a teen"): context, not subject. */
export function originsOf(words: string[], problems: Set<number>): Set<number> {
  const origins = new Set<number>();
  words.forEach((word, i) => {
    // "Stop wrinkles from forming" says what they do, not where they came from.
    const told = ORIGIN_WORDS.has(word) || (word === WHEN_WORD && words.slice(Math.max(0, i - MAX_PAST_WORDS), i).some((w) => PAST.has(w)));
    if (!told || words.slice(Math.max(0, i - 5), i).some((w) => PREVENTING.has(w)) || ![1, 2, 3, 4].some((back) => problems.has(i - back))) return;
    for (let k = i; k < words.length && k <= i + MAX_ORIGIN_WORDS && !ORIGIN_ENDS.has(words[k]); k++) origins.add(k);
    // "Had bad spots as a lad and I've still got the pitted scars": the problem had then is where the one asked about came from.
    if (word === WHEN_WORD && [...problems].some((p) => p > i)) [1, 2, 3, 4].filter((back) => problems.has(i - back)).forEach((back) => origins.add(i - back));
  });
  return origins;
}

// "Deep lines like a plowed field", "pores like an orange peel", "pores like craters": what a problem looks like, said by a
// likeness.
const LIKENESS = 'like';
const LIKENESS_ARTICLES = new Set(['a', 'an']);
const MAX_LIKENESS_WORDS = 4;
const PLURAL = /^[a-z]{3,}s$/;

// "Is it every week like the hairdresser?": a rate likened to another appointment.
const RATES = new Set(['day', 'week', 'fortnight', 'month', 'year', 'daily', 'weekly', 'monthly']);
const RATE_LIKENESS_ARTICLES = new Set([...LIKENESS_ARTICLES, 'the', 'my', 'your', 'our']);
const LOOKS = new Set(['looks', 'look', 'looking', 'lookin', 'looked']);

/**
 * The words likening a named problem, a rate or a look to something ("like a plowed field", "like the hairdresser", "looks like
 * a strawberry"): context, not subject.
 */
export function likenessesOf(words: string[], problems: Set<number>, named: ReadonlySet<number> = new Set()): Set<number> {
  const likenesses = new Set<number>();
  words.forEach((word, i) => {
    // "Pores like craters": a plural likeness needs no article, unless it names a problem itself ("scars like ice pick scars").
    const likeness = LIKENESS_ARTICLES.has(words[i + 1]) || (PLURAL.test(words[i + 1] ?? '') && ![1, 2, 3].some((ahead) => problems.has(i + ahead)));
    const likensProblem = likeness && [1, 2, 3].some((back) => problems.has(i - back));
    const likensRate = RATE_LIKENESS_ARTICLES.has(words[i + 1]) && RATES.has(words[i - 1]);
    // "My nose looks like a strawberry": how someone looks, said by a likeness, unless the likeness names a topic of its own
    // ("looks like a boiled lobster" is the redness).
    const likensLooks =
      LIKENESS_ARTICLES.has(words[i + 1]) && LOOKS.has(words[i - 1]) && ![1, 2, 3, 4].some((ahead) => named.has(i + ahead) && !problems.has(i + ahead));
    if (word !== LIKENESS || !(likensProblem || likensRate || likensLooks)) return;
    // "…like a strawberry the pores are so big": the likeness ends where a problem is named.
    for (let k = i; k < words.length && k <= i + MAX_LIKENESS_WORDS && !ORIGIN_ENDS.has(words[k]) && !problems.has(k); k++) likenesses.add(k);
  });
  return likenesses;
}

// "Would it help or make it worse?", "will this make them smaller, or worse since it's making holes?": the hope is the
// question, the worry only its alternative. "So my spots don't get worse" says what the advice is for.
const WORSE = 'worse';
const HOPES = new Set(['help', 'helps', 'work', 'works', 'shrink', 'smaller', 'improve', 'clear', 'fix']);
const HOLES = new Set(['holes', 'hole']);
const NEGATIONS = new Set(['don', 'dont', 'doesn', 'doesnt', 'won', 'wont', 'not', 'never']);

// "Is it safe for her to do alone, I don't want her to hurt herself": an injury feared, the reason for asking about safety,
// not a question about pain.
const HARMS = new Set(['hurt', 'injure', 'harm', 'cut']);
const SELVES = new Set(['herself', 'himself', 'themselves', 'yourself', 'myself', 'meself']);
const WANTING_NOT = /\b(don|dont|doesn|doesnt|not|wouldn|wouldnt)( t)? want\b/;

/** The "worse" of a worry beside a hope or of what advice is for, and an injury not wanted: no question about risks. */
export function worriesOf(words: string[]): Set<number> {
  const worries = new Set<number>();
  words.forEach((word, i) => {
    if (HARMS.has(word) && SELVES.has(words[i + 1]) && WANTING_NOT.test(words.slice(Math.max(0, i - 6), i).join(' '))) {
      worries.add(i);
      worries.add(i + 1);
    }
    if (word !== WORSE) return;
    const hoped = words.some((w, k) => (k < i && HOPES.has(w)) || HOLES.has(w));
    const purpose = words.slice(Math.max(0, i - 3), i).some((w) => NEGATIONS.has(w));
    if (hoped || purpose) worries.add(i);
  });
  return worries;
}

// "Everybody at bible study keeps talking about it", "bloke at the gym reckons it's called…", "my coworker won't shut up
// about it": who told the visitor, and where, is no subject of the question.
const SPEAKERS = new Set([
  'everybody',
  'everyone',
  'someone',
  'somebody',
  'people',
  'man',
  'men',
  'guy',
  'guys',
  'girl',
  'girls',
  'lady',
  'ladies',
  'woman',
  'women',
  'coworker',
  'coworkers',
  'colleague',
  'colleagues',
  'mate',
  'mates',
  'lassie',
  'lassies',
  'lads',
  'pals',
  'missus',
]);
const SPEAKER_PLACE = new Set(['at', 'in', 'from', 'on']);
const SAYS = new Set(['keeps', 'keep', 'reckons', 'says', 'said', 'swears', 'called', 'calls', 'cried', 'told', 'mentioned', 'talks', 'raves', 'wont', 'won']);
const MAX_SPEAKER_WORDS = 5;

/** The words naming who spoke of microneedling to the visitor, and where ("bloke at the gym"): context, not subject. */
export function speakersOf(words: string[]): Set<number> {
  const speakers = new Set<number>();
  words.forEach((word, i) => {
    if (!SPEAKERS.has(word)) return;
    const verb = words.slice(i + 1, i + 1 + MAX_SPEAKER_WORDS).findIndex((w) => SAYS.has(w));
    // "my coworker won't…" says it at once; "bloke at the gym reckons" names the place first.
    if (verb < 0 || (verb > 0 && !SPEAKER_PLACE.has(words[i + 1]))) return;
    if (words.slice(i + 1, i + 1 + verb).some((w) => ORIGIN_ENDS.has(w))) return;
    for (let k = i; k <= i + verb; k++) speakers.add(k);
  });
  return speakers;
}

// "My niece keep talking about it every day": how often someone talks of microneedling is no interval asked about.
const TALKING = new Set(['talking', 'talks', 'talk', 'posting', 'posts', 'raving', 'raves', 'going', 'harping', 'banging']);
const TALKED_OF = /^((on )?about (it|this|that|microneedling|them) )(every day|everyday|every single day|all day|all the time|daily|nonstop|non stop)\b/;

/** How often someone talks of it ("talking about it every day"): context, not subject. */
export function chatterOf(words: string[]): Set<number> {
  const chatter = new Set<number>();
  words.forEach((word, i) => {
    const talked = TALKING.has(word) ? TALKED_OF.exec(words.slice(i + 1, i + 8).join(' ')) : null;
    if (!talked) return;
    const start = i + 1 + talked[1].trim().split(' ').length;
    talked[4].split(' ').forEach((_, k) => chatter.add(start + k));
  });
  return chatter;
}

// "If I only do one session because of budget, is one enough?": money as the reason for a choice, not the question asked.
const REASON_OPENERS = new Set(['because', 'cos', 'cause', 'coz', 'bc', 'due']);
const REASON_LINKS = new Set(['of', 'to', 'my', 'the', 'a', 'our', 'tight', 'limited', 'low', 'small']);
const MONEY = new Set(['budget', 'budgets', 'money', 'finances', 'funds', 'cash']);

// "What are the benefits, I'm just asking before I pay for her": paying is when the visitor asks, not what.
const ASKING_BEFORE = /\b(asking|ask|checking|check|wondering) (first )?before (i|we|she|he) $/;
const PAYING = new Set(['pay', 'paying', 'spend', 'spending', 'book', 'booking']);

/** The money words of a reason given for a choice ("because of budget"), or of when the visitor asks: context, not subject. */
export function reasonsOf(words: string[]): Set<number> {
  const reasons = new Set<number>();
  words.forEach((word, i) => {
    if (PAYING.has(word) && ASKING_BEFORE.test(`${words.slice(Math.max(0, i - 5), i).join(' ')} `)) reasons.add(i);
    if (!REASON_OPENERS.has(word)) return;
    let k = i + 1;
    while (k < words.length && REASON_LINKS.has(words[k])) k += 1;
    if (MONEY.has(words[k])) reasons.add(k);
  });
  return reasons;
}

// "My friend Bethan has been going on about it": the word after a relative's role is a name, never the question's subject.
const RELATIVES = new Set([
  'friend',
  'sister',
  'brother',
  'mum',
  'mom',
  'mam',
  'dad',
  'wife',
  'husband',
  'partner',
  'daughter',
  'son',
  'cousin',
  'aunt',
  'auntie',
  'uncle',
  'gran',
  'granny',
  'nan',
  'colleague',
  'boss',
  'neighbour',
  'neighbor',
  'boyfriend',
  'girlfriend',
  'lass',
  'missus',
  'hubby',
  'niece',
  'nephew',
  'grandson',
  'granddaughter',
  'grandkids',
  'grandchildren',
  'grandma',
  'grandmother',
  'grandad',
  'grandfather',
  'stepdaughter',
  'stepson',
  'goddaughter',
  'godson',
  'flatmate',
  'housemate',
  'roommate',
]);
const POSSESSIVES = new Set(['my', 'her', 'his', 'our', 'your']);
// "Will show this to mummy": what a parent is called needs no "my".
const PARENTS_CALLED = new Set(['mummy', 'mommy', 'mama', 'mamma', 'daddy', 'papa']);

// "Ive got bingo at 7", "he's got a game that arvo": a plan told as the reason for a question, not its subject.
const PLAN_OPENERS = ['i ve got', 'ive got', 'i have got', 'i got', 'he s got', 'she s got', 'we ve got', 'got', 'i have a', 'i have an'].map((opener) =>
  opener.split(' '),
);
const PLAN_TIMES = new Set(['at', 'tonight', 'tomorrow', 'later', 'tmrw', 'tmr']);
// "That arvo", "this evening": a time, where "is that going to be a problem" is not.
const PLAN_DEICTICS = new Set(['that', 'this']);
const PARTS_OF_DAY = new Set(['arvo', 'afternoon', 'evening', 'night', 'morning', 'day', 'weekend']);
const namesTime = (words: string[], at: number) => PLAN_TIMES.has(words[at]) || (PLAN_DEICTICS.has(words[at]) && PARTS_OF_DAY.has(words[at + 1]));
const MAX_PLAN_WORDS = 3;

/** The words naming what the visitor has on later ("bingo" in "ive got bingo at 7"): context, not subject. */
export function plansOf(words: string[]): Set<number> {
  const plans = new Set<number>();
  words.forEach((_, i) => {
    for (const opener of PLAN_OPENERS) {
      if (!opener.every((w, k) => words[i + k] === w)) continue;
      const start = i + opener.length;
      const end = words.slice(start, start + MAX_PLAN_WORDS + 1).findIndex((_, k) => namesTime(words, start + k));
      // "Bingo at the club that night": where the plan is, up to the time it names.
      const at = start + end;
      const where = end >= 0 && words[at] === 'at' ? words.slice(at + 1, at + 2 + MAX_PLAN_WORDS).findIndex((_, k) => namesTime(words, at + 1 + k)) : -1;
      const last = where > 0 ? at + 1 + where : at;
      for (let k = start; k < last; k++) plans.add(k);
    }
  });
  return plans;
}

// "I dont want to walk around the bazaar looking like a pincushion", "i divvent want to end up lookin like a pin cushion at
// the bingo": how the visitor fears to look, the reason for a question, not its subject.
const WANTS = new Set(['want', 'wanna']);

/** The words from "don't want" to the end of the message, when they go on to "looking like": a fear told, not asked. */
export function fearedLooksOf(words: string[]): Set<number> {
  const want = words.findIndex((w, i) => WANTS.has(w) && words.slice(Math.max(0, i - 2), i).some((n) => NEGATIONS.has(n)));
  const looking = words.findIndex((w, i) => i > want && w === 'looking' && words[i + 1] === 'like');
  if (want < 1 || looking < 0) return new Set();
  const start = NEGATIONS.has(words[want - 1]) ? want - 1 : want - 2;
  return new Set(words.slice(start).map((_, k) => start + k));
}

/** Where the visitor says whom they ask for: "for my dad", "her sister". */
export function relativesOf(words: string[]): Set<number> {
  return new Set([...ownRelatives(words), ...words.flatMap((w, i) => (PARENTS_CALLED.has(w) ? [i] : []))]);
}

function ownRelatives(words: string[]): number[] {
  return words.flatMap((w, i) => (i >= 1 && RELATIVES.has(w) && POSSESSIVES.has(words[i - 1]) ? [i] : []));
}

/** Where a person is named as the visitor's own, as in "how often would our Maureen have to go": whom they ask for. */
export function ownPeopleNamed(words: string[], names: ReadonlySet<string>): number[] {
  const named: number[] = [];
  // "My friend Bonnie Sue": a name after a relative, and the rest of that name.
  words.forEach((w, i) => {
    const before = words[i - 1] ?? '';
    if (names.has(w) && (POSSESSIVES.has(before) || RELATIVES.has(before) || named.includes(i - 1))) named.push(i);
  });
  return named;
}

/** Where a relative is named: "my friend Bethan", "her sister Jo". */
export function namesOfRelatives(words: string[]): number[] {
  return ownRelatives(words)
    .map((i) => i + 1)
    .filter((i) => i < words.length);
}
