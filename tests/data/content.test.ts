import { allEntries, loadArticle, loadContent } from '../../src/data/content';
import { loadTrainingData } from '../../src/data/intents';

const content = loadContent();
const article = loadArticle(content);
const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');
const entries = allEntries(content);
const topicIds = new Set(loadTrainingData().topics.map((t) => t.id));

describe('content', () => {
  it('keeps the article verbatim as the single source', () => {
    expect(article.startsWith('How Often You Should Micro-needle Your Skin')).toBe(true);
    expect(article).toContain('You can take sessions of micro-needling every 4-6 weeks.');
  });

  it.each(entries.map((e) => [e.path, e.entry] as const))('%s names an article section and stays short', (_path, entry) => {
    expect(normalised(article)).toContain(normalised(entry.section.replace(/[:?]$/, '')));
    expect(entry.text.length).toBeLessThan(600);
  });

  it.each(entries.map((e) => [e.path, e.entry] as const))('%s states only figures the article states', (_path, entry) => {
    for (const figure of entry.text.match(/\d+(?:-\d+)?/g) ?? []) expect(normalised(article)).toContain(figure);
  });

  it.each(entries.map((e) => [e.path, e.entry] as const))('%s attributes its claims to the article', (_path, entry) => {
    expect(entry.text.toLowerCase()).toMatch(/article/);
  });

  it('offers only suggestions that exist', () => {
    for (const { path, entry } of entries) {
      for (const key of entry.suggest) expect([path, content.suggestions[key] !== undefined]).toEqual([path, true]);
    }
  });

  it('writes topic answers only for known topics', () => {
    for (const { path } of entries.filter((e) => e.path.includes('.topics.'))) {
      expect(topicIds.has(path.split('.topics.')[1].split('.')[0])).toBe(true);
    }
  });
});
