import { normalize } from '../core/normalize.ts';
import { fnv1a32, splitOf } from '../eval/split.ts';
import { featurizeModelText, modelText, type Features } from '../models/featurize.ts';
import { augmentAttack } from './augment.ts';
import { expectedCalibrationError } from './calibration-error.ts';
import { forward, sigmoid, type NetworkWeights } from './embedding-bag-mlp.ts';
import { isShippableLicence } from './licence.ts';
import type { ModelSpec } from './model-specs.ts';
import { exportOnnx, type Calibration } from './onnx-export.ts';
import { fitPlatt } from './platt.ts';
import { dequantized, quantizeEmbedding } from './quantize.ts';
import { trainNetwork, type TrainingExample } from './train-network.ts';
import type { TrainingRow } from './training-row.ts';

/** One in ten shippable training rows is kept aside to fit calibration (never the validation split). */
const CALIBRATION_MODULUS = 10;
const SEED = 20_261_122;

export interface RateCount {
  flagged: number;
  total: number;
}

export interface ValidationMetrics {
  /** Rows of the validation split flagged (primary output ≥ 0.5), per family and per language. */
  byFamily: Record<string, RateCount>;
  byLanguage: Record<string, RateCount>;
  /** Expected calibration error per output on validation rows that have a target for it. */
  ece: Record<string, number>;
  /** Detection of obfuscated validation attacks (one augmentation each), to show what augmentation buys. */
  obfuscatedAttacks: RateCount;
}

export interface DataSummary {
  trainRows: number;
  calibrationRows: number;
  augmentedRows: number;
  validationRows: number;
  excludedByLicence: number;
  /** Licence → rows trained on. */
  licences: Record<string, number>;
  /** Source (owner/repo) → rows trained on. */
  sources: Record<string, number>;
}

/**
 * How the model ranks the calibration slice (training rows it never trained on): the number used
 * to choose between training settings, so that validation stays a measurement only.
 */
export interface SliceMetrics {
  /** Area under the ROC curve of the headline output. */
  auc: number;
  /** Share of attack rows scored above the score that only 1% of benign rows exceed. */
  recallAt1PercentFp: number;
}

/** A calibration-slice row's calibrated headline score (ids and labels only: no text). */
export interface SliceScore {
  id: string;
  family: string;
  lang: string;
  target: number;
  score: number;
}

export interface TrainedModel {
  bytes: Uint8Array;
  calibrationSlice: SliceMetrics;
  sliceScores: SliceScore[];
  calibration: Calibration;
  data: DataSummary;
  metrics: ValidationMetrics;
  positiveWeights: number[];
  epochLosses: number[];
}

export interface TrainModelOptions {
  augment: boolean;
  version: string;
  /**
   * Which tenth of the training rows is the calibration slice (default 0). Training once per tenth
   * gives every row of those tenths an out-of-fold score: a slice of a few hundred attacks is too
   * small to choose settings on (one row is half a point), five of them are not.
   */
  calibrationTenth?: number;
  log?: (message: string) => void;
}

