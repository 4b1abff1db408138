/**
 * The article's structure, read from its verbatim text: the first paragraph is the title, a short line that
 * introduces a paragraph is a heading, "•" lines are a list. The demo page renders it; quotes are taken from it.
 */

export interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'list';
  lines: string[];
}

const BULLET = /^[•·*-]\s*/;
const HEADING_MAX = 70;

export function articleBlocks(text: string): Block[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((p) => p.length > 0);
  return paragraphs.map((lines, i): Block => {
    if (i === 0) return { kind: 'title', lines };
    if (lines.every((l) => BULLET.test(l))) return { kind: 'list', lines: lines.map((l) => l.replace(BULLET, '')) };
    const [line] = lines;
    const introduces = i < paragraphs.length - 1;
    if (lines.length === 1 && introduces && line.length <= HEADING_MAX && !/\.$/.test(line)) return { kind: 'heading', lines: [line.replace(/:$/, '')] };
    return { kind: 'paragraph', lines };
  });
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z"“])/;

/** A block's sentences: a paragraph's, split where one ends and the next begins, or a list's items. */
export function sentencesOf(block: Block): string[] {
  return block.kind === 'list' ? block.lines : block.lines.join(' ').split(SENTENCE_END);
}

/** Every sentence of the article's paragraphs and lists, in order; headings and the title are not sentences. */
export function articleSentences(text: string): string[] {
  return articleBlocks(text)
    .filter((b) => b.kind === 'paragraph' || b.kind === 'list')
    .flatMap(sentencesOf);
}
