import type { TopicData } from '../data/intents';
import { stem, tokenize } from './tokens';

interface TopicTerm {
  topic: string;
  stems: string[];
}

/** Finds the topics a message names ("acne scars", "sun hat"), longest term first at each position. */
export class TopicMatcher {
  private readonly terms: TopicTerm[];
  /** The terms by first stem, longest first as in `terms`: each position is tried only against terms that can start there. */
  private readonly termsByFirstStem = new Map<string, TopicTerm[]>();

  constructor(topics: TopicData[], fold: (text: string) => string) {
    this.terms = topics
      .flatMap((t) => t.terms.map((term) => ({ topic: t.id, stems: tokenize(fold(term)).map(stem) })))
      .filter((t) => t.stems.length > 0)
      .sort((a, b) => b.stems.length - a.stems.length);
    for (const term of this.terms) {
      const bucket = this.termsByFirstStem.get(term.stems[0]);
      if (bucket) bucket.push(term);
      else this.termsByFirstStem.set(term.stems[0], [term]);
    }
  }

  /** Topic ids in order of first mention, and which word positions the mentions covered. */
  match(words: string[]): { topics: string[]; covered: Set<number> } {
    const { spans } = this.spans(words);
    const topics: string[] = [];
    const covered = new Set<number>();
    for (const [start, { topic, length }] of spans) {
      for (let k = 0; k < length; k++) covered.add(start + k);
      if (!topics.includes(topic)) topics.push(topic);
    }
    return { topics, covered };
  }

  /** Each mention by its start position: the topic and how many words it spans. */
  spans(words: string[]): { spans: Map<number, { topic: string; length: number }> } {
    const stems = words.map(stem);
    const spans = new Map<number, { topic: string; length: number }>();
    for (let i = 0; i < stems.length; i++) {
      const term = this.termsByFirstStem.get(stems[i])?.find((t) => t.stems.every((s, k) => stems[i + k] === s));
      if (!term) continue;
      spans.set(i, { topic: term.topic, length: term.stems.length });
      i += term.stems.length - 1;
    }
    return { spans };
  }

  /** Every stem a topic term uses: words the bot knows even if no utterance trains them. */
  stems(): string[] {
    return this.terms.flatMap((t) => t.stems);
  }
}
