import { describe, expect, it } from 'vitest';
import { percentileOfSorted, roundTo, Samples, summarize } from '../../../lib/cli/percentiles.ts';

describe('percentileOfSorted (nearest rank)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('returns the sample at rank ceil(p/100 * n)', () => {
    expect(percentileOfSorted(oneToHundred, 50)).toBe(50);
    expect(percentileOfSorted(oneToHundred, 95)).toBe(95);
    expect(percentileOfSorted(oneToHundred, 99)).toBe(99);
    expect(percentileOfSorted(oneToHundred, 100)).toBe(100);
    expect(percentileOfSorted([1, 2, 3, 4], 50)).toBe(2);
    expect(percentileOfSorted([1, 2, 3, 4], 51)).toBe(3);
    expect(percentileOfSorted([10, 20, 30], 99)).toBe(30);
  });

  it('handles one, none and p = 0', () => {
    expect(percentileOfSorted([7], 50)).toBe(7);
    expect(percentileOfSorted([7], 99)).toBe(7);
    expect(percentileOfSorted([], 50)).toBeNull();
    expect(percentileOfSorted([3, 4], 0)).toBe(3);
  });
});

describe('Samples', () => {
  it('grows past its initial capacity and sorts numerically', () => {
    const samples = new Samples();
    for (let i = 3000; i > 0; i -= 1) samples.push(i);
    expect(samples.length).toBe(3000);
    const sorted = samples.sorted();
    expect(sorted[0]).toBe(1);
    expect(sorted[2999]).toBe(3000);
    expect(samples.sum()).toBe((3000 * 3001) / 2);
  });

  it('sorts numbers, not strings (10 after 9)', () => {
    const samples = new Samples();
    [10, 9, 100, 1].forEach((value) => samples.push(value));
    expect([...samples.sorted()]).toEqual([1, 9, 10, 100]);
  });
});

describe('summarize', () => {
  it('gives p50/p95/p99/max', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(summarize(values)).toEqual({ p50: 100, p95: 190, p99: 198, max: 200 });
  });

  it('rounds to the given digits', () => {
    expect(summarize([0.123456789], 4)).toEqual({ p50: 0.1235, p95: 0.1235, p99: 0.1235, max: 0.1235 });
  });

  it('is all null when empty', () => {
    expect(summarize(new Samples())).toEqual({ p50: null, p95: null, p99: null, max: null });
  });

  it('roundTo keeps null', () => {
    expect(roundTo(null, 2)).toBeNull();
    expect(roundTo(1.005, 1)).toBe(1);
  });
});
