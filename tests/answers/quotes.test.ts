import { ArticleQuotes } from '../../src/answers/quotes';

const ARTICLE = `A Title

Intro sentence about rollers. Another intro sentence.

First Heading:

Sessions are every 4-6 weeks. The number depends on the problem. Scars need more sessions.

Anti-aging is a natural process. Skin loses elasticity with age.

The roller tightens the skin.

Second Heading

• Scar treatment.
• Shrink pores`;

describe('ArticleQuotes', () => {
  const quotes = new ArticleQuotes(ARTICLE, ['First Heading', 'Anti-aging', 'A Title']);

  it('quotes the sentences of the cited section that share most words with the answer, in the article order', () => {
    expect(quotes.quote('First Heading', 'The article says scars take more sessions, every 4-6 weeks.')).toBe(
      'Sessions are every 4-6 weeks. Scars need more sessions.',
    );
  });

  it('ends a heading at a paragraph that begins a cited section of its own, which runs to the next heading', () => {
    // Nothing of the heading's own shares a word: its first sentences, none of the next section's.
    expect(quotes.quote('First Heading', 'elasticity tightens')).toBe('Sessions are every 4-6 weeks. The number depends on the problem.');
    expect(quotes.quote('Anti-aging', 'With age skin loses elasticity; the roller tightens it.')).toBe(
      'Skin loses elasticity with age. The roller tightens the skin.',
    );
  });

  it('quotes the introduction under the title, and list items one by one', () => {
    expect(quotes.quote('A Title', 'rollers')).toBe('Intro sentence about rollers.');
    expect(quotes.quote('Second Heading', 'pores shrink')).toBe('Shrink pores');
  });

  it('gives nothing for a section the article does not have', () => {
    expect(quotes.quote('No Such Heading', 'anything')).toBeUndefined();
  });
});
