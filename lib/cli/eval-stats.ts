import { Samples, summarize, type Percentiles } from './percentiles.ts';

export type Label = 'attack' | 'benign';

export interface Rate {
  n: number;
  flagged: number;
  /** flagged / n; `null` when n is 0. */
  rate: number | null;
}

export interface FamilyRate extends Rate {
  label: Label;
}

export interface ByLabel {
  attack: Rate;
  benign: Rate;
}

export interface ErrorLocation {
  file: string;
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface EvalErrors {
  n: number;
  byReason: Record<string, number>;
  /** The first few errors' places (file and line, never content). */
  examples: ErrorLocation[];
}

export interface EvalSummary {
  rows: number;
  attack: Rate;
  benign: Rate;
  byFamily: Record<string, FamilyRate>;
  byLang?: Record<string, ByLabel>;
  byTechnique?: Record<string, ByLabel>;
  latencyMs: Percentiles;
  errors: EvalErrors;
}

export interface ScoredRow {
  label: Label;
  family: string;
  lang?: string;
  technique?: string;
}

/** Rows that have no `lang` (or `technique`) while others do are counted under this key. */
export const NONE_KEY = '(none)';

const MAX_ERROR_EXAMPLES = 20;

class Counter {
  n = 0;
  flagged = 0;
  add(flagged: boolean): void {
    this.n += 1;
    if (flagged) this.flagged += 1;
  }
  rate(): Rate {
    return { n: this.n, flagged: this.flagged, rate: this.n === 0 ? null : this.flagged / this.n };
  }
}

class LabelCounters {
  readonly attack = new Counter();
  readonly benign = new Counter();
  add(label: Label, flagged: boolean): void {
    this[label].add(flagged);
  }
  rates(): ByLabel {
    return { attack: this.attack.rate(), benign: this.benign.rate() };
  }
}

function grouped(map: Map<string, LabelCounters>, key: string): LabelCounters {
  let counters = map.get(key);
  if (!counters) {
    counters = new LabelCounters();
    map.set(key, counters);
  }
  return counters;
}

const sortedKeys = <V>(map: Map<string, V>) => [...map.keys()].sort();

/**
 * Accumulates eval results one row at a time (no texts kept): counts and flag rates per label,
 * family, language and technique; per-row latency samples; malformed-row counts.
 *
 * `byFamily` is keyed by family. A family that holds rows of both labels is split into
 * `family/attack` and `family/benign` entries instead (its rates per label mean something; a
 * single rate over both would not).
 */
export class EvalStats {
  private readonly total = new LabelCounters();
  private readonly families = new Map<string, LabelCounters>();
  private readonly langs = new Map<string, LabelCounters>();
  private readonly techniques = new Map<string, LabelCounters>();
  private rowsWithLang = 0;
  private rowsWithTechnique = 0;
  private readonly latencies = new Samples();
  private errorCount = 0;
  private readonly errorReasons = new Map<string, number>();
  private readonly errorExamples: ErrorLocation[] = [];

  add(row: ScoredRow, flagged: boolean, latencyMs: number): void {
    this.total.add(row.label, flagged);
    grouped(this.families, row.family).add(row.label, flagged);
    if (row.lang !== undefined) this.rowsWithLang += 1;
    if (row.technique !== undefined) this.rowsWithTechnique += 1;
    grouped(this.langs, row.lang ?? NONE_KEY).add(row.label, flagged);
    grouped(this.techniques, row.technique ?? NONE_KEY).add(row.label, flagged);
    this.latencies.push(latencyMs);
  }

  addError(reason: string, where: { file: string; line: number }): void {
    this.errorCount += 1;
    this.errorReasons.set(reason, (this.errorReasons.get(reason) ?? 0) + 1);
    if (this.errorExamples.length < MAX_ERROR_EXAMPLES) this.errorExamples.push({ ...where, reason });
  }

  get rows(): number {
    return this.latencies.length;
  }

  summary(): EvalSummary {
    const byFamily: Record<string, FamilyRate> = {};
    for (const family of sortedKeys(this.families)) {
      const counters = this.families.get(family)!;
      const labels = (['attack', 'benign'] as const).filter((label) => counters[label].n > 0);
      const split = labels.length > 1;
      for (const label of labels) byFamily[split ? `${family}/${label}` : family] = { label, ...counters[label].rate() };
    }
    const byKey = (map: Map<string, LabelCounters>) =>
      Object.fromEntries(sortedKeys(map).map((key) => [key, map.get(key)!.rates()]));
    const byReason = Object.fromEntries(sortedKeys(this.errorReasons).map((key) => [key, this.errorReasons.get(key)!]));

    return {
      rows: this.rows,
      attack: this.total.attack.rate(),
      benign: this.total.benign.rate(),
      byFamily,
      ...(this.rowsWithLang > 0 ? { byLang: byKey(this.langs) } : {}),
      ...(this.rowsWithTechnique > 0 ? { byTechnique: byKey(this.techniques) } : {}),
      latencyMs: summarize(this.latencies),
      errors: { n: this.errorCount, byReason, examples: [...this.errorExamples] },
    };
  }
}
