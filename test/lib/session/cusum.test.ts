import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cusumPath, cusumStep, firstAlarm } from '../../../lib/session/cusum.ts';

/** Page's closed form: Sₜ = Σ₁..ₜ(x − k) − min over j ≤ t of Σ₁..ⱼ(x − k) (with the empty sum 0). */
function closedForm(observations: readonly number[], allowance: number): number[] {
  const result: number[] = [];
  let sum = 0;
  let lowest = 0;
  for (const x of observations) {
    sum += x - allowance;
    lowest = Math.min(lowest, sum);
    result.push(sum - lowest);
  }
  return result;
}

describe('cusumStep', () => {
  it('adds the excess over the allowance and never goes below 0', () => {
    expect(cusumStep(0, 0.9, 0.25)).toBeCloseTo(0.65);
    expect(cusumStep(0.65, 0, 0.25)).toBeCloseTo(0.4);
    expect(cusumStep(0.1, 0, 0.25)).toBe(0);
    expect(cusumStep(0, 0.25, 0.25)).toBe(0);
  });

  it('treats a non-finite observation or statistic as 0', () => {
    expect(cusumStep(0.5, Number.NaN, 0.25)).toBeCloseTo(0.25);
    expect(cusumStep(0.5, Number.POSITIVE_INFINITY, 0.25)).toBeCloseTo(0.25);
    expect(cusumStep(Number.NaN, 0.75, 0.25)).toBeCloseTo(0.5);
  });
});

describe('cusumPath', () => {
  it('accumulates moderate evidence that no single observation would act on', () => {
    const path = cusumPath([0, 0.45, 0.45, 0.45, 0.45, 0], 0.25);
    expect(path.map((s) => Number(s.toFixed(2)))).toEqual([0, 0.2, 0.4, 0.6, 0.8, 0.55]);
  });

  it('equals Page’s closed form on any sequence of risks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (observations, allowance) => {
          const path = cusumPath(observations, allowance);
          const expected = closedForm(observations, allowance);
          path.forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 9));
          for (const s of path) expect(s).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('is empty for no observations', () => {
    expect(cusumPath([], 0.25)).toEqual([]);
  });
});

describe('firstAlarm', () => {
  const parameters = { allowance: 0.25, threshold: 0.75 };

  it('finds the first observation at which S exceeds h (strictly)', () => {
    expect(firstAlarm([0, 0, 0.9, 0.9, 0.9], parameters)).toBe(3); // 0.65, then 1.3
    expect(firstAlarm([1, 0, 0, 0, 0], parameters)).toBe(-1); // 0.75 is not > 0.75
    expect(firstAlarm([], parameters)).toBe(-1);
  });

  it('never alarms on a run of observations at or below the allowance', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.25, noNaN: true }), { maxLength: 200 }), (observations) => {
        expect(firstAlarm(observations, parameters)).toBe(-1);
      }),
    );
  });
});
