import type { TopicData } from '../data/intents';
import type { Action } from '../dialogue/action';
import type { AnswerEntry, Content, FollowUpKind, Suggestion } from '../data/content';
import type { ArticleQuotes } from './quotes';

/** One message from the bot, before any channel renders it. */
export interface Reply {
  text: string;
  suggestions: Suggestion[];
  /** What the reply answered, for logs, tests and evaluation. */
  intent: string;
  topic?: string;
  /** The article heading the facts come from; absent for replies that state no fact. */
  section?: string;
  /** For a reply that declines: what the article does not cover, as the reply names it. */
  subject?: string;
  /** The classifier's confidence in the question's intent, for the question log. */
  confidence?: number;
}

/** Whether a reply says what the article does not cover: a silence, or an answer whose point is one ("only for scars"). */
export function namesSilence(reply: Reply): boolean {
  return reply.intent === 'not_covered' || (reply.subject !== undefined && reply.intent !== 'out_of_scope');
}

const MAX_SUGGESTIONS = 3;
/** The reply's intent when the question was in a language the bot does not read. */
export const OTHER_LANGUAGE = 'other_language';
// A subject that is itself a question ("how long your results will last") reads "doesn't say …", not "doesn't cover …".
const WH_CLAUSE = /^(how|what|when|where|which|who|why|whether)\b/;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** Stage "act": writes the reply for an action, from content only. */
export class Composer {
  private readonly topics: Map<string, TopicData>;

  constructor(
    private readonly content: Content,
    topics: TopicData[],
    private readonly quotes: ArticleQuotes,
  ) {
    this.topics = new Map(topics.map((t) => [t.id, t]));
  }

  compose(action: Action): Reply {
    switch (action.kind) {
      case 'answer': {
        const reply = this.answer(action.intent, action.topic, action.followUp);
        return action.related ? { ...reply, text: fill(this.content.messages.related, { text: reply.text }) } : reply;
      }
      case 'not_covered':
        return { ...this.message(this.notCovered(action), 'not_covered', this.content.default_suggestions, action.topic), subject: this.subjectOf(action) };
      case 'conversational':
        return this.message(
          this.content.messages[action.tone ?? action.intent] ?? this.content.messages.capabilities,
          action.intent,
          this.content.default_suggestions,
        );
      case 'out_of_scope': {
        const text = action.treatment ? fill(this.content.messages.other_treatment, { treatment: action.treatment }) : this.content.messages.out_of_scope;
        return { ...this.message(text, 'out_of_scope', this.content.default_suggestions), subject: action.treatment };
      }
      case 'unclear':
        return action.language
          ? this.message(this.content.messages.other_language, OTHER_LANGUAGE, this.content.default_suggestions)
          : this.message(this.content.messages.unclear, 'unclear', this.content.default_suggestions);
    }
  }

  /** Names what the article does not cover, in a sentence that reads well whichever way the subject came. */
  private notCovered(action: Extract<Action, { kind: 'not_covered' }>): string {
    const { messages } = this.content;
    if (action.treatment) return fill(messages.other_treatment_compared, { treatment: action.treatment });
    if (action.quote) return fill(messages.not_defined, { word: action.subject ?? 'that', sentence: action.quote });
    if (action.condition) return fill(messages.not_covered_condition, { topic: this.subjectOf(action) ?? 'that' });
    const subject = this.subjectOf(action);
    if (!subject) return messages.not_covered_general;
    if (!action.topic && WH_CLAUSE.test(subject)) return fill(messages.not_covered_question, { subject });
    if (action.among) return fill(messages.not_among, { topic: subject, subject: this.content.subjects[action.among] ?? 'its answers' });
    // One bare word ("facialist") reads as a name only in quotes: "doesn't cover facialist" is not English.
    if (!action.topic && !action.treatment && !subject.includes(' ') && !subject.endsWith('ing')) return fill(messages.not_covered_word, { word: subject });
    return fill(messages.not_covered, { topic: subject });
  }

  private subjectOf(action: Extract<Action, { kind: 'not_covered' }>): string | undefined {
    return action.treatment ?? (action.topic ? this.topics.get(action.topic)?.label : action.subject);
  }

