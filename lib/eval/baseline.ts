/**
 * The committed quality baseline (test/eval/baseline.json): validation detection per attack family
 * and flag rate per benign family, per data file. A change to rules or models may not lower an
 * attack family's detection, or raise a benign family's flag rate, by more than the tolerance —
 * `rampart baseline --check` fails CI when it does.
 */
export interface FamilyFigure {
  label: 'attack' | 'benign';
  n: number;
  flagged: number;
}

export interface Baseline {
  /**
   * Percentage points an attack family may lose / a benign family may gain, and a floor in rows:
   * a small family (12 indirect injections) must not fail CI over one row whose costly detectors
   * were skipped on a slow machine (the router's latency budget is wall-clock time).
   */
  tolerance: { attackPoints: number; benignPoints: number; rows: number };
  /** data file name → family key → figures. */
  files: Record<string, Record<string, FamilyFigure>>;
}

export interface BaselineChange {
  file: string;
  family: string;
  label: 'attack' | 'benign';
  baselineRate: number;
  currentRate: number;
}

const rate = (figure: FamilyFigure) => (figure.n === 0 ? 0 : (100 * figure.flagged) / figure.n);

/**
 * The families that got worse beyond tolerance. A family that vanished from the data counts as a
 * regression (the check must not pass because rows went missing); new families are ignored.
 */
export function baselineRegressions(baseline: Baseline, current: Baseline['files']): BaselineChange[] {
  const changes: BaselineChange[] = [];
  for (const [file, families] of Object.entries(baseline.files)) {
    for (const [family, before] of Object.entries(families)) {
      const after = current[file]?.[family];
      const baselineRate = rate(before);
      const currentRate = after ? rate(after) : Number.NaN;
      const points = before.label === 'attack' ? baseline.tolerance.attackPoints : baseline.tolerance.benignPoints;
      const allowed = Math.max(points, before.n === 0 ? 0 : (100 * baseline.tolerance.rows) / before.n);
      const worse =
        !after || (before.label === 'attack' ? currentRate < baselineRate - allowed : currentRate > baselineRate + allowed);
      if (worse) changes.push({ file, family, label: before.label, baselineRate, currentRate });
    }
  }
  return changes;
}
