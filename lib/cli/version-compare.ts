import type { EvalRow } from './jsonl-rows.ts';

/** Row ids listed per kind of change (capped: the counts are exact, the lists are examples). */
const MAX_LISTED = 50;

interface FamilyDelta {
  n: number;
  flaggedActive: number;
  flaggedCandidate: number;
}

export interface VersionComparisonSummary {
  /** `model@version` compared against the manifest's active versions. */
  candidate: string;
  rows: number;
  byFamily: Record<string, FamilyDelta & { label: 'attack' | 'benign'; delta: number }>;
  /** Attacks the active version flags and the candidate lets through. */
  missedAttacks: { n: number; ids: string[] };
  /** Benign rows only the candidate flags. */
  newFalsePositives: { n: number; ids: string[] };
  /** Attacks only the candidate catches, and benign rows it no longer flags. */
  improvements: { caughtAttacks: number; clearedBenign: number };
}

/**
 * `eval --compare-model ID@VERSION`: the same rows scanned with the active models and with one model
 * swapped for another version; what got worse is listed by row id (never text), so a regression can
 * be looked up in the data.
 */
export class VersionComparison {
  private rows = 0;
  private readonly families = new Map<string, FamilyDelta & { label: 'attack' | 'benign' }>();
  private readonly missed: string[] = [];
  private missedCount = 0;
  private readonly newFalse: string[] = [];
  private newFalseCount = 0;
  private caught = 0;
  private cleared = 0;

  constructor(private readonly candidate: string) {}

  add(row: EvalRow, flaggedActive: boolean, flaggedCandidate: boolean): void {
    this.rows += 1;
    const key = `${row.family}/${row.label}`;
    const family = this.families.get(key) ?? { n: 0, flaggedActive: 0, flaggedCandidate: 0, label: row.label };
    family.n += 1;
    if (flaggedActive) family.flaggedActive += 1;
    if (flaggedCandidate) family.flaggedCandidate += 1;
    this.families.set(key, family);
    const id = row.id ?? '(no id)';
    if (row.label === 'attack' && flaggedActive && !flaggedCandidate) {
      this.missedCount += 1;
      if (this.missed.length < MAX_LISTED) this.missed.push(id);
    } else if (row.label === 'benign' && !flaggedActive && flaggedCandidate) {
      this.newFalseCount += 1;
      if (this.newFalse.length < MAX_LISTED) this.newFalse.push(id);
    } else if (row.label === 'attack' && !flaggedActive && flaggedCandidate) {
      this.caught += 1;
    } else if (row.label === 'benign' && flaggedActive && !flaggedCandidate) {
      this.cleared += 1;
    }
  }

  summary(): VersionComparisonSummary {
    const byFamily: VersionComparisonSummary['byFamily'] = {};
    for (const [key, family] of [...this.families].sort(([a], [b]) => a.localeCompare(b))) {
      byFamily[key] = { ...family, delta: family.flaggedCandidate - family.flaggedActive };
    }
    return {
      candidate: this.candidate,
      rows: this.rows,
      byFamily,
      missedAttacks: { n: this.missedCount, ids: this.missed },
      newFalsePositives: { n: this.newFalseCount, ids: this.newFalse },
      improvements: { caughtAttacks: this.caught, clearedBenign: this.cleared },
    };
  }
}
