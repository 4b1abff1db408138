import type { Content } from '../data/content';
import { intentsWithFlag, TrainingData } from '../data/intents';
import { OUT_OF_SCOPE, Understanding } from '../nlu/understand';
import type { Action } from './action';
import type { ConversationContext } from './context';
import { asksIfMicroneedlingHelps, asksWhatIsOffered, isDefiningQuestion, isDefinition, pointsBack, qualityAsked, seeksTreatment } from './phrasing';
import type { TopicIndex } from './topicIndex';

// Definitions and mechanisms of skin problems themselves ("what are acne scars?") are not the article's subject.
const WHAT_IS = 'what_is';
export const DEFINING_INTENTS = new Set([WHAT_IS, 'how_it_works']);
// What a product alone is, does or risks ("what does niacinamide do?") is about that product.
const ABOUT_ITSELF = new Set([...DEFINING_INTENTS, 'benefits', 'safety']);

/** The actions for what the article does not say: the silence named, and the nearest thing it does say. */
export class Silences {
  private readonly answersAnyTopic: Set<string>;
  private readonly lists: Set<string>;
  private readonly besideSilence: Set<string>;

  constructor(
    data: TrainingData,
    private readonly content: Content,
    private readonly topics: TopicIndex,
  ) {
    this.answersAnyTopic = intentsWithFlag(data, 'answers_any_topic');
    this.lists = intentsWithFlag(data, 'lists');
    this.besideSilence = intentsWithFlag(data, 'answers_beside_silence');
  }

  /** Whether an intent's answer is a list that a subject can be missing from (the benefits). */
  isList(intent: string): boolean {
    return this.lists.has(intent);
  }

  /** The covered half and the silence, the silence first unless it is only a detail beside the question. */
  forTopic(u: Understanding, covered: string[], topic: string): Action[] {
    // "Do you do spray tans?": what the business offers, which no article fact is near.
    if (!u.anchored && covered.length === 0 && asksWhatIsOffered(u.words)) return [{ kind: 'not_covered', topic }];
    if (this.lists.has(u.intent) && covered.length === 0 && this.topics.get(topic)?.condition) return this.notListed(u.intent, { topic });
    // "Once my scars are better do they stay better?": how soon scars change answers another question than how long it lasts.
    if (this.topics.get(topic)?.unlike.includes(u.intent)) return this.named(topic);
    const half = this.coveredHalf(u, covered);
    // "How close to my wedding can I have a session?": the silence's own nearest fact is nearer than the intent's general answer.
    const own = this.topics.get(topic);
    // "What are the risks of microneedling?" asks how safe it is: the article's word on that, then its silence on the risks.
    if (half.length === 0 && own?.related?.intent === u.intent && own.answered_first)
      return [
        { kind: 'answer', intent: u.intent },
        { kind: 'not_covered', topic },
      ];
    // "Can i use my bha toner after?": the silence's own related fact answers the kind of question asked, beside the covered
    // half; but "is it worth it for acne scars?" needs no general benefits list beside the scars' own answer.
    const generalList = own?.related?.topic === undefined && half.some((a) => a.kind === 'answer' && a.intent === own?.related?.intent);
    if ((own?.related?.intent === u.intent && !generalList) || own?.related_first) return [...this.named(topic), ...half];
    // "What is hyaluronic acid?", "what does niacinamide do?": the thing itself, which the article lacks, with no microneedling fact beside it.
    if (!u.anchored && !pointsBack(u.words) && (isDefiningQuestion(u.words) || (ABOUT_ITSELF.has(u.intent) && covered.length === 0)))
      return [{ kind: 'not_covered', topic }];
    const general: Action[] = half.length === 0 && this.content.answers[u.intent] ? [{ kind: 'answer', intent: u.intent }] : half;
    // "How often can you microneedle your neck?": the article's general answer, then what it does not say; "my neck
    // skin is getting loose and saggy?": what it says of the problem named, wherever it is.
    if (this.topics.get(topic)?.incidental) return [...(general.length > 0 ? general : this.problemsAnswered(u, covered)), ...this.named(topic)];
    // The covered half is nearer than any related fact: "is it worth it for acne scars?" needs no benefits list too.
    // "What is microneedling and PRP?": what it is, then the silence.
    const beside = this.besideSilence.has(u.intent) || (u.anchored && isDefinition(u.words) && u.words.includes('and'));
    const nearest = beside && !this.topics.get(topic)?.condition ? general : half;
    return nearest.length > 0 ? [{ kind: 'not_covered', topic }, ...nearest] : this.named(topic, covered);
  }

