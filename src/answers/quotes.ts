import { articleBlocks, sentencesOf } from '../data/articleText';
import { isStopWord, stem, tokenize } from '../nlu/tokens';

// "What exactly does it say?": the sentence or two an answer rests on, not the whole section.
const MAX_QUOTED_SENTENCES = 2;

const normalised = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
// Words every answer and much of the article use ("the article says", "micro-needling"): they point to no sentence.
const EVERYWHERE = new Set(['article', 'says', 'micro', 'needling', 'microneedling'].map(stem));
const contentStems = (text: string): Set<string> =>
  new Set(
    tokenize(text)
      .filter((w) => !isStopWord(w))
      .map(stem)
      .filter((s) => !EVERYWHERE.has(s)),
  );

/** The article's own sentences behind an answer, found under the section the answer cites. */
export class ArticleQuotes {
  /** The sentences under each heading (the title's: the introduction), by the heading. */
  private readonly sections = new Map<string, string[]>();

  /** `cited`: the sections answers cite, some of which start a paragraph instead of having a heading ("Anti-aging is …"). */
  constructor(article: string, cited: readonly string[]) {
    const unheaded = cited.map(normalised);
    let current: string[] = [];
    for (const block of articleBlocks(article)) {
      const first = normalised(block.lines[0]);
      const starts = block.kind === 'title' || block.kind === 'heading' ? first : unheaded.find((s) => !this.sections.has(s) && first.startsWith(`${s} `));
      if (starts !== undefined) this.sections.set(starts, (current = []));
      if (block.kind === 'paragraph' || block.kind === 'list') current.push(...sentencesOf(block));
    }
  }

  /** Up to two sentences of the section that share the most words with the answer, in the article's order. */
  quote(section: string, answer: string): string | undefined {
    const sentences = this.sections.get(normalised(section));
    if (!sentences || sentences.length === 0) return undefined;
    const words = contentStems(answer);
    const scored = sentences.map((text, at) => ({ text, at, score: [...contentStems(text)].filter((s) => words.has(s)).length }));
    const best = scored
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.at - b.at)
      .slice(0, MAX_QUOTED_SENTENCES)
      .sort((a, b) => a.at - b.at);
    return (best.length > 0 ? best.map((s) => s.text) : sentences.slice(0, MAX_QUOTED_SENTENCES)).join(' ');
  }
}
