import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOT_CLASSIFIER_SETTINGS } from '../../src/nlu/classifierSettings';
import { IntentClassifier } from '../../src/nlu/intentClassifier';
import { loadModel, loadOrTrain, saveModel, trainingKey } from '../../src/nlu/modelStore';
import { tokenize } from '../../src/nlu/tokens';

const prepare = (text: string) => tokenize(text.toLowerCase());
const examples = [
  ...['when is the next train', 'next train to the airport', 'when does the train leave'].map((text) => ({ text, intent: 'departure' })),
  ...['how do i get to the station', 'route to the museum', 'find a connection to the zoo'].map((text) => ({ text, intent: 'connection' })),
];
const settings = BOT_CLASSIFIER_SETTINGS;
const probes = ['when will the next train leave?', 'what is the route to the station', 'zoo', ''];

describe('the saved intent model', () => {
  let dir: string;
  let file: string;
  const retrains: string[] = [];
  const cache = () => ({ file, onRetrain: (reason: string) => retrains.push(reason) });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'intent-model-'));
    file = join(dir, 'model', 'intent-classifier.bin');
    retrains.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads to a classifier that ranks exactly as the one trained', () => {
    const trained = IntentClassifier.train(examples, prepare, settings);
    saveModel(file, trainingKey(examples, prepare, settings), trained);
    const loaded = loadModel(file, trainingKey(examples, prepare, settings), settings, prepare);
    expect(loaded).toBeInstanceOf(IntentClassifier);
    for (const text of probes) expect((loaded as IntentClassifier).classify(text)).toEqual(trained.classify(text));
  });

  it('trains and saves when there is no file, then loads without training', () => {
    const first = loadOrTrain(examples, prepare, settings, cache());
    expect(retrains).toEqual([expect.stringMatching(/retrained: no saved model; saved to /)]);
    const second = loadOrTrain(examples, prepare, settings, cache());
    expect(retrains).toHaveLength(1);
    expect(second.classify('next train')).toEqual(first.classify('next train'));
  });

  it('retrains when the training sentences changed, and serves the new model', () => {
    loadOrTrain(examples, prepare, settings, cache());
    const changed = [...examples, { text: 'buy a ticket for the zoo', intent: 'ticket' }];
    const model = loadOrTrain(changed, prepare, settings, cache());
    expect(retrains[1]).toMatch(/trained on other data or settings/);
    expect(model.classify('buy a ticket')[0].label).toBe('ticket');
    loadOrTrain(changed, prepare, settings, cache());
    expect(retrains).toHaveLength(2);
  });

  it('retrains when the settings, the spelling context or the way words are made changed', () => {
    loadOrTrain(examples, prepare, settings, cache());
    loadOrTrain(examples, prepare, { ...settings, model: { ...settings.model, l2: 1e-3 } }, cache());
    loadOrTrain(examples, prepare, settings, { ...cache(), context: '{"micro needling":"microneedling"}' });
    loadOrTrain(examples, (text) => prepare(text).filter((w) => w !== 'is'), settings, cache());
    expect(retrains.slice(1)).toEqual(Array(3).fill(expect.stringMatching(/other data or settings/)));
  });

  it.each([
    ['garbage', () => writeFileSync(file, 'not a model at all')],
    ['a truncated file', () => writeFileSync(file, readFileSync(file).subarray(0, 200))],
    ['weights cut short', () => writeFileSync(file, readFileSync(file).subarray(0, readFileSync(file).length - 8))],
    ['a damaged header', () => writeFileSync(file, Buffer.from(readFileSync(file).toString('latin1').replace('"labels"', '"lables"'), 'latin1'))],
    ['an empty file', () => writeFileSync(file, '')],
    [
      'a flipped byte in the weights',
      () => {
        const bytes = readFileSync(file);
        bytes[bytes.length - 3] ^= 0x40;
        writeFileSync(file, bytes);
      },
    ],
  ])('retrains on %s instead of failing or serving it', (_, damage) => {
    const trained = loadOrTrain(examples, prepare, settings, cache());
    damage();
    const model = loadOrTrain(examples, prepare, settings, cache());
    expect(retrains[1]).toMatch(/not a model file|damaged|truncated/);
    for (const text of probes) expect(model.classify(text)).toEqual(trained.classify(text));
    expect(loadModel(file, trainingKey(examples, prepare, settings), settings, prepare)).toBeInstanceOf(IntentClassifier);
  });

  it('still answers when the model cannot be saved', () => {
    writeFileSync(join(dir, 'model'), 'a file where the folder should be');
    const model = loadOrTrain(examples, prepare, settings, cache());
    expect(retrains[0]).toMatch(/not saved/);
    expect(model.classify('next train to the zoo')).toHaveLength(2);
  });
});
