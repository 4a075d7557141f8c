import { describe, expect, it } from 'vitest';
import { DecodeBudget, EXPANSION_RATIO, MAX_DECODED_CHARS } from '../../../lib/normalize/budget.ts';

describe('DecodeBudget', () => {
  it('allows four times the input, at most a megabyte', () => {
    expect(new DecodeBudget(1000).remaining).toBe(EXPANSION_RATIO * 1000);
    expect(new DecodeBudget(10_000_000).remaining).toBe(MAX_DECODED_CHARS);
    expect(new DecodeBudget(0).remaining).toBe(EXPANSION_RATIO * 64);
  });

  it('takes what fits and refuses what does not', () => {
    const budget = new DecodeBudget(100);
    expect(budget.take(300)).toBe(true);
    expect(budget.take(200)).toBe(false);
    expect(budget.exhausted).toBe(true);
    expect(budget.remaining).toBe(100);
  });
});
