import { LRUCache } from 'lru-cache';
import { Composer, OTHER_LANGUAGE, Reply } from './answers/compose';
import { ArticleQuotes } from './answers/quotes';
import { citedSections, Content, loadArticle, loadContent } from './data/content';
import { intentsWithFlag, loadTrainingData, TrainingData } from './data/intents';
import { DecisionPolicy, loadPolicy } from './data/policy';
import { assertReferences } from './data/references';
import { asksIfFineBy } from './dialogue/afterEffects';
import { activeContext, ConversationContext, EMPTY_CONTEXT } from './dialogue/context';
import { Action, NOT_COVERED } from './dialogue/action';
import {
  asksAboutTheWorld,
  asksForFact,
  asksIfItHelps,
  asksWhatToDoAboutIt,
  asksLeave,
  asksWaitingTime,
  asksWhatMicroneedlingIs,
  carriesOnAside,
  checksClaim,
  followsOn,
  isDefiningQuestion,
  pointsBack,
  pointsBackPastIt,
  saysWhy,
  SHORT_QUESTION_WORDS,
  weighsTwo,
} from './dialogue/phrasing';
import { displacedTopics, Resolver } from './dialogue/resolve';
import { DEFINING_INTENTS } from './dialogue/silences';
import { TopicIndex } from './dialogue/topicIndex';
import { Grounder, Grounding } from './grounding/ground';
import { cleanInput } from './nlu/normalise';
import { asksNothing, closing, looksLikeQuestion } from './nlu/segmenter';
import { OUT_OF_SCOPE, UNCLEAR, Understander, Understanding } from './nlu/understand';

export type { Reply } from './answers/compose';
export type { ConversationContext } from './dialogue/context';

export interface BotOptions {
  /** Longer messages get a polite request to shorten them. */
  maxMessageLength: number;
  /** Follow-up context older than this is forgotten. */
  contextTtlMs: number;
}

export const DEFAULT_BOT_OPTIONS: BotOptions = { maxMessageLength: 1000, contextTtlMs: 30 * 60 * 1000 };

export interface TurnResult {
  replies: Reply[];
  context: ConversationContext;
}

/**
 * The channel-agnostic bot: (message, context) → (replies, new context), through
 * normalise → understand → ground → decide → compose. It knows nothing of Botkit or of any channel.
 */
export class MicroneedlingBot {
  private readonly understander: Understander;
  private readonly grounder: Grounder;
  private readonly resolver: Resolver;
  private readonly composer: Composer;
  /** Replies that carry no answer of their own, dropped when another question in the same message was answered. */
  private readonly filler: Set<string>;
  /** What a remark that closes the conversation gets: thanks for the answer read back, goodbye for leaving. */
  private readonly closingIntents: Record<'reads_back' | 'signs_off', string>;
  private readonly greetingIntent: string;
  /** Which topics are skin problems the article treats: what a remark before a question can make its subject. */
  private readonly topics: TopicIndex;
  /** Messages already read: visitors send the same words again and again ("hi", "how often?", "thanks"). */
  private readonly readings = new LRUCache<string, Reading[]>({ max: READINGS_CACHED });
  /** Turns already worked out, by message and context: the same words after the same answer get the same replies. */
  private readonly turns = new LRUCache<string, KnownTurn>({ max: TURNS_CACHED });
  /** How sure the classifier must be of a question for it to get its own answer beside a remark's silence. */
  private readonly ownAnswerFrom: number;

  constructor(
    private readonly content: Content = loadContent(),
    data: TrainingData = loadTrainingData(),
    private readonly options: BotOptions = DEFAULT_BOT_OPTIONS,
    policy: DecisionPolicy = loadPolicy(),
  ) {
    assertReferences(data, content, policy);
    this.understander = new Understander(data, policy);
    const article = loadArticle(content);
    this.grounder = new Grounder(data, article);
    this.resolver = new Resolver(data, content, policy, article);
    this.composer = new Composer(content, data.topics, new ArticleQuotes(article, citedSections(content)));
    this.filler = new Set(['unclear', OTHER_LANGUAGE, ...intentsWithFlag(data, 'filler')]);
    this.topics = new TopicIndex(data.topics);
    this.closingIntents = { reads_back: policy.acknowledgement_intent, signs_off: policy.goodbye_intent };
    this.greetingIntent = policy.greeting_intent;
    this.ownAnswerFrom = policy.own_answer_beside_remark_from;
  }

  respond(raw: unknown, previous: ConversationContext | undefined, now = Date.now()): TurnResult {
    const active = activeContext(previous, now, this.options.contextTtlMs);
    if (typeof raw !== 'string') return this.decideTurn(raw, active, now);
    const key = `${raw}\u0000${contextKey(active)}`;
    const known = this.turns.get(key);
    if (known) return { replies: known.replies, context: { ...known.context, updatedAt: known.stamp === 'now' ? now : active.updatedAt } };
    const turn = this.decideTurn(raw, active, now);
    const stamp = turn.context.updatedAt === now ? 'now' : turn.context.updatedAt === active.updatedAt ? 'kept' : undefined;
    if (stamp) this.turns.set(key, { replies: turn.replies.map((r) => Object.freeze(r)), context: turn.context, stamp });
    return turn;
  }

