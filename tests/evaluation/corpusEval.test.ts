import { evaluateCorpus } from '../../src/evaluation/corpusEval';

describe('evaluateCorpus', () => {
  it('trains on the training sentences and tests on the others only', () => {
    const sentences = [
      ...['when is the next train', 'next train please', 'when does the train leave'].map((text) => ({ text, intent: 'Departure', training: true })),
      ...['route to the zoo', 'how do i get to the station', 'connection to the museum'].map((text) => ({ text, intent: 'Connection', training: true })),
      { text: 'when does the next train go', intent: 'Departure', training: false },
      { text: 'how do i get to the museum', intent: 'Connection', training: false },
    ];
    const result = evaluateCorpus({ name: 'tiny', sentences });
    expect(result).toMatchObject({ corpus: 'tiny', trainingSize: 6, n: 2, accuracy: 1, microF1: 1 });
    expect(result.msPerUtterance).toBeGreaterThan(0);
  });
});
