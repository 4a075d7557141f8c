import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../lib/eval/seeded-random.ts';
import { fitPlatt } from '../../../lib/training/platt.ts';

describe('fitPlatt', () => {
  it('recovers the slope and intercept of a logistic relation', () => {
    const random = seededRandom(1);
    const logits: number[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const x = random() * 8 - 4;
      logits.push(3 * x);
      labels.push(random() < 1 / (1 + Math.exp(-(x + 0.5))) ? 1 : 0);
    }
    const { slope, intercept } = fitPlatt(logits, labels);
    expect(slope).toBeCloseTo(1 / 3, 1);
    expect(intercept).toBeCloseTo(0.5, 1);
  });

  it('stays finite on perfectly separated, huge logits', () => {
    const logits = Array.from({ length: 1_000 }, (_, i) => (i % 10 === 0 ? 30 : -25));
    const labels = logits.map((logit) => (logit > 0 ? 1 : 0));
    const { slope, intercept } = fitPlatt(logits, labels);
    expect(Number.isFinite(slope) && slope > 0).toBe(true);
    expect(Number.isFinite(intercept)).toBe(true);
  });

  it('leaves scores alone when one class is missing', () => {
    expect(fitPlatt([1, 2, 3], [1, 1, 1])).toEqual({ slope: 1, intercept: 0 });
  });
});