const featuresOf = (text: string, spec: ModelSpec): Features =>
  featurizeModelText(modelText(normalize(text), spec.featurizer.maxChars), spec.featurizer);

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** Trains, quantizes, calibrates, validates and exports one model. Deterministic for fixed inputs. */
export function trainModel(spec: ModelSpec, rows: readonly TrainingRow[], options: TrainModelOptions): TrainedModel {
  const log = options.log ?? (() => {});
  const train: TrainingExample[] = [];
  const calibration: Array<{ row: TrainingRow; features: Features; targets: number[] }> = [];
  const calibrationTenth = options.calibrationTenth ?? 0;
  const validation: Array<{ row: TrainingRow; features: Features; targets: number[] }> = [];
  const data: DataSummary = {
    trainRows: 0,
    calibrationRows: 0,
    augmentedRows: 0,
    validationRows: 0,
    excludedByLicence: 0,
    licences: {},
    sources: {},
  };
  const benignPool: string[] = [];
  const attacks: Array<{ row: TrainingRow; targets: number[] }> = [];

  for (const row of rows) {
    const targets = spec.targets(row);
    if (!targets) continue;
    if (splitOf(row.id) === 'validation') {
      validation.push({ row, features: featuresOf(row.text, spec), targets });
      continue;
    }
    if (!isShippableLicence(row.license)) {
      data.excludedByLicence += 1;
      continue;
    }
    bump(data.licences, row.license);
    bump(data.sources, row.source.split('@')[0] ?? row.source);
    const features = featuresOf(row.text, spec);
    if (fnv1a32(`rampart-calibration:${row.id}`) % CALIBRATION_MODULUS === calibrationTenth) {
      calibration.push({ row, features, targets });
      continue;
    }
    train.push({ features, targets: Float32Array.from(targets), weight: 1 });
    if (targets[0] === 1) attacks.push({ row, targets });
    else if (benignPool.length < 4_000 && row.label === 'benign') benignPool.push(row.text);
  }
  data.trainRows = train.length;
  data.calibrationRows = calibration.length;
  data.validationRows = validation.length;

  if (options.augment && spec.augmentCopies > 0) {
    for (const { row, targets } of attacks) {
      for (const text of augmentAttack(row.text, spec.augmentCopies, fnv1a32(`augment:${row.id}`), benignPool)) {
        train.push({ features: featuresOf(text, spec), targets: Float32Array.from(targets), weight: 1 });
        data.augmentedRows += 1;
      }
    }
  }
  log(`${spec.id}: ${data.trainRows} rows (+${data.augmentedRows} augmented), ${data.calibrationRows} calibration, ${data.validationRows} validation`);

  // Balance each output: positives weigh sqrt(negatives/positives), capped — enough to stop rare
  // outputs being ignored without swamping the benign side (calibration undoes the skew).
  const positiveWeights = spec.outputs.map((_, output) => {
    let positives = 0;
    let negatives = 0;
    for (const example of train) {
      const target = example.targets[output]!;
      if (target === 1) positives += 1;
      else if (target === 0) negatives += 1;
    }
    return positives === 0 ? 1 : Math.min(8, Math.max(1, Math.sqrt(negatives / positives)));
  });

  const epochLosses: number[] = [];
  const network = trainNetwork(
    train,
    {
      shape: {
        buckets: spec.featurizer.buckets,
        embeddingDims: spec.embeddingDims,
        hiddenDims: spec.hiddenDims,
        outputs: spec.outputs.length,
      },
      epochs: spec.epochs,
      learningRate: spec.learningRate,
      featureDropout: spec.featureDropout,
      positiveWeights,
      seed: SEED,
    },
    ({ epoch, meanLoss }) => {
      epochLosses.push(meanLoss);
      log(`${spec.id}: epoch ${epoch}/${spec.epochs} loss ${meanLoss.toFixed(4)}`);
    },
  );

  const touched = new Uint8Array(spec.featurizer.buckets);
  for (const example of train) for (const id of example.features.ids) touched[id] = 1;
  const quantized = quantizeEmbedding(network, touched);
  const shipped = dequantized(network, quantized);
  const platt = fitCalibration(shipped, calibration, spec.outputs.length);
  // One forward pass per slice row: its headline logit ranks it, its calibrated score is written out.
  const headline = calibration
    .filter(({ targets }) => !Number.isNaN(targets[0]!))
    .map(({ row, features, targets }) => ({ row, target: targets[0]!, logit: forward(shipped, features).logits[0]! }));
  const calibrationSlice = sliceMetrics(
    headline.map(({ logit }) => logit),
    headline.map(({ target }) => target),
  );
  log(`${spec.id}: calibration slice AUC ${calibrationSlice.auc.toFixed(4)}, recall at 1% FP ${calibrationSlice.recallAt1PercentFp.toFixed(4)}`);
  const sliceScores = headline.map(({ row, target, logit }) => ({
    id: row.id,
    family: row.family,
    lang: row.lang,
    target,
    score: calibrated(platt, 0, logit),
  }));
  const metrics = validate(spec, shipped, platt, validation, benignPool);
  const bytes = exportOnnx(network, quantized, platt, {
    'rampart.model': spec.id,
    'rampart.version': options.version,
    'rampart.outputs': spec.outputs.join(','),
    'rampart.featurizer': JSON.stringify(spec.featurizer),
  });
  return { bytes, calibrationSlice, sliceScores, calibration: platt, data, metrics, positiveWeights, epochLosses };
}