  /** One turn worked out afresh: normalise → understand → ground → decide → compose. */
  private decideTurn(raw: unknown, active: ConversationContext, now: number): TurnResult {
    let context = active;
    const input = cleanInput(raw, this.options.maxMessageLength);
    if (input.kind === 'empty') return { replies: [this.composer.message(this.content.messages.empty, 'empty', this.content.default_suggestions)], context };
    if (input.kind === 'too_long') {
      const text = this.content.messages.too_long.replace('{limit}', input.limit.toLocaleString('en-US'));
      return { replies: [this.composer.message(text, 'too_long', [])], context };
    }
    // "ok, sunscreen and a hat. got it" reads the last answer back; "kids just got in, gotta go bye" leaves: neither asks anything new.
    // A goodbye needs no conversation before it ("Oh, you're just the skin one. Never mind then, bye bye" after an off-topic
    // question); a first "brb" is only small talk.
    const closure = closing(input.text);
    const closes = context.updatedAt > 0 || (closure === 'signs_off' && SAYS_BYE.test(input.text)) ? closure : undefined;
    const letDown = this.read(input.text).some((r) => r.understanding.letDown);
    if (closes) return { replies: [this.composer.compose(this.toned({ kind: 'conversational', intent: this.closingIntents[closes] }, letDown))], context };
    const replies: Reply[] = [];
    // "Hello! Love your website": a short off-topic remark beside something the bot does answer needs no refusal of its own.
    const offTopicRemarks: Reply[] = [];
    const readings = this.conditionFirst(this.withChoicesJoined(this.read(input.text)));
    // "How far. My wife get dark patches…": a greeting in the form of a question asks nothing; "is it?" asks back.
    const asks = readings.some((r) => looksLikeQuestion(r.understanding.text) && !(r.understanding.acknowledgesOnly && !r.understanding.text.includes('?')));
    let otherTreatment: string | undefined;
    let offTopic = false;
    let offTopicBefore = false;
    let problemAsked: string | undefined;
    let lastRemark: Action[] = [];
    let remarkProblems: string[] = [];
    let remarkTopics: string[] = [];
    // "I'm torn between fractional laser and microneedling": what a later "which one…?" weighs microneedling against.
    let weighedTreatment: string | undefined;
    let askedProblems: string[] = [];
    // "Does it help wrinkles? Asking for my brother": a remark after the last question is never said, so it moves nothing.
    let saidContext: ConversationContext | undefined;
    // "Interval between sessions? Give me a number, not a vibe.": an off-topic part leaves the answer before it to go on from.
    let answeredContext: ConversationContext | undefined;
    // "For pigmentation, microneedling or pico laser better?": the other treatment a later "which one better?" still weighs.
    let comparedTreatment: string | undefined;
    for (const [at, reading] of readings.entries()) {
      const grounding = reading.grounding;
      // "I have fine lines already??? My friend said microneedling helps w that, is that true?": "that" is the problem asked about.
      const told = remarkProblems.length === 0 && pointsBackPastIt(reading.understanding.words) ? askedProblems : remarkProblems;
      const understanding =
        this.forPurposeTold(reading.understanding, readings[at + 1]?.understanding) ??
        this.withProblemOf(this.withTopicPointedAt(withoutDisplaced(reading.understanding), remarkTopics), told);
      askedProblems = understanding.topics.filter((t) => this.topics.isTreatedProblem(t));
      // "I keep seeing it on Instagram. What is it?": a remark beside a question is not a question of its own.
      // "…can i use my toner after? also my aha exfoliant": a topic added after a question asks the same of it.
      const remark =
        asks &&
        !looksLikeQuestion(understanding.text) &&
        !(understanding.elliptical && ADDS.test(understanding.text) && readings.slice(0, at).some((r) => looksLikeQuestion(r.understanding.text)));
      // "I'm having a chemical peel. What is the recovery like?": the question is about the treatment named before it.
      let actions: Action[] =
        otherTreatment && !understanding.anchored && !ASKS_THE_ARTICLE.test(understanding.text) && !this.asksOwnProblem(understanding)
          ? [{ kind: 'out_of_scope', treatment: otherTreatment }]
          : (offTopic && pointsBackPastSilences(understanding, this.topics)) || (offTopicBefore && carriesOnAside(understanding.words))
            ? [{ kind: 'out_of_scope' }]
            : problemAsked && pointsBackToIt(understanding)
              ? [{ kind: 'not_covered', topic: problemAsked }]
              : this.resolver.resolve(understanding, grounding, context);
      // "So humid here this week. Is it supposed to cool off?": what the bot cannot place goes on with the off-topic remark.
      if (offTopicBefore && actions.every((a) => a.kind === 'unclear')) actions = [{ kind: 'out_of_scope' }];
      // "What is salmon DNA and what does it do?": "it" is what the off-topic question before it asked about.
      offTopicBefore = actions.every((a) => a.kind === 'out_of_scope');
      offTopic = looksLikeQuestion(understanding.text) && offTopicBefore;
      // "What is rosacea, and how is it managed?": "it" is the skin problem the article never names that was just asked about.
      problemAsked = this.problemAskedAbout(understanding, actions);
      // "I had CO2 laser for my scars. My derm says microneedling might be gentler. How many sessions?": microneedling came last.
      otherTreatment = understanding.anchored ? undefined : (otherTreatment ?? (grounding.treatments.join(' or ') || undefined));
      // "The benefits of microneedling, and why should you try it?": what a heading answers is what the question after it is about.
      // "Seems backwards to me", "love your site": a short aside leaves the conversation where the message took it.
      // "Got a dance saturday at the honky tonk. If I get it done thursday…": a remark beside a question refuses nothing.
      const aside = isAside(understanding, actions) || (remark && actions.every((a) => a.kind === 'out_of_scope' && a.treatment === undefined));
      if (remark) {
        // "I got sunburned pretty good at the lake last weekend. Can I still go to my appointment?": the circumstance told is
        // what the question after it asks leave for, though the remark alone is about the lake.
        const circumstances = understanding.topics.filter((t) => this.topics.get(t)?.circumstance).map((topic): Action => ({ kind: 'not_covered', topic }));
        const offTopicOnly = actions.every((a) => a.kind === 'out_of_scope' && a.treatment === undefined);
        lastRemark = circumstances.length > 0 && offTopicOnly ? circumstances : actions;
        // "My tummy is covered in stretch marks. Does it work on those?": the problem told is what the question asks about.
        // "I got stretch marks after my second child. I read it can help. How many sessions?": until another problem is told.
        // "…GP said maybe a touch of rosacea. Would microneedling help with that?": a condition the article never names, too.
        const treated = understanding.topics.filter((t) => this.topics.isTreatedProblem(t));
        const told = treated.length > 0 ? treated : understanding.topics.filter((t) => this.topics.get(t)?.condition && this.topics.isUncovered(t));
        if (told.length > 0) remarkProblems = told;
        remarkTopics = understanding.topics;
        if (understanding.anchored && grounding.treatments.length > 0) weighedTreatment = grounding.treatments.join(' or ');
        if (!aside) context = afterActions(context, actions, now, this.topics, readings.length === 1);
        // "I have melasma. How does one treat this skin condition?": a problem of the visitor's own, which the article never
        // names, replaces the one discussed before; "this" is never the earlier one.
        const ownProblem = understanding.topics.some((t) => this.topics.isSkinProblem(t));
        if (ownProblem && !understanding.topics.some((t) => this.topics.isTreatedProblem(t))) context = { ...context, topic: undefined };
        continue;
      }
      // "I worry about keloids if I have the treatment. How worried should I be?": the question's subject is the remark's.
      // "It's been 4 days and I'm still red. Should I be worried?": a short yes/no question with no subject of its own asks
      // about the silence the remark before it met; "I have oily skin. How often?" gets the silence and the general answer.
      const silence = namesNoSubject(reading.understanding, grounding) ? lastRemark.filter((a) => a.kind === 'not_covered') : [];
      // "My son is 15 and has bad acne. Would it help him?": the silence on his age, then what the article says of acne.
      const onProblem = actions.some((a) => a.kind === 'answer' && a.topic !== undefined && remarkProblems.includes(a.topic));
      if (silence.length > 0)
        actions =
          asksForFact(understanding.words) ||
          onProblem ||
          asksBeyondStory(understanding, lastRemark) ||
          answersSurely(understanding, actions, silence, this.topics, this.ownAnswerFrom)
            ? [...silence, ...actions]
            : lastRemark;
      // "I had a melanoma removed from my cheek. Can I microneedle over the scar?": what the article says of scars does not
      // reach the circumstance told, so its silence comes first.
      else if (asksLeave(understanding.words) && lastRemark.some((a) => isCircumstance(a, this.topics)))
        actions = [...lastRemark.filter((a) => isCircumstance(a, this.topics)), ...actions];
      // "…just finished a course of isotretinoin. How long does she have to wait before she can get microneedling?": how long
      // the circumstance asks to wait, which no interval between sessions answers.
      else if (asksWaitingTime(understanding.words) && lastRemark.some((a) => isCircumstance(a, this.topics)))
        actions = lastRemark.filter((a) => isCircumstance(a, this.topics));
      // "My sister told me I shouldn't use it after microneedling. Is she right?", "My toner has alcohol in it. Okay or not
      // okay?": the remark's answer settles it.
      else if (
        (namesNothing(understanding, grounding) ||
          (understanding.topics.length === 0 && (checksClaim(understanding.words) || asksBareVerdict(understanding)))) &&
        lastRemark.some((a) => a.kind === 'answer' || a.kind === 'not_covered') &&
        // "…training's at 4. What'll my face be like by then?" asks how long the after-effects last.
        !asksIfFineBy(understanding.words)
      )
        actions = lastRemark;
      // "I coach rugby, out on the field in full sun. Can I run training the day after?": the silence on training, then what
      // the aftercare says of the sun the visitor told of, after any general related point.
      else if (actions.every((a) => a.kind === 'not_covered' || (a.kind === 'answer' && a.related && a.topic === undefined)))
        actions = [...actions, ...this.adviceOn(remarkTopics)];
      // "…Which one has less downtime?": microneedling's side, beside the article's silence on the other.
      if (weighedTreatment && weighsTwo(understanding.words) && !actions.some((a) => a.kind === 'not_covered' && a.treatment))
        actions = [{ kind: 'not_covered', treatment: weighedTreatment }, ...actions];
      if (!aside) context = afterActions(context, actions, now, this.topics, readings.length === 1);
      saidContext = context;
      if (context !== EMPTY_CONTEXT && context.intent !== undefined) answeredContext = context;
      const said = aside ? offTopicRemarks : replies;
      for (const action of actions) {
        const reply = { ...this.composer.compose(this.toned(action, letDown)), confidence: understanding.confidence };
        if (action.kind === 'not_covered' && action.treatment && weighsTwo(understanding.words)) comparedTreatment = reply.subject;
        // "I still have pimples, can it help acne?": the silence's related point and the answer itself are one answer, said once.
        if (!said.some((r) => r.text.endsWith(reply.text) || reply.text.endsWith(r.text))) said.push(reply);
      }
    }
    context = saidContext ?? context;
    // "What's the weather tomorrow?" mid-conversation is an aside: the next message may go on with what came before it.
    if (context === EMPTY_CONTEXT) context = answeredContext ?? active;
    // "Do yous do botox?" … "what's the difference between that and microneedling?": the treatment "that" is.
    const asideTreatment = replies.length > 0 && replies.every((r) => r.intent === OUT_OF_SCOPE) ? replies.find((r) => r.subject)?.subject : comparedTreatment;
    if (asideTreatment) context = { ...context, treatment: asideTreatment, updatedAt: now };
    // "ha fair. whit's botox then" asks, in the words the spelling reads.
    const remarksOnly = asksNothing(readings.flatMap((r) => [r.understanding.text, r.understanding.words.join(' ')]));
    // "ha fair. whit's botox then": thanks alone does not hide the refusal of the question beside it.
    const onlyFiller = replies.every((r) => this.filler.has(r.intent));
    return { replies: this.withoutFiller(onlyFiller ? [...replies, ...offTopicRemarks] : replies, remarksOnly), context };
  }

