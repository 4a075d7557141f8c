import { describe, expect, it } from 'vitest';
import { formatBenchReport, type BenchCell, type BenchReport } from '../../../lib/cli/bench-report.ts';

const stage = { p50: 0.001, p99: 0.002 };
const cell = (p50: number): BenchCell => ({
  p50,
  p99: p50 * 2,
  n: 100,
  usPer1kChars: 12.5,
  charsPerSec: 1_000_000,
  stages: { normalize: stage, gate: stage, route: stage, detectors: stage, session: stage, decide: stage, total: stage },
});

const report: BenchReport = {
  inbound: { '100': cell(0.01), '2000': cell(0.02) },
  outbound: { '100': cell(0.03) },
  stagesMs: { normalize: 0.001, gate: 0.01, route: 0, detectors: 0, session: 0, decide: 0.002, total: 0.013 },
  stagesAtChars: 2000,
  charsPerSec: 123_456,
  peakRssMb: 99.9,
  overheadMs: { p50: 0.25, p99: 0.5, meanMs: 0.3, n: 2000, chars: 2000, targetP50: 0.1 },
  models: {
    'prompt-attack': { version: '1', loadMs: 40, firstInferenceMs: 2, inferenceMs: { p50: 0.3, p95: 0.5, p99: 0.9, max: 1, n: 200 } },
    'code-intent': { version: '1', loadMs: null, firstInferenceMs: null, inferenceMs: { p50: null, p95: null, p99: null, max: null, n: 0 }, error: 'missing' },
  },
  growth: { inbound: { exponent: 0.98, usPer1kChars: {} }, outbound: { exponent: null, usPer1kChars: {} } },
  streaming: { replyChars: 50_000, deltaChars: 20, fullScanMs: 40, streamMs: 90, windowsMs: 50, ratio: 2.25, targetRatio: 3, runs: 5 },
  text: 'synthetic',
  detectors: ['size'],
  profile: 'standard',
  iterations: 100,
  seconds: 2,
};

describe('formatBenchReport', () => {
  it('shows one row per direction and size, growth, throughput, overhead against its target', () => {
    const out = formatBenchReport(report);
    expect(out).toContain('rampart bench: detectors [size], profile standard, synthetic text, 2 s');
    expect(out).toMatch(/inbound +2,000 +100 +0\.020 +0\.040/);
    expect(out).toMatch(/outbound +100 +100 +0\.030/);
    expect(out).toContain('k = 0.98 inbound, - outbound');
    expect(out).toContain('throughput: 123,456 chars/s');
    expect(out).toContain('p50 0.250 ms, p99 0.500 ms; target p50 < 0.1 ms (OVER target)');
    expect(out).toContain('peak RSS: 99.9 MB');
    expect(out).toContain('streaming: 50,000-char reply in 20-char deltas 90.00 ms (windows 50.00 ms + final scan) vs one full scan 40.00 ms: 2.25× (target < 3×, within target)');
    expect(out).toContain('model prompt-attack@1: load 40.00 ms, first inference 2.00 ms, then p50 0.300 ms, p99 0.900 ms (n 200)');
    expect(out).toContain('model code-intent@1: unavailable (missing)');
  });
});
