import type { Features } from './features';

export interface Prediction {
  label: string;
  /** Softmax probability, so the scores of one message sum to 1 and compare across messages. */
  confidence: number;
}

export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxOptions = { epochs: 60, learningRate: 0.5, l2: 1e-4, seed: 7 };

type SparseVector = Array<[number, number]>;

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
 */
export class SoftmaxClassifier {
  private readonly labels: string[] = [];
  private readonly featureIndex = new Map<string, number>();
  private idf: number[] = [];
  private weights: Float64Array[] = [];
  private bias: number[] = [];

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
    this.idf = documentFrequency.map((df) => Math.log((1 + examples.length) / (1 + df)) + 1);
    this.weights = this.labels.map(() => new Float64Array(this.featureIndex.size));
    this.bias = this.labels.map(() => 0);

    const vectors = examples.map((e) => this.vectorise(e.features));
    const targets = examples.map((e) => this.labels.indexOf(e.label));
    const random = seededRandom(this.options.seed);
    const order = vectors.map((_, i) => i);
    const { epochs, learningRate, l2 } = this.options;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const rate = learningRate / (1 + epoch * 0.05);
      for (const i of order) this.step(vectors[i], targets[i], rate, l2);
    }
  }

  predict(features: Features): Prediction[] {
    const probabilities = this.probabilities(this.vectorise(features));
    return this.labels
      .map((label, i) => ({ label, confidence: probabilities[i] }))
      .sort((a, b) => b.confidence - a.confidence);
  }

  /** Features the model was trained on, so callers can tell known words from unknown ones. */
  knows(featureKey: string): boolean {
    return this.featureIndex.has(featureKey);
  }

  private vectorise(features: Features): SparseVector {
    const vector: SparseVector = [];
    let norm = 0;
    for (const [key, value] of features) {
      const index = this.featureIndex.get(key);
      if (index === undefined) continue;
      const weighted = value * this.idf[index];
      vector.push([index, weighted]);
      norm += weighted * weighted;
    }
    norm = Math.sqrt(norm) || 1;
    return vector.map(([index, value]) => [index, value / norm]);
  }

  private probabilities(vector: SparseVector): number[] {
    const scores = this.weights.map((w, c) => vector.reduce((sum, [index, value]) => sum + w[index] * value, this.bias[c]));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  }

  private step(vector: SparseVector, target: number, rate: number, l2: number): void {
    const probabilities = this.probabilities(vector);
    for (let c = 0; c < this.labels.length; c++) {
      const gradient = probabilities[c] - (c === target ? 1 : 0);
      const w = this.weights[c];
      this.bias[c] -= rate * gradient;
      for (const [index, value] of vector) w[index] = w[index] * (1 - rate * l2) - rate * gradient * value;
    }
  }
}