  /** "Not v helpful lol. thanks": an acknowledgement of a let-down gets an apology, not "glad to help". */
  private toned(action: Action, letDown: boolean): Action {
    const acknowledges = action.kind === 'conversational' && action.intent === this.closingIntents.reads_back;
    return letDown && acknowledges ? { ...action, tone: 'disappointed' } : action;
  }

  /**
   * Understanding and grounding depend on the words alone, not on the conversation, so a message read once is not
   * read again. A grounding computes its subject on first use and keeps it, so the tagger runs once per message.
   */
  private read(text: string): Reading[] {
    let readings = this.readings.get(text);
    if (readings === undefined) {
      readings = this.understander.understand(text).map((understanding) => ({ understanding, grounding: this.grounder.ground(understanding) }));
      this.readings.set(text, readings);
    }
    return readings;
  }

  /**
   * "Is it safe? I'm pregnant", "is it safe. I am on warfarin": a condition told after the question qualifies it, as it
   * does told before ("I'm pregnant. Is it safe?"), so the question is read after it. So does what the aftercare speaks to:
   * "…can I take the kids to the playground? we out in the sun nuff".
   */
  private conditionFirst(readings: Reading[]): Reading[] {
    const [question, remark] = readings.slice(-2);
    const qualifies =
      readings.length >= 2 &&
      looksLikeQuestion(question.understanding.text) &&
      !looksLikeQuestion(remark.understanding.text) &&
      (remark.understanding.topics.some((t) => this.topics.get(t)?.circumstance) ||
        // "And my wife? Hers is just dark patches": the problem told after a bare question is what it asks about.
        (question.understanding.topics.length === 0 &&
          question.understanding.words.length <= MAX_BARE_QUESTION_WORDS &&
          followsOn(question.understanding.words) &&
          remark.understanding.topics.some((t) => this.topics.isTreatedProblem(t))) ||
        (!remark.understanding.elliptical &&
          !saysWhy(question.understanding.text.toLowerCase()) &&
          !asksAboutTheWorld(question.understanding) &&
          this.adviceOn(remark.understanding.topics).length > 0)) &&
      // "Would numbing cream help? We use topical gel before injections in the surgery": another treatment's routine told.
      remark.grounding.treatments.length === 0;
    return qualifies ? [...readings.slice(0, -2), remark, question] : readings;
  }

