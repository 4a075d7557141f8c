import { describe, expect, it } from 'vitest';
import { characterClasses, shannonEntropy } from '../../../lib/secrets/entropy.ts';

describe('shannonEntropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['ab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4],
  ])('%j has %d bits per character', (text, bits) => {
    expect(shannonEntropy(text)).toBeCloseTo(bits, 10);
  });

  it('ranks generated keys above words and placeholders', () => {
    expect(shannonEntropy('q3Xf9Lk2Vb7Nm4Rt8Wz1Yc5Hd0Jg6Ps2Ue8Ai4Ko')).toBeGreaterThan(4.5);
    expect(shannonEntropy('xxxxxxxxxxxxxxxxxxxxxxxx')).toBe(0);
    expect(shannonEntropy('passwordpassword')).toBeLessThan(3);
  });
});

describe('characterClasses', () => {
  it('reports lower, upper and digit classes', () => {
    expect(characterClasses('abc')).toEqual({ lower: true, upper: false, digit: false, count: 1 });
    expect(characterClasses('aB3')).toEqual({ lower: true, upper: true, digit: true, count: 3 });
    expect(characterClasses('-_=').count).toBe(0);
  });
});