  message(text: string, intent: string, suggest: string[], topic?: string): Reply {
    return { text, intent, topic, suggestions: this.suggestions(suggest, []) };
  }

  private answer(intent: string, topic: string | undefined, followUp: FollowUpKind | undefined): Reply {
    const base = this.content.answers[intent];
    const topical = topic ? base.topics?.[topic] : undefined;
    const entry = topical ?? base;
    if (followUp === 'quote') return this.quoted(intent, topic, entry);
    if (followUp === 'nothing_more') return this.nothingMore(intent, topic, entry);
    if (followUp) return this.followUp(intent, topic, topical ?? base, topical ? base : undefined, followUp);
    const answered = [intent, ...(topic ? [topic] : [])];
    if (topic && !topical && this.topics.get(topic)?.home_intent === 'benefits') {
      // The article's advice on this question is general; say so rather than imply it is specific to the topic.
      const label = this.topics.get(topic)?.label ?? topic;
      const text = base.elsewhere
        ? fill(base.elsewhere, { subject: label })
        : `The article says nothing specific about ${label} here. In general: ${base.text}`;
      // The reply names a silence before the general answer, and is counted as one.
      return { ...this.fromEntry(base, intent, topic, answered), text, subject: `${this.content.subjects[intent] ?? intent} for ${label}` };
    }
    return this.fromEntry(entry, intent, topical ? topic : undefined, answered);
  }

  private followUp(intent: string, topic: string | undefined, entry: AnswerEntry, parent: AnswerEntry | undefined, kind: 'more' | 'why' | 'how_long'): Reply {
    const specific = entry[kind] ?? parent?.[kind];
    if (specific) return this.fromEntry(specific, intent, topic, [intent, ...(topic ? [topic] : [])]);
    if (kind === 'more') return this.nothingMore(intent, topic, entry);
    const subject = this.answeredSubject(intent, topic);
    const template = kind === 'why' ? this.content.messages.no_why : this.content.messages.no_how_long;
    const reply = this.message(fill(template, { subject }), intent, entry.suggest, topic);
    // "Why?" and "how long does that last?" with no answer in the article are silences on what was asked.
    return { ...reply, subject: kind === 'why' ? `the reasons behind ${subject}` : `how long ${subject} lasts` };
  }

  /** "Tell me more" when the article has nothing more: says so, a silence on anything further. */
  private nothingMore(intent: string, topic: string | undefined, entry: AnswerEntry): Reply {
    const subject = this.answeredSubject(intent, topic);
    return { ...this.message(fill(this.content.messages.no_more, { subject }), intent, entry.suggest, topic), subject: `anything more on ${subject}` };
  }

  /** What an answer was about, for a reply that says the article has nothing further on it. */
  private answeredSubject(intent: string, topic: string | undefined): string {
    return (topic && this.topics.get(topic)?.label) || this.content.subjects[intent] || 'that';
  }

  /** "What exactly does it say?": the article's own sentences behind the last answer, under the heading it cites. */
  private quoted(intent: string, topic: string | undefined, entry: AnswerEntry): Reply {
    const quote = this.quotes.quote(entry.section, entry.text);
    if (!quote) return this.fromEntry(entry, intent, topic, [intent]);
    const text = fill(this.content.messages.quote, { section: entry.section, quote });
    return { ...this.fromEntry(entry, intent, topic, [intent, ...(topic ? [topic] : [])]), text };
  }

  private fromEntry(entry: AnswerEntry, intent: string, topic: string | undefined, answered: string[]): Reply {
    const reply = { text: entry.text, intent, topic, section: entry.section, suggestions: this.suggestions(entry.suggest, answered) };
    return entry.silent_on ? { ...reply, subject: entry.silent_on } : reply;
  }

  private suggestions(keys: string[], answered: string[]): Suggestion[] {
    return keys
      .filter((key) => !answered.includes(key))
      .map((key) => this.content.suggestions[key])
      .filter((s): s is Suggestion => s !== undefined)
      .slice(0, MAX_SUGGESTIONS);
  }
}