  /**
   * "Which one's better for a student budget? Roller or clinic": the choices told after a question belong to it.
   * "She says the place in town uses a pen thing not a roller. Whats the difference": so do the tools told before one.
   */
  private withChoicesJoined(readings: Reading[]): Reading[] {
    const at = readings.findIndex(
      (r, i) =>
        i > 0 &&
        ((namesChoices(r.understanding) && asksWithoutSubject(readings[i - 1].understanding)) ||
          (weighsWithoutSubject(r.understanding) && this.namesTools(readings[i - 1].understanding))),
    );
    if (at < 0) return readings;
    // "…a pen, not a roller. What is the difference?": the remark's own commas would split the question off again.
    const first = readings[at - 1].understanding.text.replace(/[?.!\s]+$/, '').replace(/,/g, '');
    // "…a roller. What is the difference?": lower-cased, so that the capital does not split the question off again.
    const second = readings[at].understanding.text.replace(/[?\s]+$/, '');
    const joined = this.read(`${first}, ${second.charAt(0).toLowerCase()}${second.slice(1)}?`);
    return joined.length === 1 ? [...readings.slice(0, at - 1), ...joined, ...readings.slice(at + 1)] : readings;
  }

  /**
   * A remark that names microneedling's tools, which a bare "what's the difference?" after it weighs; or a question that
   * already weighs them ("they use pen or roller? what is difference").
   */
  private namesTools(u: Understanding): boolean {
    return (!looksLikeQuestion(u.text) && u.topics.some((t) => this.topics.get(t)?.instrument)) || u.topics.includes(DEVICE_COMPARISON);
  }

