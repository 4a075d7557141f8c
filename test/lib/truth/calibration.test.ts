import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/core/normalize.ts';
import { calibratedScore, MAX_SCORE, TRUTH_CALIBRATION } from '../../../lib/truth/calibration.ts';
import { findClaims } from '../../../lib/truth/find-claims.ts';
import { TRUTH_RULE_IDS, type TruthRuleId } from '../../../lib/truth/truth-rules.ts';
import { CALIBRATION_SENTENCES } from './calibration-sentences.ts';

describe('calibratedScore', () => {
  it('is Laplace-smoothed precision, capped', () => {
    expect(calibratedScore(0, 0)).toBe(0.5);
    expect(calibratedScore(1, 0)).toBe(0.667);
    expect(calibratedScore(4, 0)).toBe(0.833);
    expect(calibratedScore(3, 3)).toBe(0.5);
    expect(calibratedScore(100, 0)).toBe(MAX_SCORE);
  });
});

describe('truth calibration table', () => {
  it('matches a fresh count of tp/fp on the labelled calibration sentences (re-run and update when a rule changes)', () => {
    const counts = Object.fromEntries(TRUTH_RULE_IDS.map((id) => [id, { tp: 0, fp: 0 }])) as Record<TruthRuleId, { tp: number; fp: number }>;
    for (const { text, expected } of CALIBRATION_SENTENCES) {
      const fired = new Set(findClaims(normalize(text).canonical.text).map((claim) => claim.rule));
      for (const rule of fired) counts[rule][rule === expected ? 'tp' : 'fp'] += 1;
    }
    const stored = Object.fromEntries(TRUTH_RULE_IDS.map((id) => [id, { tp: TRUTH_CALIBRATION[id].tp, fp: TRUTH_CALIBRATION[id].fp }]));
    expect(counts).toEqual(stored);
    for (const id of TRUTH_RULE_IDS) expect(TRUTH_CALIBRATION[id].score).toBe(calibratedScore(counts[id].tp, counts[id].fp));
  });

  it('has a labelled example of every rule, and more right answers than wrong ones', () => {
    const expected = new Set(CALIBRATION_SENTENCES.map((item) => item.expected));
    for (const id of TRUTH_RULE_IDS) expect(expected.has(id), id).toBe(true);
    const negatives = CALIBRATION_SENTENCES.filter((item) => item.expected === null).length;
    expect(negatives).toBeGreaterThanOrEqual(30);
  });
});
