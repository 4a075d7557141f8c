import { seededRandom } from '../eval/seeded-random.ts';
import type { Features } from '../models/featurize.ts';
import { Adam, DEFAULT_ADAM } from './adam.ts';
import { backward, createWeights, forward, sigmoid, type NetworkShape, type NetworkWeights } from './embedding-bag-mlp.ts';

export interface TrainingExample {
  features: Features;
  /** One target per output: 1, 0, or NaN when the row says nothing about that output. */
  targets: Float32Array;
  /** Loss weight of the whole example (e.g. to balance sources). */
  weight: number;
}

export interface TrainingSettings {
  shape: NetworkShape;
  epochs: number;
  learningRate: number;
  /** Fraction of an example's features dropped at each visit (regularises, like word dropout). */
  featureDropout: number;
  /** Per-output weight of positive targets (class balance). */
  positiveWeights: readonly number[];
  seed: number;
}

export interface EpochReport {
  epoch: number;
  meanLoss: number;
}

/** Deterministic: the same examples, settings and seed give bit-identical weights. */
export function trainNetwork(
  examples: readonly TrainingExample[],
  settings: TrainingSettings,
  onEpoch: (report: EpochReport) => void = () => {},
): NetworkWeights {
  const random = seededRandom(settings.seed);
  const weights = createWeights(settings.shape, random);
  const { embeddingDims: d, outputs: k } = settings.shape;
  const adam = { ...DEFAULT_ADAM, learningRate: settings.learningRate };
  const optimizers = {
    embedding: new Adam(weights.embedding, adam),
    hiddenWeights: new Adam(weights.hiddenWeights, adam),
    hiddenBias: new Adam(weights.hiddenBias, adam),
    outputWeights: new Adam(weights.outputWeights, adam),
    outputBias: new Adam(weights.outputBias, adam),
  };
  const optimizerList = Object.values(optimizers);
  const order = Array.from(examples.keys());
  const totalSteps = settings.epochs * examples.length;
  let step = 0;
  const logitGrad = new Float64Array(k);

  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    shuffle(order, random);
    let lossSum = 0;
    for (const index of order) {
      const example = examples[index]!;
      const features = dropFeatures(example.features, settings.featureDropout, random);
      const pass = forward(weights, features);
      for (let o = 0; o < k; o++) {
        const target = example.targets[o]!;
        if (Number.isNaN(target)) {
          logitGrad[o] = 0;
          continue;
        }
        const p = sigmoid(pass.logits[o]!);
        const classWeight = (target > 0.5 ? settings.positiveWeights[o]! : 1) * example.weight;
        logitGrad[o] = (p - target) * classWeight;
        lossSum -= classWeight * (target * Math.log(p + 1e-12) + (1 - target) * Math.log(1 - p + 1e-12));
      }
      const gradients = backward(weights, features, pass, logitGrad);
      // Linear decay to a tenth of the rate, as fastText does: big steps early, settling late.
      const scale = 1 - 0.9 * (step / totalSteps);
      step += 1;
      for (const optimizer of optimizerList) optimizer.tick(scale);
      for (let i = 0; i < features.ids.length; i++) {
        optimizers.embedding.update(features.ids[i]! * d, gradients.embeddingRows, i * d, d);
      }
      optimizers.hiddenWeights.update(0, gradients.hiddenWeights);
      optimizers.hiddenBias.update(0, gradients.hiddenBias);
      optimizers.outputWeights.update(0, gradients.outputWeights);
      optimizers.outputBias.update(0, Float64Array.from(gradients.outputBias));
    }
    onEpoch({ epoch, meanLoss: lossSum / Math.max(1, examples.length) });
  }
  return weights;
}

function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
}

/** Keeps each feature with probability 1 − rate (at least one), re-weighted to a mean again. */
function dropFeatures(features: Features, rate: number, random: () => number): Features {
  if (rate <= 0 || features.ids.length <= 1) return features;
  const kept: number[] = [];
  for (const id of features.ids) if (random() >= rate) kept.push(id);
  if (kept.length === 0) kept.push(features.ids[Math.floor(random() * features.ids.length)]!);
  return { ids: Int32Array.from(kept), weights: new Float32Array(kept.length).fill(1 / kept.length) };
}
