import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClassifierSettings } from './classifierSettings';
import { extractFeatures } from './features';
import { IntentClassifier, LabelledText, Prepare } from './intentClassifier';
import { SoftmaxClassifier, SoftmaxSnapshot } from './softmaxClassifier';

// Bump when the file layout or the training procedure changes, so models saved before are retrained.
const MODEL_FORMAT = 1;
const MAGIC = 'MNIC';

// Sentences whose features stand for the feature code: if tokenising, stemming or feature extraction change,
// their features change too. (Extracting the features of every training sentence would cost more than loading.)
const PROBES = ['How often should I be microneedling my skin, and what happens after?', 'Running flies happily: winterstraße café 12'];

/**
 * What a saved model was trained from: the training sentences and their intents, whatever else shapes their
 * words (`context`, such as spelling variants), the settings, and the features of a few probe sentences.
 */
export function trainingKey(examples: LabelledText[], prepare: Prepare, settings: ClassifierSettings, context = ''): string {
  const probes = PROBES.map((text) => [...extractFeatures(prepare(text), settings.features)]);
  const identity = { format: MODEL_FORMAT, settings, context, probes, examples: examples.map((e) => [e.intent, e.text]) };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}

const checksum = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Layout: "MNIC", a uint32 header length, the JSON header (key and parameters), padding to 8 bytes, the weights as float64. */
export function saveModel(file: string, key: string, classifier: IntentClassifier): void {
  const { weights, ...parameters } = classifier.snapshot();
  const weightBytes = Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength);
  const header = Buffer.from(JSON.stringify({ format: MODEL_FORMAT, key, checksum: checksum(weightBytes), ...parameters }), 'utf8');
  const weightsAt = Math.ceil((8 + header.length) / 8) * 8;
  const bytes = Buffer.alloc(weightsAt + weights.byteLength);
  bytes.write(MAGIC, 0, 'latin1');
  bytes.writeUInt32LE(header.length, 4);
  header.copy(bytes, 8);
  weightBytes.copy(bytes, weightsAt);
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed, so a reader never sees half a file and two writers never mix theirs.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** The saved model if it was trained from exactly `key`; otherwise why it cannot be used. */
export function loadModel(file: string, key: string, settings: ClassifierSettings, prepare: Prepare): IntentClassifier | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return 'no saved model';
  }
  try {
    if (bytes.toString('latin1', 0, 4) !== MAGIC) return 'the saved model is not a model file';
    const headerLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Omit<SoftmaxSnapshot, 'weights'> & {
      format: number;
      key: string;
      checksum: string;
    };
    if (header.format !== MODEL_FORMAT || header.key !== key) return 'the saved model was trained on other data or settings';
    const weightsAt = Math.ceil((8 + headerLength) / 8) * 8;
    const count = (bytes.length - weightsAt) / 8;
    if (!Number.isInteger(count) || count < 0) return 'the saved model is truncated';
    if (checksum(bytes.subarray(weightsAt)) !== header.checksum) return 'the saved model is damaged (its weights do not match their checksum)';
    // A copy into fresh memory: the read buffer may not be 8-byte aligned.
    const weights = new Float64Array(count);
    Buffer.from(weights.buffer).set(bytes.subarray(weightsAt));
    const model = SoftmaxClassifier.fromSnapshot({ ...header, weights }, settings.model);
    return new IntentClassifier(model, settings, prepare);
  } catch (error) {
    return `the saved model is damaged (${(error as Error).message})`;
  }
}

export interface ModelCache {
  file: string;
  /** Anything besides the sentences that changes their words, for the training key. */
  context?: string;
  /** Told why the model was retrained; start-up logs it. */
  onRetrain?: (reason: string) => void;
}

/** The saved model when it matches the training data and settings; otherwise a freshly trained one, saved for next time. */
export function loadOrTrain(examples: LabelledText[], prepare: Prepare, settings: ClassifierSettings, cache: ModelCache): IntentClassifier {
  const key = trainingKey(examples, prepare, settings, cache.context);
  const loaded = loadModel(cache.file, key, settings, prepare);
  if (typeof loaded !== 'string') return loaded;
  const classifier = IntentClassifier.train(examples, prepare, settings);
  let saved = `saved to ${cache.file}`;
  try {
    saveModel(cache.file, key, classifier);
  } catch (error) {
    saved = `not saved (${(error as Error).message})`;
  }
  cache.onRetrain?.(`intent classifier retrained: ${loaded}; ${saved}`);
  return classifier;
}
