import { describe, expect, it } from 'vitest';
import { firstAlarm } from '../../../lib/session/cusum.ts';
import { DEFAULT_DRIFT_PARAMETERS } from '../../../lib/session/drift-parameters.ts';

const { crescendo, oscillation, embedding } = DEFAULT_DRIFT_PARAMETERS;

describe('DEFAULT_DRIFT_PARAMETERS', () => {
  it('never lets one turn alone trip the CUSUM (1 − k ≤ h)', () => {
    expect(1 - crescendo.allowance).toBeLessThanOrEqual(crescendo.threshold);
    expect(firstAlarm([1, 0, 0, 0], crescendo)).toBe(-1);
  });

  it('accumulates moderate turns that no profile blocks alone, as documented', () => {
    expect(firstAlarm([0.45, 0.45, 0.45, 0.45], crescendo)).toBe(3);
    expect(firstAlarm([0.45, 0.45, 0.45], crescendo)).toBe(-1);
    expect(firstAlarm([0.55, 0.55, 0.55], crescendo)).toBe(2);
    expect(firstAlarm([0.9, 0, 0, 0.9], crescendo)).toBe(3);
    expect(firstAlarm([0.9, 0, 0, 0, 0.9], crescendo)).toBe(-1);
  });

  it('never accumulates turns at or below the allowance, however many', () => {
    expect(firstAlarm(new Array(1_000).fill(crescendo.allowance), crescendo)).toBe(-1);
  });

  it('keeps the oscillation thresholds ordered and the embedding term below a risky turn', () => {
    expect(oscillation.calmBelow).toBeLessThan(oscillation.riskyAt);
    expect(oscillation.minReturns).toBeGreaterThanOrEqual(2);
    // A complete change of subject (distance 1) adds less than a risky turn does.
    expect(embedding.weight * (1 - embedding.allowance)).toBeLessThan(oscillation.riskyAt);
  });
});
