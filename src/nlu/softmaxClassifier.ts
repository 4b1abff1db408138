import type { Features } from './features';

export interface Prediction {
  label: string;
  /** Softmax probability, so the scores of one message sum to 1 and compare across messages. */
  confidence: number;
}

export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  /** L2 decay per step: larger keeps weights small, so no single feature decides. */
  l2: number;
  /** Weight each example by the inverse of its class's share, so a small class counts as much as a large one. */
  classBalanced: boolean;
  /** Scale features by their inverse document frequency; otherwise a feature's count alone. */
  idf: boolean;
  seed: number;
}

// 100 epochs: accuracy on the bot's questions and the benchmark corpora (test split and leave-one-out on
// the training split) is flat from about 80 to 300 epochs, and 60 stopped just short of that plateau.
export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxOptions = { epochs: 100, learningRate: 0.5, l2: 1e-4, classBalanced: false, idf: true, seed: 7 };

/** A trained model's parameters, to save and load it without training again. */
export interface SoftmaxSnapshot {
  labels: string[];
  features: string[];
  idf: number[];
  bias: number[];
  /** Row-major [class][feature]. */
  weights: Float64Array<ArrayBuffer>;
}

/** A sparse, L2-normalised TF-IDF vector: parallel arrays of feature indices and values. */
interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** Small deterministic PRNG (mulberry32), so training gives the same model on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Multinomial logistic regression over sparse TF-IDF features, trained by SGD with L2 decay.
 * natural's LogisticRegressionClassifier is one-vs-rest over dense vectors without regularisation:
 * it takes tens of seconds on this feature space and its scores are not probabilities.
 *
 * Training dominates the bot's start-up, so the inner loops work on typed arrays (one flat weight array,
 * sparse vectors as index/value arrays) and reuse one score buffer instead of allocating per step.
 */
export class SoftmaxClassifier {
  private readonly labels: string[] = [];
  private readonly featureIndex = new Map<string, number>();
  private idf = new Float64Array(0);
  /** Row-major [class][feature]: one flat array keeps the hot loops free of per-class lookups. */
  private weights = new Float64Array(0);
  private featureCount = 0;
  private bias = new Float64Array(0);

  constructor(private readonly options: SoftmaxOptions = DEFAULT_SOFTMAX_OPTIONS) {}

  train(examples: Array<{ features: Features; label: string }>): void {
    if (examples.length === 0) throw new Error('cannot train a classifier on no examples');
    this.labels.push(...new Set(examples.map((e) => e.label)));
    const documentFrequency: number[] = [];
    for (const { features } of examples) {
      for (const key of features.keys()) {
        let index = this.featureIndex.get(key);
        if (index === undefined) {
          index = this.featureIndex.size;
          this.featureIndex.set(key, index);
          documentFrequency.push(0);
        }
        documentFrequency[index] += 1;
      }
    }
    this.idf = Float64Array.from(documentFrequency, (df) => (this.options.idf ? Math.log((1 + examples.length) / (1 + df)) + 1 : 1));
    this.featureCount = this.featureIndex.size;
    this.weights = new Float64Array(this.labels.length * this.featureCount);
    this.bias = new Float64Array(this.labels.length);

    const labelIndex = new Map(this.labels.map((label, i) => [label, i]));
    const vectors = examples.map((e) => this.vectorise(e.features));
    const targets = examples.map((e) => labelIndex.get(e.label) as number);
    const classWeights = this.classWeights(targets);
    const random = seededRandom(this.options.seed);
    const order = vectors.map((_, i) => i);
    const probabilities = new Float64Array(this.labels.length);
    const { epochs, learningRate } = this.options;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const rate = learningRate / (1 + epoch * 0.05);
      for (const i of order) this.step(vectors[i], targets[i], rate, classWeights[targets[i]], probabilities);
    }
  }

  snapshot(): SoftmaxSnapshot {
    return { labels: [...this.labels], features: [...this.featureIndex.keys()], idf: [...this.idf], bias: [...this.bias], weights: this.weights };
  }

  static fromSnapshot(snapshot: SoftmaxSnapshot, options: SoftmaxOptions): SoftmaxClassifier {
    const { labels, features, idf, bias, weights } = snapshot;
    if (labels.length === 0 || idf.length !== features.length || bias.length !== labels.length || weights.length !== labels.length * features.length) {
      throw new Error('model parameters do not fit together');
    }
    const model = new SoftmaxClassifier(options);
    model.labels.push(...labels);
    features.forEach((key, i) => model.featureIndex.set(key, i));
    model.featureCount = features.length;
    model.idf = Float64Array.from(idf);
    model.bias = Float64Array.from(bias);
    model.weights = weights;
    return model;
  }

  predict(features: Features): Prediction[] {
    const probabilities = new Float64Array(this.labels.length);
    this.probabilities(this.vectorise(features), probabilities);
    return this.labels.map((label, i) => ({ label, confidence: probabilities[i] })).sort((a, b) => b.confidence - a.confidence);
  }

  /** 1 for every class, or n / (classes × class size) when classes are balanced. */
  private classWeights(targets: number[]): Float64Array {
    const weights = new Float64Array(this.labels.length).fill(1);
    if (!this.options.classBalanced) return weights;
    const sizes = new Float64Array(this.labels.length);
    for (const t of targets) sizes[t] += 1;
    return weights.map((_, c) => targets.length / (this.labels.length * sizes[c]));
  }

  private vectorise(features: Features): SparseVector {
    const indices: number[] = [];
    const values: number[] = [];
    let norm = 0;
    for (const [key, value] of features) {
      const index = this.featureIndex.get(key);
      if (index === undefined) continue;
      const weighted = value * this.idf[index];
      indices.push(index);
      values.push(weighted);
      norm += weighted * weighted;
    }
    norm = Math.sqrt(norm) || 1;
    return { indices: Int32Array.from(indices), values: Float64Array.from(values, (v) => v / norm) };
  }

  /** Writes the softmax over class scores into `out`. */
  private probabilities({ indices, values }: SparseVector, out: Float64Array): void {
    const { weights, featureCount } = this;
    let max = -Infinity;
    for (let c = 0; c < out.length; c++) {
      const row = c * featureCount;
      let score = this.bias[c];
      for (let k = 0; k < indices.length; k++) score += weights[row + indices[k]] * values[k];
      out[c] = score;
      if (score > max) max = score;
    }
    let total = 0;
    for (let c = 0; c < out.length; c++) {
      out[c] = Math.exp(out[c] - max);
      total += out[c];
    }
    for (let c = 0; c < out.length; c++) out[c] /= total;
  }

  private step(vector: SparseVector, target: number, rate: number, exampleWeight: number, probabilities: Float64Array): void {
    this.probabilities(vector, probabilities);
    const { indices, values } = vector;
    const { weights, featureCount } = this;
    const decay = 1 - rate * this.options.l2;
    for (let c = 0; c < probabilities.length; c++) {
      const gradient = (probabilities[c] - (c === target ? 1 : 0)) * exampleWeight;
      const row = c * featureCount;
      this.bias[c] -= rate * gradient;
      for (let k = 0; k < indices.length; k++) {
        const at = row + indices[k];
        weights[at] = weights[at] * decay - rate * gradient * values[k];
      }
    }
  }
}
