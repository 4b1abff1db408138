import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTrainingData, TrainingData } from '../../src/data/intents';
import { botClassifier } from '../../src/nlu/botClassifier';

const questions = ['how often should i microneedle', 'what is micro needling', 'can i wear makeup after', 'hello'];

describe("the bot's classifier", () => {
  const data = loadTrainingData();
  const fresh = botClassifier(data, null);
  let dir: string;
  const warnings: string[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bot-model-'));
    warnings.length = 0;
    jest.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ranks exactly as one trained now, whether trained, saved or loaded', () => {
    const file = join(dir, 'intent-classifier.bin');
    const saved = botClassifier(data, file);
    const loaded = botClassifier(data, file);
    expect(warnings).toEqual([expect.stringMatching(/retrained: no saved model/)]);
    for (const q of questions) {
      expect(saved.classify(q)).toEqual(fresh.classify(q));
      expect(loaded.classify(q)).toEqual(fresh.classify(q));
    }
  });

  it('is retrained, with a warning, when an utterance or a spelling variant of intents/ changed', () => {
    const file = join(dir, 'intent-classifier.bin');
    botClassifier(data, file);
    const withUtterance: TrainingData = {
      ...data,
      intents: data.intents.map((i) => (i.intent === 'thanks' ? { ...i, utterances: [...i.utterances, 'much obliged to you'] } : i)),
    };
    expect(botClassifier(withUtterance, file).classify('much obliged to you')[0].label).toBe('thanks');
    const withVariant: TrainingData = { ...data, domain: { ...data.domain, spelling_variants: { ...data.domain.spelling_variants, obliged: 'thanks' } } };
    botClassifier(withVariant, file);
    expect(warnings.slice(1)).toEqual(Array(2).fill(expect.stringMatching(/trained on other data or settings/)));
  });
});
