import type { Category } from './category.ts';
import type { RecordedFinding } from './finding.ts';

/**
 * Combines calibrated finding scores into one risk per category with a noisy-OR,
 * `1 − Π(1 − pᵢ)`: independent weak signals add up (two 0.5s give 0.75), one strong signal
 * decides alone (0.95 stays ≥ 0.95), and the result never exceeds 1.
 *
 * Repeats of the same rule are not independent evidence (a rule matching fifty lines of a paste
 * is one signal), so each rule contributes only its highest score.
 */
export function aggregateRisk(findings: readonly RecordedFinding[]): Partial<Record<Category, number>> {
  const bestByRule = new Map<string, { category: Category; score: number }>();
  for (const finding of findings) {
    const key = `${finding.category}\u0000${finding.ruleId}`;
    const best = bestByRule.get(key);
    if (!best || finding.score > best.score) {
      bestByRule.set(key, { category: finding.category, score: finding.score });
    }
  }
  const survival = new Map<Category, number>();
  const strongest = new Map<Category, number>();
  for (const { category, score } of bestByRule.values()) {
    const p = clamp01(score);
    survival.set(category, (survival.get(category) ?? 1) * (1 - p));
    strongest.set(category, Math.max(strongest.get(category) ?? 0, p));
  }
  const risk: Partial<Record<Category, number>> = {};
  // 1 − (1 − p) can land a rounding error below p; a threshold equal to a rule's score must still
  // be reached by that rule alone, so the result never drops below the strongest signal.
  for (const [category, remaining] of survival) risk[category] = Math.max(1 - remaining, strongest.get(category)!);
  return risk;
}

export const clamp01 = (value: number): number =>
  Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
