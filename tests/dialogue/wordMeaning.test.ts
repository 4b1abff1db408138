import { loadArticle, loadContent } from '../../src/data/content';
import { askedMeaning, quotedAsked, WordMeanings } from '../../src/dialogue/wordMeaning';
import { understanding } from '../kit/understanding';

const words = (text: string) => text.split(' ');
const meanings = new WordMeanings(loadArticle(loadContent()));

describe('askedMeaning', () => {
  it('finds the word a question asks the meaning of', () => {
    expect(askedMeaning(words('what do you mean by purify'))).toEqual(['purify']);
    expect(askedMeaning(words('what does it mean by purify your skin'))).toEqual(['purify', 'your', 'skin']);
    expect(askedMeaning(words('what is meant by minuscule'))).toEqual(['minuscule']);
    expect(askedMeaning(words('what does harsh mean'))).toEqual(['harsh']);
    expect(askedMeaning(words('what do you mean by harsh how'))).toEqual(['harsh']);
    expect(askedMeaning(words('what s broad spectrum even mean'))).toEqual(['broad', 'spectrum']);
  });

  it('leaves "what does that mean?" to the last answer, and long clauses alone', () => {
    expect(askedMeaning(words('what does that mean'))).toBeUndefined();
    expect(askedMeaning(words('what do you mean by that like once a month'))).toBeUndefined();
    expect(askedMeaning(words('how often should i go'))).toBeUndefined();
  });
});

describe('WordMeanings', () => {
  it("names a word the article uses without defining it, with the article's sentence", () => {
    const purify = meanings.explain(understanding({ words: words('what do you mean by purify') }));
    expect(purify).toEqual({ kind: 'not_covered', subject: 'purify', quote: expect.stringMatching(/purify and clear your skin from acne/) });
  });

  it('names a phrase quoted from the article when asked who or what it is', () => {
    const text = 'Who is the "skincare adviser" mentioned at the end?';
    const adviser = meanings.explain(understanding({ text, words: words('who is the skincare adviser mentioned at the end') }));
    expect(adviser).toEqual({ kind: 'not_covered', subject: 'skincare adviser', quote: expect.stringMatching(/tips provided by your skincare adviser/) });
    expect(quotedAsked({ text: 'is "the safest" true', words: words('is the safest true') })).toBeUndefined();
  });

  it('leaves a topic it explains to its answer, and a word the article never uses to grounding', () => {
    expect(meanings.explain(understanding({ words: words('what does collagen mean'), topics: ['collagen'] }))).toBeUndefined();
    expect(meanings.explain(understanding({ words: words('what does rosacea mean') }))).toBeUndefined();
  });

  it('names a word of a topic the article names without explaining, such as its sunscreen', () => {
    const asked = understanding({ words: words('what does broad spectrum sunscreen mean'), topics: ['sun'] });
    expect(meanings.explain(asked)).toBeUndefined();
    const namingOnly = new WordMeanings(loadArticle(loadContent()), (topic) => topic === 'sun');
    expect(namingOnly.explain(asked)).toEqual({
      kind: 'not_covered',
      subject: 'broad spectrum sunscreen',
      quote: expect.stringMatching(/broad-spectrum sunscreen/),
    });
  });

  it('leaves the article its own subject, which it defines', () => {
    const text = "what exactly is a 'microneedling facial'?";
    expect(meanings.explain(understanding({ text, words: words('what exactly is a microneedling facial') }))).toBeUndefined();
  });
});
