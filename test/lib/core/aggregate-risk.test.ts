import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateRisk, clamp01 } from '../../../lib/core/aggregate-risk.ts';
import type { RecordedFinding } from '../../../lib/core/finding.ts';

const f = (ruleId: string, score: number, category: RecordedFinding['category'] = 'pii'): RecordedFinding => ({
  detectorId: ruleId.split('/')[0]!,
  ruleId,
  category,
  severity: 'medium',
  score,
  spans: [],
});

describe('aggregateRisk', () => {
  it('combines independent rules with noisy-OR, per category', () => {
    const risk = aggregateRisk([f('a/x', 0.5), f('b/y', 0.5), f('c/z', 0.2, 'secrets')]);
    expect(risk.pii).toBeCloseTo(0.75);
    expect(risk.secrets).toBeCloseTo(0.2);
  });

  it('reaches exactly a lone rule\'s score (no rounding below a threshold equal to it)', () => {
    for (const score of [0.45, 0.47, 0.3, 0.7, 0.9, 0.1, 0.55]) expect(aggregateRisk([f('a/x', score)]).pii).toBeGreaterThanOrEqual(score);
  });

  it('counts repeats of one rule once, at their highest score', () => {
    const risk = aggregateRisk([f('a/x', 0.3), f('a/x', 0.6), f('a/x', 0.6)]);
    expect(risk.pii).toBeCloseTo(0.6);
  });

  it('stays within [0, 1], never falls below the strongest signal, and ignores non-finite scores', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (scores) => {
        const risk = aggregateRisk(scores.map((score, i) => f(`d/r${i}`, score))).pii ?? 0;
        expect(risk).toBeGreaterThanOrEqual(0);
        expect(risk).toBeLessThanOrEqual(1);
        expect(risk + 1e-12).toBeGreaterThanOrEqual(Math.max(0, ...scores));
      }),
    );
    expect(clamp01(Number.NaN)).toBe(0);
    expect(clamp01(7)).toBe(1);
  });
});
