import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../lib/eval/seeded-random.ts';
import { attackProbability, chooseNearAttackSimilarity, fitScoreCalibration, type CalibrationSample } from '../../../lib/vector/attack-score.ts';

const weights = { bias: -4, attackWeight: 8, benignWeight: -4 };

describe('attackProbability', () => {
  it('is the logistic of the weighted evidence', () => {
    expect(attackProbability({ attackSimilarity: 0.5, benignDensity: 0 }, weights)).toBeCloseTo(0.5, 10);
    expect(attackProbability({ attackSimilarity: 1, benignDensity: 0 }, weights)).toBeCloseTo(1 / (1 + Math.exp(-4)), 10);
  });

  it('rises with attack similarity and falls with benign density', () => {
    const base = attackProbability({ attackSimilarity: 0.6, benignDensity: 0.3 }, weights);
    expect(attackProbability({ attackSimilarity: 0.9, benignDensity: 0.3 }, weights)).toBeGreaterThan(base);
    expect(attackProbability({ attackSimilarity: 0.6, benignDensity: 0.8 }, weights)).toBeLessThan(base);
  });

  it('stays in 0..1 on extreme or broken input', () => {
    for (const value of [1e308, -1e308, Number.NaN]) {
      const p = attackProbability({ attackSimilarity: value, benignDensity: value }, weights);
      expect(p >= 0 && p <= 1).toBe(true);
    }
  });
});

describe('fitScoreCalibration', () => {
  /** Samples drawn from a known logistic model, to see that the fit finds it again. */
  function sampleFrom(truth: typeof weights, count: number): CalibrationSample[] {
    const random = seededRandom(42);
    return Array.from({ length: count }, () => {
      const attackSimilarity = random() * 2 - 1;
      const benignDensity = random() * 2 - 1;
      return { attackSimilarity, benignDensity, isAttack: random() < attackProbability({ attackSimilarity, benignDensity }, truth) };
    });
  }

  it('recovers the weights that generated the data', () => {
    const fitted = fitScoreCalibration(sampleFrom(weights, 20_000), { ridge: 0 });
    expect(fitted.bias).toBeCloseTo(weights.bias, 0);
    expect(fitted.attackWeight).toBeCloseTo(weights.attackWeight, 0);
    expect(fitted.benignWeight).toBeCloseTo(weights.benignWeight, 0);
  });

  it('stays finite on perfectly separable data (the ridge)', () => {
    const samples: CalibrationSample[] = [
      ...Array.from({ length: 50 }, (_, i) => ({ attackSimilarity: 0.8 + i / 500, benignDensity: 0.1, isAttack: true })),
      ...Array.from({ length: 50 }, (_, i) => ({ attackSimilarity: 0.2 + i / 500, benignDensity: 0.6, isAttack: false })),
    ];
    const fitted = fitScoreCalibration(samples);
    expect(Object.values(fitted).every(Number.isFinite)).toBe(true);
    expect(attackProbability(samples[0]!, fitted)).toBeGreaterThan(0.9);
    expect(attackProbability(samples[99]!, fitted)).toBeLessThan(0.1);
  });

  it('needs both classes', () => {
    expect(() => fitScoreCalibration([{ attackSimilarity: 1, benignDensity: 0, isAttack: true }])).toThrow(/both/);
  });
});

describe('chooseNearAttackSimilarity', () => {
  const sample = (attackSimilarity: number, isAttack: boolean): CalibrationSample => ({ attackSimilarity, benignDensity: 0, isAttack });

  it('picks the lowest cosine above which the samples are precise enough', () => {
    const samples = [
      ...[0.99, 0.97, 0.95, 0.93, 0.91, 0.89, 0.87, 0.85, 0.83].map((s) => sample(s, true)),
      sample(0.82, false),
      sample(0.7, false),
      sample(0.7, false),
      sample(0.6, true),
      ...[0.5, 0.4, 0.3].map((s) => sample(s, false)),
    ];
    expect(chooseNearAttackSimilarity(samples, { minPrecision: 0.9, minSupport: 5 })).toBe(0.82);
    expect(chooseNearAttackSimilarity(samples, { minPrecision: 1, minSupport: 5 })).toBe(0.83);
    expect(chooseNearAttackSimilarity(samples, { minPrecision: 0.9, minSupport: 50 })).toBe(1);
  });

  it('never cuts between equal cosines', () => {
    const samples = [sample(0.9, true), sample(0.9, false), sample(0.9, false)];
    expect(chooseNearAttackSimilarity(samples, { minPrecision: 1, minSupport: 1 })).toBe(1);
  });
});
