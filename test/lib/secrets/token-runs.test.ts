import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTokenRuns } from '../../../lib/secrets/token-runs.ts';

/** The obvious quadratic-free reference: every maximal run, measured character by character. */
function reference(text: string, minLength: number): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[A-Za-z0-9+/_-]+/g)].filter((m) => m[0].length >= minLength).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('findTokenRuns', () => {
  it('finds each maximal run of base64 characters of the minimum length or more', () => {
    const text = 'key "Xk29fLq8ZpW3vR7nT4yB6cM1sD5g" short abc/def and tail q3Xf9Lk2Vb7Nm4Rt8Wz1';
    expect(findTokenRuns(text, 20, 100).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Xk29fLq8ZpW3vR7nT4yB6cM1sD5g',
      'q3Xf9Lk2Vb7Nm4Rt8Wz1',
    ]);
  });

  it('agrees with a full scan on arbitrary text (the stride skips nothing)', () => {
    const alphabet = fc.constantFrom('a', 'Z', '9', '+', '/', '-', '_', ' ', '"', '=', '.', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }).map((chars) => chars.join('')), fc.integer({ min: 1, max: 25 }), (text, minLength) => {
        expect(findTokenRuns(text, minLength, 1_000)).toEqual(reference(text, minLength));
      }),
    );
  });

  it('stops at maxRuns', () => {
    expect(findTokenRuns('aaaaa bbbbb ccccc', 5, 2)).toHaveLength(2);
  });
});
