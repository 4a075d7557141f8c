/**
 * How latency grows with input size: the exponent k of latency ≈ c · size^k, fitted by least
 * squares on log(latency) against log(size). k ≈ 1 is linear, k < 1 means a fixed cost dominates,
 * k > 1 is super-linear. `null` with fewer than two usable points (a latency of 0 has no log).
 */
export function fitExponent(points: ReadonlyArray<{ size: number; ms: number | null }>): number | null {
  const usable = points.filter((point) => point.ms !== null && point.ms > 0 && point.size > 0);
  if (usable.length < 2) return null;
  const xs = usable.map((point) => Math.log(point.size));
  const ys = usable.map((point) => Math.log(point.ms!));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < xs.length; i += 1) {
    numerator += (xs[i]! - meanX) * (ys[i]! - meanY);
    denominator += (xs[i]! - meanX) ** 2;
  }
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 1000;
}
