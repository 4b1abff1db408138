import { IntentClassifier } from '../../src/nlu/intentClassifier';

const examples = [
  ...['when is the next train', 'next train to the airport', 'when does the train leave'].map((text) => ({ text, intent: 'departure' })),
  ...['how do i get to the station', 'route to the museum', 'find a connection to the zoo'].map((text) => ({ text, intent: 'connection' })),
];

describe('IntentClassifier', () => {
  const classifier = IntentClassifier.train(examples);

  it('ranks the right intent first on unseen wording', () => {
    expect(classifier.classify('when will the next train leave?')[0].label).toBe('departure');
    expect(classifier.classify('what is the route to the station')[0].label).toBe('connection');
  });

  it('returns probabilities that sum to one, best first', () => {
    const ranking = classifier.classify('train to the museum');
    expect(ranking.reduce((sum, p) => sum + p.confidence, 0)).toBeCloseTo(1, 6);
    expect(ranking[0].confidence).toBeGreaterThanOrEqual(ranking[1].confidence);
  });

  it('trains the same model every time', () => {
    const again = IntentClassifier.train(examples);
    expect(again.classify('next connection')).toEqual(classifier.classify('next connection'));
  });

  it('handles text with no known feature without throwing', () => {
    const ranking = classifier.classify('');
    expect(ranking).toHaveLength(2);
    expect(ranking[0].confidence).toBeGreaterThan(0);
  });

  it('refuses to train on nothing', () => {
    expect(() => IntentClassifier.train([])).toThrow(/no examples/);
  });
});
