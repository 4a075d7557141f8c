import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedOsaDistance, deletionsOf, NearNameIndex } from '../../../lib/packages/near-names.ts';

const index = new NearNameIndex(['requests', 'numpy', 'pandas', 'matplotlib', 'scikit-learn', 'six', 'react-dom', 'thriftpy'], {
  maxDistance: (length) => (length >= 8 ? 2 : length >= 4 ? 1 : 0),
  minCombosquatLength: 5,
});

describe('NearNameIndex', () => {
  it.each([
    ['reqeusts', 'requests', 'typo'],
    ['mumpy', 'numpy', 'typo'],
    ['pandsa', 'pandas', 'typo'],
    ['matplotib', 'matplotlib', 'typo'],
    ['matlpotlb', 'matplotlib', 'typo'],
    ['scikitlearn', 'scikit-learn', 'separator'],
    ['react_dom', 'react-dom', 'separator'],
    ['requests-py', 'requests', 'combosquat'],
    ['py-pandas-helper', 'pandas', 'combosquat'],
    ['pandaslite', 'pandas', 'combosquat'],
    ['quickrequests', 'requests', 'combosquat'],
    ['scikit-learn-utils', 'scikit-learn', 'combosquat'],
  ])('%s is a %s-near-miss of %s', (name, target, kind) => {
    expect(index.nearest(name)).toEqual({ target, kind });
  });

  it.each(['requests', 'flask', 'six2', 'sx', 'thriftpy2', 'numpy3', 'sixes', 'pan', 'x'.repeat(150), ''])('%s is not a near-miss', (name) => {
    expect(index.nearest(name)).toBeUndefined();
  });

  it('prefers the closest, then the most popular target', () => {
    const tie = new NearNameIndex(['abcde', 'abcdf'], { maxDistance: () => 1, minCombosquatLength: 5 });
    expect(tie.nearest('abcdx')).toEqual({ target: 'abcde', kind: 'typo' });
  });
});

describe('boundedOsaDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(boundedOsaDistance('ab', 'ba', 3)).toBe(1);
    expect(boundedOsaDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedOsaDistance('abc', 'abc', 0)).toBe(0);
    expect(boundedOsaDistance('abcdef', 'zzzzzz', 2)).toBe(3);
  });

  it('agrees with an unbounded computation up to its bound', () => {
    const full = (a: string, b: string) => boundedOsaDistance(a, b, 100);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 }), (a, b) => {
        expect(boundedOsaDistance(a, b, 2)).toBe(Math.min(full(a, b), 3));
        expect(full(a, b)).toBe(full(b, a));
      }),
    );
  });
});

describe('deletionsOf', () => {
  it('lists every string with up to n characters deleted', () => {
    expect([...deletionsOf('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect(deletionsOf('abcd', 2).size).toBe(1 + 4 + 6);
    expect(deletionsOf('aab', 1).size).toBe(3);
  });
});