  welcome(returning: boolean): Reply {
    const text = returning ? this.content.messages.welcome_back : this.content.messages.welcome;
    return this.composer.message(text, returning ? 'welcome_back' : 'welcome', this.content.default_suggestions);
  }

  /** The skin problem the article never names that a question asked about for itself ("what is rosacea?"), if it did. */
  private problemAskedAbout(u: Understanding, actions: Action[]): string | undefined {
    const [only] = actions;
    const problem = actions.length === 1 && only.kind === 'not_covered' ? only.topic : undefined;
    return problem && !u.anchored && this.topics.isSkinProblem(problem) && isDefiningQuestion(u.words) ? problem : undefined;
  }

  /**
   * "The salon did a facial and IPL that did not improve my large pores. How can I make my pores finer?": a question
   * naming a problem the article treats, without pointing back at the treatment told of, asks about the problem.
   */
  private asksOwnProblem(u: Understanding): boolean {
    // "Do you know about laser CO2? Is good for scars?": a short question leaves its subject to the one before.
    return looksLikeQuestion(u.text) && u.words.length > SHORT_QUESTION_WORDS && !pointsBack(u.words) && u.topics.some((t) => this.topics.isTreatedProblem(t));
  }

  /** "My pores are huge. Will microneedling help?": a question with no subject of its own asks about the problem just told. */
  private withProblemOf(u: Understanding, problems: string[]): Understanding {
    // "…brown age spots from the Texas sun. Would it help with spots like that?": the spots are the ones told, not acne.
    const likeThose =
      problems.length > 0 && u.topics.some((t) => this.topics.isTreatedProblem(t)) && LIKE_THOSE.test(u.words.join(' ')) && looksLikeQuestion(u.text);
    if (likeThose) return { ...u, topics: [...u.topics.filter((t) => !this.topics.isTreatedProblem(t)), ...problems] };
    // "…has dreadful acne. Would the treatment at your clinic help him?": the place only says how the problem told is treated.
    const placeOnly = u.topics.length > 0 && u.topics.every((t) => this.topics.get(t)?.instrument) && asksIfItHelps(u.words);
    if (!looksLikeQuestion(u.text) || (!placeOnly && u.topics.some((t) => !this.topics.isUncovered(t)))) return u;
    const answered = problems.filter((t) => this.content.answers[u.intent]?.topics?.[t]);
    if (answered.length > 0 && u.topics.length === 0) return { ...u, topics: answered };
    // "…for my acne scars, no difference yet. Did I waste my money?": the silence's nearest advice is about the scars told.
    const nearest = u.topics.map((t) => this.topics.get(t)?.related?.intent);
    const near = problems.filter((t) => nearest.some((intent) => intent && this.content.answers[intent]?.topics?.[t]));
    if (near.length > 0) return { ...u, topics: [...u.topics, ...near] };
    // "I have acne scars from my teens. Is this the kind of thing that helps with them?": what it does for the problem told;
    // "…would it help, or is she too old?" also asks what the article does not say.
    const home = problems.length > 0 ? this.topics.home(problems[0]) : undefined;
    // "…fine lines around my eyes already. What do I do?": what would treat the problem told.
    return home && (asksIfItHelps(u.words) || asksWhatToDoAboutIt(u.words)) ? { ...u, intent: home, topics: [...u.topics, ...problems] } : u;
  }

  /**
   * "My toner has alcohol in it. Is that a problem after a session?": "that" is what the remark named, when the answer has
   * an entry for everything it named ("a moisturiser with SPF" is not only the sun). "…doom scrolling tiktok lol. whats
   * microneedling, is it just needles?" defines microneedling itself.
   */
  private withTopicPointedAt(u: Understanding, told: string[]): Understanding {
    if (u.topics.length > 0 || DEFINING_INTENTS.has(u.intent) || !pointsBack(u.words) || !looksLikeQuestion(u.text)) return u;
    const named = told.filter((t) => !this.topics.isTreatedProblem(t));
    const entered = named.filter((t) => this.content.answers[u.intent]?.topics?.[t] !== undefined);
    if (entered.length > 0 && entered.length === named.length) return { ...u, topics: named };
    // "…face full of steam off the wand. Is that alright after microneedling?": leave for what the article is silent on.
    if (named.length > 0 && named.every((t) => this.topics.isUncovered(t)) && ASKS_LEAVE_FOR_THAT.test(u.words.join(' '))) return { ...u, topics: named };
    // "I use a face scrub for the bumps… can I keep using it?": what is used is the product, not what it is used for.
    return entered.length > 0 && USES_IT.test(u.words.join(' ')) ? { ...u, topics: entered } : u;
  }

