import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../../lib/pii/calibration.ts';
import { PII_RULES } from '../../../lib/pii/rules/index.ts';
import { scoreFor } from '../../../lib/pii/score.ts';

const rule = (id: string) => PII_RULES.find((candidate) => candidate.id === id)!;

describe('scoreFor', () => {
  it('uses the calibrated score when the train split saw the tier', () => {
    const entry = (CALIBRATION as Record<string, { score: number }>)['email:address'];
    expect(entry).toBeDefined();
    expect(scoreFor(rule('email'), 'address')).toBe(entry!.score);
  });
  it('floors checksum-validated tiers at 0.9 and falls back to the prior', () => {
    expect(scoreFor(rule('it-codice-fiscale'), 'checksum')).toBeGreaterThanOrEqual(0.9);
    expect(scoreFor(rule('date-of-birth'), 'context')).toBe(rule('date-of-birth').priors.context);
    expect(scoreFor(rule('email'), 'no-such-tier')).toBe(0.5);
  });
  it('keeps every calibrated score a probability', () => {
    for (const entry of Object.values(CALIBRATION as Record<string, { n: number; truePositives: number; score: number }>)) {
      expect(entry.score).toBeGreaterThan(0);
      expect(entry.score).toBeLessThanOrEqual(0.99);
      expect(entry.truePositives).toBeLessThanOrEqual(entry.n);
    }
  });
});