export function sliceMetrics(scores: readonly number[], labels: readonly number[]): SliceMetrics {
  const positives = scores.filter((_, i) => labels[i] === 1);
  const negatives = scores.filter((_, i) => labels[i] !== 1).sort((a, b) => a - b);
  if (positives.length === 0 || negatives.length === 0) return { auc: Number.NaN, recallAt1PercentFp: Number.NaN };
  // AUC = P(score of a random attack > score of a random benign row), ties counted half.
  let wins = 0;
  for (const score of positives) {
    let below = 0;
    let hi = negatives.length;
    while (below < hi) {
      const mid = (below + hi) >> 1;
      if (negatives[mid]! < score) below = mid + 1;
      else hi = mid;
    }
    let equal = below;
    while (equal < negatives.length && negatives[equal] === score) equal += 1;
    wins += below + (equal - below) / 2;
  }
  return { auc: wins / (positives.length * negatives.length), recallAt1PercentFp: recallAtBenignShare(positives, negatives, 0.01) };
}

/** Share of attack scores above the score that only `share` of the (ascending) benign scores exceed. */
export function recallAtBenignShare(positives: readonly number[], sortedNegatives: readonly number[], share: number): number {
  const cut = sortedNegatives[Math.min(sortedNegatives.length - 1, Math.floor(sortedNegatives.length * (1 - share)))]!;
  return positives.filter((score) => score > cut).length / positives.length;
}

function fitCalibration(
  network: NetworkWeights,
  rows: ReadonlyArray<{ features: Features; targets: number[] }>,
  outputs: number,
): Calibration {
  const slopes = new Float32Array(outputs);
  const intercepts = new Float32Array(outputs);
  const passes = rows.map((row) => forward(network, row.features).logits);
  for (let output = 0; output < outputs; output++) {
    const logits: number[] = [];
    const labels: number[] = [];
    rows.forEach((row, index) => {
      const target = row.targets[output]!;
      if (Number.isNaN(target)) return;
      logits.push(passes[index]![output]!);
      labels.push(target);
    });
    const { slope, intercept } = fitPlatt(logits, labels);
    slopes[output] = slope;
    intercepts[output] = intercept;
  }
  return { slopes, intercepts };
}

/** The calibrated probabilities the exported graph computes. */
export function calibratedScores(network: NetworkWeights, calibration: Calibration, features: Features): number[] {
  return Array.from(forward(network, features).logits, (logit, output) => calibrated(calibration, output, logit));
}

/** Platt scaling of one output's logit, as the exported graph applies it. */
function calibrated(calibration: Calibration, output: number, logit: number): number {
  return sigmoid(calibration.slopes[output]! * logit + calibration.intercepts[output]!);
}

function validate(
  spec: ModelSpec,
  network: NetworkWeights,
  calibration: Calibration,
  rows: ReadonlyArray<{ row: TrainingRow; features: Features; targets: number[] }>,
  benignPool: readonly string[],
): ValidationMetrics {
  const byFamily: Record<string, RateCount> = {};
  const byLanguage: Record<string, RateCount> = {};
  const probabilities: number[][] = spec.outputs.map(() => []);
  const labels: number[][] = spec.outputs.map(() => []);
  const obfuscatedAttacks: RateCount = { flagged: 0, total: 0 };
  const count = (record: Record<string, RateCount>, key: string, flagged: boolean) => {
    const entry = (record[key] ??= { flagged: 0, total: 0 });
    entry.total += 1;
    if (flagged) entry.flagged += 1;
  };
  for (const { row, features, targets } of rows) {
    const scores = calibratedScores(network, calibration, features);
    const flagged = scores[0]! >= 0.5;
    count(byFamily, row.family, flagged);
    if (targets[0] === 1) {
      count(byLanguage, row.lang, flagged);
      // Obfuscation-only copy (no perturbation): is the attack still seen once hidden?
      const [hidden] = augmentAttack(row.text, 1, fnv1a32(`validate:${row.id}`), benignPool);
      const hiddenScore = calibratedScores(network, calibration, featuresOf(hidden!, spec))[0]!;
      obfuscatedAttacks.total += 1;
      if (hiddenScore >= 0.5) obfuscatedAttacks.flagged += 1;
    }
    targets.forEach((target, output) => {
      if (Number.isNaN(target)) return;
      probabilities[output]!.push(scores[output]!);
      labels[output]!.push(target);
    });
  }
  const ece: Record<string, number> = {};
  spec.outputs.forEach((name, output) => {
    if (labels[output]!.length > 0) ece[name] = expectedCalibrationError(probabilities[output]!, labels[output]!);
  });
  return { byFamily, byLanguage, ece, obfuscatedAttacks };
}