  /** The aftercare's advice on what the visitor told of ("out on the field in full sun"). */
  private adviceOn(told: string[]): Action[] {
    const advised = told.filter((t) => this.topics.home(t) === AFTERCARE && this.content.answers[AFTERCARE]?.topics?.[t] !== undefined);
    return advised.map((topic) => ({ kind: 'answer', intent: AFTERCARE, topic }));
  }

  /** "How many sessions will I need? It's for the lines round my eyes": the question asks about the problem told just after. */
  private forPurposeTold(u: Understanding, next: Understanding | undefined): Understanding | undefined {
    if (next === undefined || u.topics.length > 0 || !looksLikeQuestion(u.text) || looksLikeQuestion(next.text)) return undefined;
    if (!TELLS_PURPOSE.test(next.words.join(' '))) return undefined;
    const problems = next.topics.filter((t) => this.topics.isTreatedProblem(t));
    return problems.length > 0 ? { ...u, topics: problems } : undefined;
  }

  private withoutFiller(said: Reply[], remarksOnly: boolean): Reply[] {
    // "Thank you, dear. I shall tell the ladies at my bridge club": beside thanks, a remark that asks nothing needs no refusal.
    const thanked = remarksOnly && said.some((r) => this.filler.has(r.intent) && r.intent !== UNCLEAR);
    const replies = thanked ? said.filter((r) => !(r.intent === OUT_OF_SCOPE || (r.intent === NOT_COVERED && r.topic === undefined))) : said;
    const answered = replies.filter((r) => !this.filler.has(r.intent));
    // "Interesting. Thanks": a remark the bot cannot place, beside thanks, needs no request to rephrase.
    const placed = replies.filter((r) => r.intent !== UNCLEAR);
    const unanswered = placed.length > 0 ? placed : replies;
    // "Hello there. Tis for the wife I'm asking": a greeting is reply enough to a remark beside it.
    const greeted = unanswered.some((r) => r.intent === this.greetingIntent);
    const kept = answered.length > 0 ? answered : greeted ? unanswered.filter((r) => r.intent !== this.closingIntents.reads_back) : unanswered;
    // Only the last reply offers next questions: earlier ones would offer stale choices.
    return kept.map((r, i) => (i < kept.length - 1 ? { ...r, suggestions: [] } : r));
  }

  /** Said when the bot cannot take the turn: its own failure (`error`) or a sender over the rate limit. */
  notice(kind: 'error' | 'rate_limited'): Reply {
    return this.composer.message(this.content.messages[kind], kind, []);
  }
}

/** One question of a message as the pipeline reads it before deciding anything. */
interface Reading {
  readonly understanding: Understanding;
  readonly grounding: Grounding;
}

// "And my exfoliant", "also the neck": a topic added to the question before it.
const ADDS = /^(and|also|plus|or)\b/i;
// "I had a facial years ago… How much weight does the article put on aftercare?": a question of the article is microneedling's.
const ASKS_THE_ARTICLE = /\b(the|this|your) article\b/i;
// "Can I keep using it?", "is it ok to put that on?": "it" is something the visitor uses.
const USES_IT = /\b(use|using|keep using|apply|applying|put (it|that|them) on)\b/;
// A reading keeps about 1.6 KB of heap, so 10,000 cost some 16 MB and spare 0.3–0.5 ms of CPU each time a visitor's words
// come again. Fewer than the questions a site hears in rotation would be evicted before they came back.
const READINGS_CACHED = 10_000;
// A turn keeps its replies, shared with every later visitor who sends the same words after the same answer.
const TURNS_CACHED = 10_000;
// "Whats the difference?", "which one is better then?": short enough to weigh only what was just told.
const SHORT_WEIGHING_WORDS = 5;
// "And my wife?", "what about her?": a question this short that follows on asks the last question again, of whatever the
// remark after it tells ("how tho?" and "why so long?" ask something of their own).
const MAX_BARE_QUESTION_WORDS = 4;

/** A turn worked out before: its replies, and its context, made anew at the last turn ('now') or left as it was ('kept'). */
interface KnownTurn {
  readonly replies: Reply[];
  readonly context: ConversationContext;
  readonly stamp: 'now' | 'kept';
}

/** What of a context a turn depends on: everything but when it was last changed, beyond whether it ever was. */
function contextKey({ updatedAt, ...rest }: ConversationContext): string {
  return JSON.stringify(rest) + (updatedAt > 0 ? '+' : '-');
}
const SAYS_BYE = /\b(bye|goodbye)\b/i;
const LIKE_THOSE = /\b(like|such as) (that|those|these|this|them|mine|hers|his)\b/;
// "It's for my forehead lines", "its mostly for my saggy jawline", "this is for her scars", "for the stretch marks on my tummy".
const TELLS_PURPOSE = /^((it|this|that) ?(s|is|would be|d be|will be) )?((mostly|mainly|mainly just|just|only|really) )?for\b/;
// The intent that explains how microneedling works, and the one that says what to do and avoid after a session.
const HOW_IT_WORKS = 'how_it_works';
const AFTERCARE = 'aftercare';
// The silence on how a roller and a pen compare, in intents/entities/topics.json.
const DEVICE_COMPARISON = 'device_comparison';

