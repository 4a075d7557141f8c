/**
 * Turns what the nearest-neighbour search saw into one calibrated probability that the text is an
 * attack. Two numbers describe a text's neighbourhood:
 *
 * - `attackSimilarity`: the cosine to the single nearest attack exemplar. One close known attack
 *   is enough evidence (a near-duplicate or paraphrase of a DAN prompt is a DAN prompt), so it is
 *   the maximum, not an average.
 * - `benignDensity`: the mean cosine to the k nearest benign exemplars, a k-NN density estimate of
 *   ordinary traffic around the text. Averaging k neighbours keeps one odd benign row from
 *   vouching for a text; a low value means "unlike anything people normally send" (an anomaly).
 *
 * They are combined by a two-feature logistic model (Platt scaling):
 *
 *     P(attack) = σ(bias + attackWeight · attackSimilarity + benignWeight · benignDensity)
 *
 * fitted on labelled rows that are *not* in the index (see `fitScoreCalibration`). A logistic
 * model gives a probability, not just a ranking, so its output can go straight into the
 * policy's noisy-OR and thresholds; with attackWeight > 0 and benignWeight < 0 "near a known
 * attack AND far from benign traffic" scores highest, and a security question that sits close to
 * an attack exemplar but also among benign look-alikes is pulled down. Three parameters cannot
 * over-fit the few thousand rows they are fitted on. The fitted numbers travel in the index file,
 * because they are only valid for that index and the embedder that made it.
 */
export interface ScoreCalibration {
  bias: number;
  attackWeight: number;
  benignWeight: number;
  /** k of the benign k-NN density. */
  benignNeighbours: number;
  /**
   * Cosine to the nearest attack exemplar from which a text counts as a near-duplicate of a known
   * attack (rule `near-known-attack`); below it, a high score means "anomalous" instead. Also the
   * similarity from which a user's own feedback vector speaks for a text.
   */
  nearAttackSimilarity: number;
}

export interface NeighbourEvidence {
  /** Cosine to the nearest attack exemplar, −1 when there is none. */
  attackSimilarity: number;
  /** Mean cosine to the k nearest benign exemplars, −1 when there is none. */
  benignDensity: number;
}

export interface CalibrationSample extends NeighbourEvidence {
  isAttack: boolean;
}

export type FittedWeights = Pick<ScoreCalibration, 'bias' | 'attackWeight' | 'benignWeight'>;

const sigmoid = (logit: number): number => 1 / (1 + Math.exp(-logit));

export function attackProbability(evidence: NeighbourEvidence, calibration: FittedWeights): number {
  const logit =
    calibration.bias + calibration.attackWeight * evidence.attackSimilarity + calibration.benignWeight * evidence.benignDensity;
  const probability = sigmoid(logit);
  return Number.isFinite(probability) ? probability : 0;
}

/** Solves the 3×3 system `matrix · x = vector` (Gaussian elimination with partial pivoting). */
function solve3(matrix: number[][], vector: number[]): number[] | undefined {
  const rows = matrix.map((row, i) => [...row, vector[i]!]);
  for (let column = 0; column < 3; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < 3; row += 1) {
      if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    }
    if (Math.abs(rows[pivot]![column]!) < 1e-12) return undefined;
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    for (let row = 0; row < 3; row += 1) {
      if (row === column) continue;
      const factor = rows[row]![column]! / rows[column]![column]!;
      for (let k = column; k < 4; k += 1) rows[row]![k]! -= factor * rows[column]![k]!;
    }
  }
  return rows.map((row, i) => row[3]! / row[i]!);
}

export interface FitOptions {
  /**
   * L2 penalty on the two weights (not the bias), scaled by the number of samples. It keeps the
   * fit finite when the classes are perfectly separable (otherwise the weights grow without
   * bound and every score becomes 0 or 1).
   */
  ridge?: number;
  maxIterations?: number;
}

/**
 * Fits the logistic model by Newton's method (iteratively reweighted least squares): three
 * parameters, a convex loss, deterministic, converges in a handful of steps. The samples must
 * come from labelled rows that are not in the index — a row's own exemplar would give it a
 * similarity of 1 and teach the model that attacks always look exactly like the index.
 */
export function fitScoreCalibration(samples: readonly CalibrationSample[], options: FitOptions = {}): FittedWeights {
  const attacks = samples.filter((sample) => sample.isAttack).length;
  if (attacks === 0 || attacks === samples.length) {
    throw new Error('fitScoreCalibration needs both attack and benign samples');
  }
  const ridge = (options.ridge ?? 1e-3) * samples.length;
  const maxIterations = options.maxIterations ?? 100;
  let weights = [Math.log(attacks / (samples.length - attacks)), 0, 0];
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const gradient = [0, ridge * weights[1]!, ridge * weights[2]!];
    const hessian = [
      [0, 0, 0],
      [0, ridge, 0],
      [0, 0, ridge],
    ];
    for (const sample of samples) {
      const features = [1, sample.attackSimilarity, sample.benignDensity];
      const p = sigmoid(weights[0]! + weights[1]! * features[1]! + weights[2]! * features[2]!);
      const error = p - (sample.isAttack ? 1 : 0);
      const curvature = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < 3; i += 1) {
        gradient[i]! += error * features[i]!;
        for (let j = 0; j < 3; j += 1) hessian[i]![j]! += curvature * features[i]! * features[j]!;
      }
    }
    const step = solve3(hessian, gradient);
    if (!step) break;
    weights = weights.map((weight, i) => weight - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { bias: weights[0]!, attackWeight: weights[1]!, benignWeight: weights[2]! };
}

/**
 * The lowest cosine to the nearest attack exemplar from which at least `minPrecision` of the
 * samples at or above it are attacks (with at least `minSupport` samples there): the
 * `nearAttackSimilarity` at which "near-duplicate of a known attack" is a fair description.
 * Returns 1 (nothing is near) when no cosine reaches that precision.
 */
export function chooseNearAttackSimilarity(
  samples: readonly CalibrationSample[],
  options: { minPrecision?: number; minSupport?: number } = {},
): number {
  const minPrecision = options.minPrecision ?? 0.9;
  const minSupport = Math.max(1, options.minSupport ?? 20);
  const sorted = [...samples].sort((a, b) => b.attackSimilarity - a.attackSimilarity);
  let threshold = 1;
  let attacks = 0;
  sorted.forEach((sample, i) => {
    if (sample.isAttack) attacks += 1;
    const next = sorted[i + 1];
    // Only cut between distinct cosines: a threshold cannot separate equal values.
    const isBoundary = !next || next.attackSimilarity < sample.attackSimilarity;
    if (isBoundary && i + 1 >= minSupport && attacks / (i + 1) >= minPrecision) threshold = sample.attackSimilarity;
  });
  return Math.min(1, Math.max(-1, threshold));
}
