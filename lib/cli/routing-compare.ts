import type { Verdict } from '../core/verdict.ts';
import type { Label } from './eval-stats.ts';
import { Samples, summarize, roundTo, type Percentiles } from './percentiles.ts';

type ScannedVerdict = Pick<Verdict, 'action' | 'outcomes'>;

export interface RoutingSummary {
  /** Rows scanned both ways. */
  rows: number;
  /** Detector calls (outcomes `ok` or `failed`; `skipped` ones did not run). */
  detectorRuns: { withRouting: number; withoutRouting: number; saved: number };
  /** Sum of the detectors' own `durationMs` over those calls. */
  detectorMs: { withRouting: number; withoutRouting: number; saved: number };
  /** Why detectors were skipped with routing on (router, budget, …), counted per outcome. */
  skippedWithRouting: Record<string, number>;
  /** Rows whose action differs between the two runs. */
  verdictsDiffer: number;
  /** Rows flagged without routing but allowed with it: what routing misses. */
  misses: { n: number; attack: number; benign: number; byFamily: Record<string, number> };
  /** Rows flagged only with routing on (should stay 0; non-zero means timing-dependent outcomes). */
  onlyWithRouting: { n: number; attack: number; benign: number };
  /** Whole-scan wall time per row. */
  latencyMs: { withRouting: Percentiles; withoutRouting: Percentiles };
}

interface Run {
  runs: number;
  ms: number;
}

function detectorWork(verdict: ScannedVerdict): Run {
  let runs = 0;
  let ms = 0;
  for (const outcome of verdict.outcomes) {
    if (outcome.status === 'skipped') continue;
    runs += 1;
    ms += outcome.durationMs;
  }
  return { runs, ms };
}

/** Accumulates the two verdicts of each row (routing on and off) for `eval --compare-routing`. */
export class RoutingComparison {
  private rows = 0;
  private readonly routed: Run = { runs: 0, ms: 0 };
  private readonly unrouted: Run = { runs: 0, ms: 0 };
  private readonly skipped = new Map<string, number>();
  private differ = 0;
  private readonly misses = { n: 0, attack: 0, benign: 0 };
  private readonly missesByFamily = new Map<string, number>();
  private readonly extra = { n: 0, attack: 0, benign: 0 };
  private readonly routedLatency = new Samples();
  private readonly unroutedLatency = new Samples();

  add(
    row: { label: Label; family: string },
    withRouting: ScannedVerdict,
    withoutRouting: ScannedVerdict,
    latencyMs: { withRouting: number; withoutRouting: number },
  ): void {
    this.rows += 1;
    const on = detectorWork(withRouting);
    const off = detectorWork(withoutRouting);
    this.routed.runs += on.runs;
    this.routed.ms += on.ms;
    this.unrouted.runs += off.runs;
    this.unrouted.ms += off.ms;
    for (const outcome of withRouting.outcomes) {
      if (outcome.status === 'skipped') this.skipped.set(outcome.reason, (this.skipped.get(outcome.reason) ?? 0) + 1);
    }
    const flaggedOn = withRouting.action !== 'allow';
    const flaggedOff = withoutRouting.action !== 'allow';
    if (withRouting.action !== withoutRouting.action) this.differ += 1;
    if (flaggedOff && !flaggedOn) {
      this.misses.n += 1;
      this.misses[row.label] += 1;
      this.missesByFamily.set(row.family, (this.missesByFamily.get(row.family) ?? 0) + 1);
    }
    if (flaggedOn && !flaggedOff) {
      this.extra.n += 1;
      this.extra[row.label] += 1;
    }
    this.routedLatency.push(latencyMs.withRouting);
    this.unroutedLatency.push(latencyMs.withoutRouting);
  }

  summary(): RoutingSummary {
    const ms = (value: number) => roundTo(value, 3)!;
    const sortedEntries = (map: Map<string, number>) => Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      rows: this.rows,
      detectorRuns: {
        withRouting: this.routed.runs,
        withoutRouting: this.unrouted.runs,
        saved: this.unrouted.runs - this.routed.runs,
      },
      detectorMs: {
        withRouting: ms(this.routed.ms),
        withoutRouting: ms(this.unrouted.ms),
        saved: ms(this.unrouted.ms - this.routed.ms),
      },
      skippedWithRouting: sortedEntries(this.skipped),
      verdictsDiffer: this.differ,
      misses: { ...this.misses, byFamily: sortedEntries(this.missesByFamily) },
      onlyWithRouting: { ...this.extra },
      latencyMs: { withRouting: summarize(this.routedLatency), withoutRouting: summarize(this.unroutedLatency) },
    };
  }
}
