import type { TopicData } from '../data/intents';
import { stem, tokenize } from './tokens';

interface TopicTerm {
  topic: string;
  stems: string[];
}

/** Finds the topics a message names ("acne scars", "sun hat"), longest term first at each position. */
export class TopicMatcher {
  private readonly terms: TopicTerm[];

  constructor(topics: TopicData[], fold: (text: string) => string) {
    this.terms = topics
      .flatMap((t) => t.terms.map((term) => ({ topic: t.id, stems: tokenize(fold(term)).map(stem) })))
      .filter((t) => t.stems.length > 0)
      .sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Topic ids in order of first mention, and which word positions the mentions covered. */
  match(words: string[]): { topics: string[]; covered: Set<number> } {
    const stems = words.map(stem);
    const topics: string[] = [];
    const covered = new Set<number>();
    for (let i = 0; i < stems.length; i++) {
      if (covered.has(i)) continue;
      const term = this.terms.find((t) => t.stems.every((s, k) => stems[i + k] === s));
      if (!term) continue;
      term.stems.forEach((_, k) => covered.add(i + k));
      if (!topics.includes(term.topic)) topics.push(term.topic);
    }
    return { topics, covered };
  }

  /** Every stem a topic term uses: words the bot knows even if no utterance trains them. */
  stems(): string[] {
    return this.terms.flatMap((t) => t.stems);
  }
}
