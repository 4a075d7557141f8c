/**
 * Page's one-sided CUSUM (cumulative sum) for detecting an upward shift in a stream of scores:
 *
 *   S₀ = 0,  Sₜ = max(0, Sₜ₋₁ + xₜ − k),  alarm when Sₜ > h
 *
 * - `allowance` (k, the reference value) is what each observation "pays" before it can raise the
 *   statistic: turns scoring below k pull S back towards 0, turns above k push it up by xₜ − k.
 *   Classically k sits halfway between the in-control mean and the shift to detect.
 * - `threshold` (h, the decision interval) is how much excess over k must pile up before the
 *   alarm: larger h means fewer false alarms and a later detection.
 *
 * Why CUSUM and not "max risk over the last n turns": it remembers moderate evidence that no
 * single turn would act on (three turns at 0.45 add up), forgets it at a known rate k per calm turn,
 * and has one interpretable knob for the false-alarm rate. The values Rampart uses, and why, are in
 * drift-parameters.ts.
 */
export interface CusumParameters {
  /** k: the per-observation allowance subtracted before accumulating (≥ 0). */
  allowance: number;
  /** h: the statistic must exceed this to alarm (> 0). */
  threshold: number;
}

/** One step of the recursion. Non-finite inputs count as 0 so a bad score cannot poison the sum. */
export function cusumStep(previous: number, observation: number, allowance: number): number {
  const x = Number.isFinite(observation) ? observation : 0;
  const s = Number.isFinite(previous) ? previous : 0;
  return Math.max(0, s + x - allowance);
}

/** Sₜ after every observation, in order (the path of the statistic). */
export function cusumPath(observations: readonly number[], allowance: number): number[] {
  const path: number[] = [];
  let statistic = 0;
  for (const observation of observations) {
    statistic = cusumStep(statistic, observation, allowance);
    path.push(statistic);
  }
  return path;
}

/** Index of the first observation at which the statistic exceeds h, or -1 when it never does. */
export function firstAlarm(observations: readonly number[], parameters: CusumParameters): number {
  return cusumPath(observations, parameters.allowance).findIndex((statistic) => statistic > parameters.threshold);
}