  /** The article's own answer for each skin problem it treats among the topics named, asked mostly in words it knows. */
  private problemsAnswered(u: Understanding, covered: string[]): Action[] {
    // "WTAF are Tech Neck Lines?", "what can I do to prevent the signs of aging in my neck and décolleté?": more than
    // one word it never uses.
    if (u.foreignWords.length > 1) return [];
    return covered.flatMap((topic) => (this.topics.isTreatedProblem(topic) ? this.homeAnswer(topic) : []));
  }

  /** The topic's own answer, under the kind of question that is its home, when the article has one. */
  private homeAnswer(topic: string): Action[] {
    const home = this.topics.home(topic);
    return home && this.content.answers[home]?.topics?.[topic] ? [{ kind: 'answer', intent: home, topic }] : [];
  }

  /** What the article does not say, then the nearest thing it does. */
  thenNearest(subject: string, nearest: Action): Action[] {
    return [{ kind: 'not_covered', subject }, nearest];
  }

  /**
   * "What is holistic microneedling?": a kind of it the article never names, beside what it says microneedling is;
   * "is microneedling invasive?": a quality it never gives it, neither affirmed nor denied.
   */
  unnamedOfMicroneedling(u: Understanding, context: ConversationContext): Action[] | undefined {
    if (u.topics.length > 0 || u.otherLanguage) return undefined;
    const unknown = (w: string | undefined) => w !== undefined && u.foreignWords.includes(w);
    const kind = u.intent === WHAT_IS ? u.words.find((w, i) => u.words[i + 1] === 'microneedling' && unknown(w)) : undefined;
    if (kind) return this.thenNearest(`${kind} microneedling`, { kind: 'answer', intent: WHAT_IS, related: true });
    const quality = qualityAsked(u.words);
    return !context.treatment && unknown(quality) ? [{ kind: 'not_covered', subject: `whether microneedling is ${quality}` }] : undefined;
  }

  /** "Is it good for dark circles?": not on the article's list, and here is the list. */
  notListed(intent: string, missing: { topic?: string; subject?: string }): Action[] {
    return [
      { kind: 'not_covered', ...missing, among: intent },
      { kind: 'answer', intent },
    ];
  }

  /** A listed silence, with the article's nearest fact when the topic names one that truly relates. */
  named(topic: string, covered: string[] = []): Action[] {
    const related = this.topics.get(topic)?.related;
    const silence: Action = { kind: 'not_covered', topic };
    if (!related) return [silence];
    // "Did I waste my money on my scars?": the nearest advice, about the problem the question names.
    const problem = related.topic ?? covered.find((t) => this.content.answers[related.intent]?.topics?.[t]);
    return [silence, { kind: 'answer', intent: related.intent, topic: problem, related: true }];
  }

  /** Of a question that is partly outside the article, the part it does answer ("stretch marks" in "… from pregnancy"). */
  coveredHalf(u: Understanding, covered: string[]): Action[] {
    const entries = this.content.answers[u.intent]?.topics ?? {};
    // "Would a roller help or am I past it?": a tool of microneedling's named is as good as its name.
    const aboutMicroneedling = u.anchored || covered.some((t) => this.topics.get(t)?.instrument);
    return (
      covered
        // "Derma roller for my pores, but is it safe?" is about pores; "can I do it at home instead?" is about the instrument.
        .filter((t) => !this.topics.get(t)?.instrument || this.topics.home(t) === u.intent)
        .flatMap((topic): Action[] => {
          if (entries[topic]) return [{ kind: 'answer', intent: u.intent, topic }];
          // "What about the gym or the sun?": the sun has an answer of its own, whatever the question's kind; a skin problem
          // only in a question about microneedling whose kind has no answer ("my neck is saggy, would microneedling do anything?"),
          // not in "is it safe for acne?" or "do you know if dogs get acne?". On this site, "my tummy skin is loose now, would
          // this tighten it up?" asks it of microneedling, whatever the classifier.
          const home = this.topics.home(topic);
          const own =
            home !== 'benefits' ||
            asksIfMicroneedlingHelps(u.words) ||
            seeksTreatment(u.words) ||
            (aboutMicroneedling && !this.content.answers[u.intent] && u.intent !== OUT_OF_SCOPE);
          return own ? this.homeAnswer(topic) : [];
        })
    );
  }

  /** Whether this kind of question is answered of any topic, a skin problem included. */
  answersTopics(intent: string): boolean {
    return this.answersAnyTopic.has(intent);
  }

  /** A skin problem this intent has no entry for. */
  onProblem(intent: string, topic: string): Action[] {
    // "Are breakouts normal afterwards?": the article does not tie this answer to that problem.
    if (!this.answersTopics(intent)) {
      return [
        { kind: 'not_covered', subject: `${this.topics.get(topic)?.label ?? topic} in connection with ${this.content.subjects[intent] ?? intent}` },
        { kind: 'answer', intent, related: true },
      ];
    }
    // The composer says the article is general on it.
    return [{ kind: 'answer', intent, topic }];
  }
}
