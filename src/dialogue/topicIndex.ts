import type { TopicData } from '../data/intents';
import { Action, NOT_COVERED } from './action';

// What microneedling does for a skin problem: the home of the problems the article names.
const BENEFITS = 'benefits';
const BEFORE_TERM = /^(before|beforehand|prior to|prepare)\b/;
const MICRONEEDLING = /\b(micro ?-?needl\w*|needling)\b/;
const DURING_TERM = /^during (a |the )?(session|procedure|treatment|microneedling)\b|\bfeels? (during|while)\b/;

/** The topics by id, and what the decide stage asks of them. */
export class TopicIndex {
  private readonly byId: Map<string, TopicData>;

  constructor(topics: TopicData[]) {
    this.byId = new Map(topics.map((t) => [t.id, t]));
  }

  get(id: string): TopicData | undefined {
    return this.byId.get(id);
  }

  /** The intent a topic named alone is about; `not_covered` for the article's silences. */
  home(id: string): string | undefined {
    return this.byId.get(id)?.home_intent;
  }

  isUncovered(id: string): boolean {
    return this.home(id) === NOT_COVERED;
  }

  /** "Scars", "pores", "stretch marks": a skin problem the article says microneedling treats. */
  isTreatedProblem(id: string): boolean {
    return this.home(id) === BENEFITS;
  }

  /** "Derma roller for tightened pores?": the problem is the subject, the tool only how it is treated. */
  main(covered: string[]): string {
    return covered.find((t) => !this.byId.get(t)?.instrument) ?? covered[0];
  }

  /**
   * "Is it worth trying for the bags under my eyes?": the skin problem is the subject, not whether it is worth it; "can I
   * still get it done if I'm pregnant": the visitor's circumstance, not who may have the treatment in general.
   */
  mainSilence(uncovered: string[]): string {
    const circumstance = this.byId.get(uncovered[0])?.incidental ? undefined : uncovered.find((t) => this.byId.get(t)?.circumstance);
    return uncovered.find((t) => this.byId.get(t)?.condition) ?? circumstance ?? uncovered[0];
  }

  /**
   * A skin problem the article does not name ("dark circles"), or a kind of one it does ("ice pick scars", whose nearest
   * fact is what microneedling does for scars): what it is or what causes it is not the article's subject.
   */
  isSkinProblem(id: string): boolean {
    const topic = this.byId.get(id);
    const related = topic?.related?.topic;
    return Boolean(topic?.condition || (related && this.isTreatedProblem(related)));
  }

  /**
   * "How soon can I wear makeup after RF microneedling?": the kind of microneedling the article never discusses that a
   * question is about, unless it names microneedling apart from it ("does microneedling help acne, or is that the vampire
   * facial?").
   */
  kindAskedAbout(topics: string[], words: string[]): string | undefined {
    const kind = topics.find((t) => this.byId.get(t)?.kind_of_microneedling);
    if (!kind) return undefined;
    const rest = (this.byId.get(kind)?.terms ?? []).reduce((text, term) => text.split(` ${term} `).join(' '), ` ${words.join(' ')} `);
    return MICRONEEDLING.test(rest) ? undefined : kind;
  }

  /** "How to prepare before a session", "how it feels during one": a topic that is itself a moment, so "and after?" asks something else. */
  isMoment(id: string): boolean {
    return (this.byId.get(id)?.terms ?? []).some((term) => BEFORE_TERM.test(term)) || this.isDuringSession(id);
  }

  /** "What does it feel like during the session?": "and afterwards?" then asks what happens right after one. */
  isDuringSession(id: string): boolean {
    return (this.byId.get(id)?.terms ?? []).some((term) => DURING_TERM.test(term));
  }

  /** A topic named with nothing else, and no conversation to attach it to: answer from the topic's home. */
  alone(id: string): Action {
    const home = this.home(id);
    if (!home || home === NOT_COVERED) return { kind: 'not_covered', topic: id };
    return { kind: 'answer', intent: home, topic: id };
  }
}
