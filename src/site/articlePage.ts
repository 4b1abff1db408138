import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleBlocks, Block } from '../data/articleText';
import { citedSections, loadArticle, loadContent } from '../data/content';
import { projectRoot } from '../data/paths';
import { slug } from './slug';

/**
 * The demo page's article, rendered from the verbatim text (`articleBlocks`). Every section a reply can cite gets an
 * id, so a source link lands on it: on its heading, or, for a section the text has no heading for (the article's
 * "Anti-aging" starts a paragraph), on the paragraph that begins with its name.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** The article as HTML (h1, h2, p, ul), with an id on every heading and on each cited section's place. */
export function articleHtml(text: string, citedSections: readonly string[]): string {
  const all = articleBlocks(text);
  const ids = new Map<Block, string>();
  for (const block of all) if (block.kind !== 'paragraph' && block.kind !== 'list') ids.set(block, slug(block.lines[0]));
  for (const section of citedSections) {
    const id = slug(section);
    if ([...ids.values()].includes(id)) continue;
    const start = all.find((b) => b.kind === 'paragraph' && !ids.has(b) && slug(b.lines[0]).startsWith(`${id}-`));
    if (start) ids.set(start, id);
  }
  return all
    .map((block) => {
      const id = ids.has(block) ? ` id="${ids.get(block)}"` : '';
      const inner = block.lines.map(escapeHtml);
      switch (block.kind) {
        case 'title':
          return `<h1${id}>${inner.join(' ')}</h1>`;
        case 'heading':
          return `<h2${id}>${inner.join(' ')}</h2>`;
        case 'list':
          return `<ul>${inner.map((l) => `<li>${l}</li>`).join('')}</ul>`;
        default:
          return `<p${id}>${inner.join(' ')}</p>`;
      }
    })
    .join('\n');
}

const MARKER = '<!-- article -->';

/** The demo page: public/index.html with the article of content/ in place of its marker. */
export function demoPage(): string {
  const template = readFileSync(join(projectRoot, 'public', 'index.html'), 'utf8');
  if (!template.includes(MARKER)) throw new Error(`public/index.html has no ${MARKER} marker for the article`);
  const content = loadContent();
  return template.replace(MARKER, articleHtml(loadArticle(content), citedSections(content)));
}