// "May I carry on with it after microneedling?": a question this short whose "it" is what the remark before it named.
const MAX_POINTING_WORDS = 9;
// "I'm 5 months pregnant. Is microneedling safe for me right now?", "I'm on warfarin. Does that matter with all these little
// needles?": "it", "me" and "that" lean on the remark before, as "microneedling" does in "I am pregnant. Can I do
// microneedling now or must I wait?".
const POINTERS = ['it', 'me', 'that'];
// "I take warfarin for my heart. Is it safe for me to have this needling done": for whom the remark told of, at any length.
// "I do a spin class three times a week. Would I have to stop that after microneedling, and for how long?": what it told of.
// "Finished a course of accutane in march. How long do I have to wait before I can get microneedling?": a wait for it.
// "I go to a spin class on Tuesdays. Could I still go if I had microneedling that morning?": going on with what it told of.
// "I use a retinol cream at night. When can I go back to using it after microneedling?": taking it up again.
// "…and have melasma. How does one treat this skin condition?": the problem told.
const FOR_THE_ONE_TOLD =
  /\bfor (me|him|her|them)\b|\b(stop|quit|pause|skip|give up|keep up|carry on( with)?|continue) (that|this)\b|\bwait before\b|\bstill go\b|\bgo back to( using| doing)? (it|that|them)\b|\b(this|that|my|her|his) (skin )?(condition|problem|issue)\b/;

// "Love your website", "lesson learned": a remark this short asks nothing; "my husband wishes to know whether…" does.
const MAX_ASIDE_WORDS = 4;

// "Is that alright after microneedling?" asks leave for what was told; "is it safe?" and "is this safe?" ask of microneedling.
const ASKS_LEAVE_FOR_THAT = /^((and|so|but) )?(is|are|would|will) (that|those)( \w+)? (alright|all right|ok|okay|fine|allowed|safe|a problem|bad)\b/;

// "Okay or not okay?", "fine or no?", "is that ok then?", "is there any problem with this procedure?": a verdict asked with no
// subject of its own ("is it safe?" asks of safety).
const BARE_VERDICT =
  /^((so|and|but|ok) )?((is|s) (that|it|this) )?(ok|okay|fine|alright|allowed|good)( or (no|not)( (ok|okay|fine|alright|good))?)?( then)?$|^(is|would|will) (there|that|it|this) (be )?(any|a) (problem|issue)( with (it|that|this|the)( procedure| treatment)?)?$/;

function asksBareVerdict(u: Understanding): boolean {
  return looksLikeQuestion(u.text) && BARE_VERDICT.test(u.words.join(' '));
}

/** "Love your website", "seems backwards to me": a short off-topic remark, neither a question nor a subject of its own. */
function isAside(u: Understanding, actions: Action[]): boolean {
  return u.words.length <= MAX_ASIDE_WORDS && !looksLikeQuestion(u.text) && actions.every((a) => a.kind === 'out_of_scope');
}

/** "Roller or clinic", "pen or roller?": no question of its own, only the choices a question before it weighs. */
function namesChoices(u: Understanding): boolean {
  return !looksLikeQuestion(u.text) && u.elliptical && u.topics.length >= 2 && u.words.includes('or');
}

/** "Which one's better for someone on a budget?": a question that names nothing to weigh. */
function asksWithoutSubject(u: Understanding): boolean {
  return looksLikeQuestion(u.text) && u.topics.length === 0 && !u.anchored;
}

/** "Whats the difference?", "which is better?": a short question weighing two things it does not name. */
function weighsWithoutSubject(u: Understanding): boolean {
  return asksWithoutSubject(u) && u.words.length <= SHORT_WEIGHING_WORDS && weighsTwo(u.words);
}

/** "What does it do?": a question whose only subject is a word pointing back. */
function pointsBackToIt(u: Understanding): boolean {
  return !u.anchored && u.topics.length === 0 && pointsBack(u.words);
}

/** "What is SNS nail systems and who is it for?": "it" is what was just asked about, though the words name a silence of microneedling's. */
function pointsBackPastSilences(u: Understanding, topics: TopicIndex): boolean {
  return !u.anchored && u.topics.every((t) => topics.isUncovered(t)) && pointsBack(u.words);
}

/**
 * "Clinic is trying to upsell me an aftercare kit. Do I actually need special products after?": a question the classifier is
 * sure of has an answer of its own, beside the remark's silence. "I'm pregnant, is it safe for me?" has none: the
 * article's general word does not reach a circumstance it never considers.
 */
function answersSurely(u: Understanding, actions: Action[], silence: Action[], topics: TopicIndex, sureFrom: number): boolean {
  // "I have tried many wrinkle creams, but none of them seem to work. Why?": a follow-up asks of the remark, not the last answer.
  const ownAnswers = actions.length > 0 && actions.every((a) => a.kind === 'answer' && a.followUp === undefined);
  return !silence.some((a) => isCircumstance(a, topics)) && u.confidence >= sureFrom && ownAnswers;
}

