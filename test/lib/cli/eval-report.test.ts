import { describe, expect, it } from 'vitest';
import { formatEvalReport, type EvalReport } from '../../../lib/cli/eval-report.ts';

const rate = (n: number, flagged: number) => ({ n, flagged, rate: n ? flagged / n : null });

const report: EvalReport = {
  rows: 30,
  direction: 'mixed',
  profile: 'standard',
  attack: rate(10, 4),
  benign: rate(20, 1),
  byFamily: { jailbreak: { label: 'attack', ...rate(10, 4) }, benign: { label: 'benign', ...rate(20, 1) } },
  byLang: { en: { attack: rate(10, 4), benign: rate(15, 1) }, de: { attack: rate(0, 0), benign: rate(5, 0) } },
  latencyMs: { p50: 0.0123, p95: 0.5, p99: 1.25, max: 3 },
  peakRssMb: 120.5,
  errors: { n: 2, byReason: { 'invalid-json': 2 }, examples: [{ file: 'a.jsonl', line: 3, reason: 'invalid-json' }] },
  files: [{ path: 'a.jsonl', direction: 'inbound', rows: 30, errors: 2 }],
  seconds: 1.5,
};

describe('formatEvalReport', () => {
  it('shows totals, families, languages (most rows first), latency and errors', () => {
    const out = formatEvalReport(report);
    expect(out).toContain('rampart eval: 30 rows, direction mixed, profile standard, 1.5 s');
    expect(out).toMatch(/attack \(detection rate\) +10 +4 +40\.0%/);
    expect(out).toMatch(/benign \(false-positive rate\) +20 +1 +5\.0%/);
    expect(out).toMatch(/jailbreak +attack +10 +4 +40\.0%/);
    expect(out.indexOf('  en ')).toBeLessThan(out.indexOf('  de '));
    expect(out).toMatch(/de +0 +0 +- +5 +0 +0\.0%/);
    expect(out).toContain('latency per scan (ms): p50 0.012  p95 0.500  p99 1.25  max 3.00');
    expect(out).toContain('peak RSS: 120.5 MB');
    expect(out).toContain('errors: 2 row(s) not scanned (invalid-json 2)');
    expect(out).toContain('  a.jsonl:3: invalid-json');
    expect(out).toContain('  … 1 more');
    expect(out).not.toContain('routing');
  });

  it('says when there were no errors and shows the routing comparison', () => {
    const out = formatEvalReport({
      ...report,
      errors: { n: 0, byReason: {}, examples: [] },
      routing: {
        rows: 30,
        detectorRuns: { withRouting: 30, withoutRouting: 60, saved: 30 },
        detectorMs: { withRouting: 3, withoutRouting: 9, saved: 6 },
        skippedWithRouting: { router: 30 },
        verdictsDiffer: 2,
        misses: { n: 1, attack: 1, benign: 0, byFamily: { jailbreak: 1 } },
        onlyWithRouting: { n: 0, attack: 0, benign: 0 },
        latencyMs: { withRouting: { p50: 1, p95: 1, p99: 1, max: 1 }, withoutRouting: { p50: 2, p95: 2, p99: 2, max: 2 } },
      },
    });
    expect(out).toContain('errors: none');
    expect(out).toContain('detector runs: 30 with, 60 without, saved 30');
    expect(out).toContain('verdicts that differ: 2; misses (flagged only without routing): 1 (attack 1, benign 0)');
  });
});
