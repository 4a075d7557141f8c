import type { Features } from '../models/featurize.ts';

/**
 * The network every Rampart model uses: a mean embedding bag over hashed features (fastText's
 * input layer), one ReLU hidden layer (also the embedding VectorGuard compares) and K sigmoid
 * outputs. Written by hand because no maintained JavaScript library trains a sparse embedding bag
 * deterministically on one core without native code; it is small enough to check by gradient tests.
 */
export interface NetworkShape {
  buckets: number;
  embeddingDims: number;
  hiddenDims: number;
  outputs: number;
}

export interface NetworkWeights {
  shape: NetworkShape;
  /** [buckets × embeddingDims] */
  embedding: Float32Array;
  /** [embeddingDims × hiddenDims] */
  hiddenWeights: Float32Array;
  hiddenBias: Float32Array;
  /** [hiddenDims × outputs] */
  outputWeights: Float32Array;
  outputBias: Float32Array;
}

export interface ForwardPass {
  bag: Float64Array;
  hiddenPre: Float64Array;
  hidden: Float64Array;
  logits: Float64Array;
}

export function createWeights(shape: NetworkShape, random: () => number): NetworkWeights {
  const uniform = (size: number, limit: number) => {
    const values = new Float32Array(size);
    for (let i = 0; i < size; i++) values[i] = (random() * 2 - 1) * limit;
    return values;
  };
  const { buckets, embeddingDims: d, hiddenDims: h, outputs: k } = shape;
  return {
    shape,
    embedding: uniform(buckets * d, 1 / Math.sqrt(d)),
    hiddenWeights: uniform(d * h, Math.sqrt(6 / (d + h))),
    hiddenBias: new Float32Array(h),
    outputWeights: uniform(h * k, Math.sqrt(6 / (h + k))),
    outputBias: new Float32Array(k),
  };
}

export function forward(weights: NetworkWeights, features: Features): ForwardPass {
  const { embeddingDims: d, hiddenDims: h, outputs: k } = weights.shape;
  const bag = new Float64Array(d);
  for (let i = 0; i < features.ids.length; i++) {
    const row = features.ids[i]! * d;
    const weight = features.weights[i]!;
    for (let j = 0; j < d; j++) bag[j]! += weight * weights.embedding[row + j]!;
  }
  const hiddenPre = new Float64Array(h);
  for (let o = 0; o < h; o++) hiddenPre[o] = weights.hiddenBias[o]!;
  for (let j = 0; j < d; j++) {
    const value = bag[j]!;
    if (value === 0) continue;
    for (let o = 0; o < h; o++) hiddenPre[o]! += value * weights.hiddenWeights[j * h + o]!;
  }
  const hidden = new Float64Array(h);
  for (let o = 0; o < h; o++) hidden[o] = hiddenPre[o]! > 0 ? hiddenPre[o]! : 0;
  const logits = new Float64Array(k);
  for (let o = 0; o < k; o++) logits[o] = weights.outputBias[o]!;
  for (let j = 0; j < h; j++) {
    const value = hidden[j]!;
    if (value === 0) continue;
    for (let o = 0; o < k; o++) logits[o]! += value * weights.outputWeights[j * k + o]!;
  }
  return { bag, hiddenPre, hidden, logits };
}

export const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** Gradients of one example; `embedding` holds one row per feature id, in `features.ids` order. */
export interface Gradients {
  embeddingRows: Float64Array;
  hiddenWeights: Float64Array;
  hiddenBias: Float64Array;
  outputWeights: Float64Array;
  outputBias: Float64Array;
}

/**
 * Back-propagates d(loss)/d(logit) (`logitGrad`, one per output) through the network. Feature
 * dropout is the caller's: it passes the features that took part.
 */
export function backward(
  weights: NetworkWeights,
  features: Features,
  pass: ForwardPass,
  logitGrad: Float64Array,
): Gradients {
  const { embeddingDims: d, hiddenDims: h, outputs: k } = weights.shape;
  const outputWeights = new Float64Array(h * k);
  const hiddenGrad = new Float64Array(h);
  for (let j = 0; j < h; j++) {
    const value = pass.hidden[j]!;
    let sum = 0;
    for (let o = 0; o < k; o++) {
      outputWeights[j * k + o] = value * logitGrad[o]!;
      sum += weights.outputWeights[j * k + o]! * logitGrad[o]!;
    }
    hiddenGrad[j] = pass.hiddenPre[j]! > 0 ? sum : 0;
  }
  const hiddenWeights = new Float64Array(d * h);
  const bagGrad = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const value = pass.bag[j]!;
    let sum = 0;
    for (let o = 0; o < h; o++) {
      hiddenWeights[j * h + o] = value * hiddenGrad[o]!;
      sum += weights.hiddenWeights[j * h + o]! * hiddenGrad[o]!;
    }
    bagGrad[j] = sum;
  }
  const embeddingRows = new Float64Array(features.ids.length * d);
  for (let i = 0; i < features.ids.length; i++) {
    const weight = features.weights[i]!;
    for (let j = 0; j < d; j++) embeddingRows[i * d + j] = weight * bagGrad[j]!;
  }
  return { embeddingRows, hiddenWeights, hiddenBias: hiddenGrad, outputWeights, outputBias: logitGrad };
}
