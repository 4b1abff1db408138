import { createSpellingCorrector } from '../../src/nlu/spelling';

describe('createSpellingCorrector', () => {
  const correct = createSpellingCorrector(['often', 'benefits', 'microneedling', 'aftercare', 'sessions'], ['wash', 'hair', 'water']);

  it.each([
    ['oftn', 'often'],
    ['benifits', 'benefits'],
    ['microneedeling', 'microneedling'],
    ['aftercre', 'aftercare'],
  ])('corrects %s to %s', (typo, word) => {
    expect(correct(typo)).toBe(word);
  });

  it('leaves known words, stop words, short words and numbers alone', () => {
    for (const word of ['wash', 'hair', 'water', 'the', 'is', 'oft', '2026']) expect(correct(word)).toBe(word);
  });

  it('reads letters held down for emphasis as the word', () => {
    expect(correct('hairr')).toBe('hair');
    expect(correct('washhh')).toBe('wash');
    expect(correct('aftercaaare')).toBe('aftercare');
  });

  it('restores a final g dropped as it is said, where the word with it is known', () => {
    const spoken = createSpellingCorrector(['often'], ['rolling', 'washing']);
    expect(spoken('rollin')).toBe('rolling');
    expect(spoken('washin')).toBe('washing');
    expect(spoken('cousin')).toBe('cousin');
  });

  it('reads a typo one letter from a domain word as that word before an English word with a g added', () => {
    const english = { has: (word: string) => ['collaging', 'morning'].includes(word) } as unknown as Parameters<typeof createSpellingCorrector>[2];
    const spoken = createSpellingCorrector(['collagen'], [], english);
    expect(spoken('collagin')).toBe('collagen');
    expect(spoken('mornin')).toBe('morning');
  });

  it('does not change the first letter, so ordinary words do not drift into the domain', () => {
    expect(correct('lessons')).toBe('lessons');
  });
});