/**
 * "Should I be worried?", "is microneedling safe for me right now?": a short question that names no subject but microneedling;
 * "may I carry on with it after microneedling?" points back to the remark's.
 */
function namesNoSubject(u: Understanding, g: Grounding): boolean {
  // "Just got back from the gym. So what even is microneedling?": what microneedling is never leans on the remark.
  if (u.anchored && DEFINING_INTENTS.has(u.intent) && asksWhatMicroneedlingIs(u.words)) return false;
  return (
    u.topics.length === 0 &&
    g.unsupported.length === 0 &&
    (u.words.length <= SHORT_QUESTION_WORDS ||
      (((u.anchored && !DEFINING_INTENTS.has(u.intent)) || POINTERS.some((w) => u.words.includes(w))) && u.words.length <= MAX_POINTING_WORDS) ||
      (FOR_THE_ONE_TOLD.test(u.words.join(' ')) && u.words.length <= MAX_POINTING_WORDS + 4))
  );
}

/** A silence on a circumstance the article never considers: a condition, a medicine, a pregnancy. */
function isCircumstance(action: Action, topics: TopicIndex): boolean {
  return action.kind === 'not_covered' && action.topic !== undefined && topics.get(action.topic)?.circumstance === true;
}

/**
 * "Needles make me a bit queasy. Is microneedling actually safe?": a question naming microneedling after a remark whose
 * only silence is a word of the visitor's story, not a condition the article is silent on ("I'm pregnant"), is asked for
 * itself too.
 */
function asksBeyondStory(u: Understanding, remark: Action[]): boolean {
  return u.anchored && remark.every((a) => a.kind === 'not_covered' && a.topic === undefined);
}

/**
 * A question with no subject of its own that the classifier could not place ("How worried should I be?"), or could only
 * call a silence on nothing ("My usual toner has alcohol in it. Is it ok if I keep using it after a session?").
 */
function namesNothing(u: Understanding, g: Grounding): boolean {
  const unplaced = u.intent === OUT_OF_SCOPE || u.intent === UNCLEAR || (u.intent === NOT_COVERED && pointsBack(u.words));
  return !u.anchored && u.topics.length === 0 && g.unsupported.length === 0 && unplaced;
}

/**
 * What the conversation is about after these actions. "Can it be used for maintenance? How long should it last?": after a
 * silence, "it" is that subject, not the last answer; the conversation goes on ("and retinol?") with nothing to point back to.
 * After an off-topic message, nothing carries on.
 */
function afterActions(context: ConversationContext, actions: Action[], now: number, topics: TopicIndex, alone: boolean): ConversationContext {
  let next = context;
  // "And on my hands?" after age spots: a silence keeps the skin problem being discussed, for "how soon would they fade?".
  const discussed = context.topic !== undefined && topics.isTreatedProblem(context.topic) ? context.topic : undefined;
  // "What are permanent wrinkles?": the silence on a problem as such makes it the problem discussed.
  const problemSilenced = actions.find((a) => a.kind === 'not_covered' && a.topic !== undefined && topics.isTreatedProblem(a.topic));
  const silenced = problemSilenced?.kind === 'not_covered' ? problemSilenced.topic : undefined;
  if (actions.length > 0 && actions.every((a) => a.kind === 'not_covered' || a.kind === 'out_of_scope'))
    next = actions.some((a) => a.kind === 'not_covered') ? { topic: silenced ?? discussed, updatedAt: now } : EMPTY_CONTEXT;
  // "How come, it's making holes?" after pores: an explanation asked on its own leaves pores the problem discussed; within
  // a longer message ("how does it work and when will I see results?") the message sets its own subject.
  const told = actions.reduce((c, action) => nextContext(c, action, now, alone ? discussed : undefined), next);
  // "I've got sun spots from the Texas sun, will this fade em?": of a problem answered and a topic beside it, the problem is
  // what "they" will point back to.
  const problem = [...actions].reverse().find((a) => a.kind === 'answer' && a.topic !== undefined && topics.isTreatedProblem(a.topic));
  const after = problem && !(told.topic && topics.isTreatedProblem(told.topic)) ? nextContext(told, problem, now, undefined) : told;
  const silence = actions.find((a) => a.kind === 'not_covered' && a.topic !== undefined);
  return silence?.kind === 'not_covered' ? { ...after, silence: silence.topic } : after;
}

function nextContext(context: ConversationContext, action: Action, now: number, discussed: string | undefined): ConversationContext {
  if (action.kind === 'out_of_scope' && action.asked) return { aside: action.asked, updatedAt: now };
  if (action.kind !== 'answer') return context;
  const explains = action.intent === HOW_IT_WORKS || action.followUp !== undefined;
  const told = { intent: action.intent, topic: action.topic ?? (explains ? discussed : undefined), updatedAt: now };
  return action.followUp === 'more' || action.followUp === 'nothing_more' ? { ...told, toldMore: true } : told;
}

/** "…do anything for that or is it all tiktok nonsense?": the topics the question only sets beside what it asks. */
function withoutDisplaced(u: Understanding): Understanding {
  const displaced = displacedTopics(u);
  return displaced.size === 0 ? u : { ...u, topics: u.topics.filter((t) => !displaced.has(t)) };
}
