import { describe, expect, it } from 'vitest';
import { calibratedScore, MIN_EVIDENCE, PRIOR_MATCHES, STRENGTHS } from '../../../../lib/rules/persuasion/persuasion-rule.ts';

describe('calibratedScore', () => {
  it('is the prior when there is no evidence', () => {
    for (const strength of ['weak', 'moderate', 'strong'] as const) expect(calibratedScore({ tp: 0, fp: 0 }, strength)).toBe(STRENGTHS[strength].prior);
  });

  it('is the smoothed precision once there is enough evidence', () => {
    const tp = 30;
    const fp = 10;
    const expected = (tp + PRIOR_MATCHES * STRENGTHS.moderate.prior) / (tp + fp + PRIOR_MATCHES);
    expect(calibratedScore({ tp, fp }, 'moderate')).toBeCloseTo(expected, 3);
  });

  it('never exceeds the ceiling of its strength, however clean the record', () => {
    expect(calibratedScore({ tp: 500, fp: 0 }, 'weak')).toBe(STRENGTHS.weak.ceiling);
    expect(calibratedScore({ tp: 500, fp: 0 }, 'strong')).toBe(STRENGTHS.strong.ceiling);
  });

  it('cannot rise above the prior on a handful of matches, but can fall below it', () => {
    expect(calibratedScore({ tp: MIN_EVIDENCE - 1, fp: 0 }, 'moderate')).toBe(STRENGTHS.moderate.prior);
    expect(calibratedScore({ tp: 0, fp: 3 }, 'moderate')).toBeLessThan(STRENGTHS.moderate.prior);
  });

  it('orders the strengths: weak stays below the flag line, strong starts above it', () => {
    expect(STRENGTHS.weak.ceiling).toBeLessThan(0.5);
    expect(STRENGTHS.strong.prior).toBeGreaterThan(0.5);
    expect(STRENGTHS.weak.prior).toBeLessThan(STRENGTHS.moderate.prior);
    expect(STRENGTHS.moderate.prior).toBeLessThan(STRENGTHS.strong.prior);
  });
});
