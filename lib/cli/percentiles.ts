/**
 * Latency samples and their percentiles. Percentiles use the nearest-rank method: the p-th
 * percentile of n sorted values is the value at rank ⌈p/100 · n⌉ (1-based), i.e. the smallest
 * sample such that at least p % of the samples are less than or equal to it. It always returns a
 * real sample (no interpolation), so `p50` of [1, 2, 3, 4] is 2 and `p99` of 1..100 is 99.
 */

export interface Percentiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

/** A growable buffer of numbers (no boxing, so a million samples cost 8 MB). */
export class Samples {
  private values = new Float64Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count] = value;
    this.count += 1;
  }

  /** A sorted copy (ascending); the buffer itself keeps insertion order. */
  sorted(): Float64Array {
    return this.values.slice(0, this.count).sort();
  }

  sum(): number {
    let total = 0;
    for (let i = 0; i < this.count; i += 1) total += this.values[i]!;
    return total;
  }
}

/** Nearest-rank percentile of ascending-sorted values; `null` when there are none. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (!(p > 0)) return sorted[0]!;
  const rank = Math.min(n, Math.ceil((p / 100) * n));
  return sorted[rank - 1]!;
}

/** p50/p95/p99/max of the samples, rounded to `digits` decimals (all `null` when empty). */
export function summarize(samples: Samples | readonly number[], digits = 4): Percentiles {
  const sorted = samples instanceof Samples ? samples.sorted() : Float64Array.from(samples).sort();
  const at = (p: number) => roundTo(percentileOfSorted(sorted, p), digits);
  return { p50: at(50), p95: at(95), p99: at(99), max: roundTo(sorted.length ? sorted[sorted.length - 1]! : null, digits) };
}

export function roundTo(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return value === null ? null : value;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
