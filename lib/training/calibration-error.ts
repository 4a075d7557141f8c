/**
 * Expected calibration error: the mean gap between predicted probability and observed frequency,
 * over equal-width probability bins, weighted by how many predictions fall in each bin.
 */
export function expectedCalibrationError(probabilities: readonly number[], labels: readonly number[], bins = 10): number {
  if (probabilities.length === 0) return 0;
  const count = new Float64Array(bins);
  const predicted = new Float64Array(bins);
  const observed = new Float64Array(bins);
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    const bin = Math.min(bins - 1, Math.floor(p * bins));
    count[bin]! += 1;
    predicted[bin]! += p;
    observed[bin]! += labels[i]! > 0.5 ? 1 : 0;
  }
  let error = 0;
  for (let bin = 0; bin < bins; bin++) {
    if (count[bin] === 0) continue;
    error += Math.abs(predicted[bin]! - observed[bin]!) / probabilities.length;
  }
  return error;
}
