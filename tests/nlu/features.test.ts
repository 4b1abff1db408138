import { DEFAULT_FEATURE_SETTINGS, extractFeatures } from '../../src/nlu/features';

describe('extractFeatures', () => {
  it('takes stems of content words, pairs of neighbouring stems and character n-grams inside each word', () => {
    const features = extractFeatures(['how', 'often', 'the', 'sessions']);
    expect(features.get('w:session')).toBe(1);
    expect(features.has('w:the')).toBe(false);
    expect(features.get('b:how_often')).toBe(1);
    expect(features.get('c:<ses')).toBeCloseTo(DEFAULT_FEATURE_SETTINGS.charWeight);
    // No n-gram spans two words.
    expect([...features.keys()].some((k) => k.startsWith('c:') && k.includes(' '))).toBe(false);
    expect(features.has('c:n><s')).toBe(false);
  });

  it('follows its settings', () => {
    const words = ['sessions', 'sessions', 'running'];
    const plain = extractFeatures(words, { ...DEFAULT_FEATURE_SETTINGS, charNgrams: [], wordPairs: false });
    expect([...plain.keys()].sort()).toEqual(['w:run', 'w:session']);
    expect(plain.get('w:session')).toBe(2);
    const sublinear = extractFeatures(words, { ...DEFAULT_FEATURE_SETTINGS, charNgrams: [], sublinearTf: true });
    expect(sublinear.get('w:session')).toBeCloseTo(1 + Math.log(2));
    const lancaster = extractFeatures(words, { ...DEFAULT_FEATURE_SETTINGS, stemmer: 'lancaster', charNgrams: [] });
    expect(lancaster.has('w:sess')).toBe(true);
    const lemmas = extractFeatures(['scared', 'sessions', 'microneedling'], { ...DEFAULT_FEATURE_SETTINGS, stemmer: 'lemma', charNgrams: [] });
    expect([...lemmas.keys()].filter((k) => k.startsWith('w:')).sort()).toEqual(['w:microneedling', 'w:scare', 'w:session']);
    const bigrams = extractFeatures(['abc'], { ...DEFAULT_FEATURE_SETTINGS, charNgrams: [2] });
    expect([...bigrams.keys()].filter((k) => k.startsWith('c:')).sort()).toEqual(['c:<a', 'c:ab', 'c:bc', 'c:c>']);
  });
});
