import { describe, expect, it } from 'vitest';
import { fitExponent } from '../../../lib/cli/growth.ts';

describe('fitExponent', () => {
  it('finds k in latency = c * size^k', () => {
    expect(fitExponent([100, 1000, 10000].map((size) => ({ size, ms: 0.002 * size })))).toBe(1);
    expect(fitExponent([100, 1000, 10000].map((size) => ({ size, ms: 1e-6 * size ** 2 })))).toBe(2);
    expect(fitExponent([100, 1000, 10000].map((size) => ({ size, ms: 0.5 })))).toBe(0);
  });

  it('is null without two usable points', () => {
    expect(fitExponent([{ size: 100, ms: 1 }])).toBeNull();
    expect(fitExponent([{ size: 100, ms: 0 }, { size: 1000, ms: null }, { size: 10, ms: 1 }])).toBeNull();
  });
});
