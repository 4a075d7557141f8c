import { describe, expect, it } from 'vitest';
import { charFlags, CYRILLIC, DIGIT, GENERIC_MARK, GREEK, INERT, isAlphabetOrDigit, isClusterContinuation, isGenericMarkBlock, LATIN, LETTER, LOOKALIKE_SCRIPT, LOWER, MARK, UPPER } from '../../../lib/normalize/char-class.ts';

const cp = (ch: string) => ch.codePointAt(0)!;

describe('charFlags', () => {
  it('classifies letters by script and case', () => {
    expect(charFlags(cp('A')) & (LETTER | LATIN | UPPER)).toBe(LETTER | LATIN | UPPER);
    expect(charFlags(cp('а')) & CYRILLIC).toBeTruthy();
    expect(charFlags(cp('ο')) & GREEK).toBeTruthy();
    expect(charFlags(cp('օ')) & LOOKALIKE_SCRIPT).toBeTruthy();
    expect(charFlags(cp('中')) & (LATIN | GREEK | CYRILLIC)).toBe(0);
    expect(charFlags(cp('٣')) & DIGIT).toBeTruthy();
    expect(charFlags(cp('ж')) & (UPPER | LOWER)).toBe(LOWER);
    expect(charFlags(cp('Ж')) & (UPPER | LOWER)).toBe(UPPER);
    // Letters of scripts without case are neither.
    expect(charFlags(cp('中')) & (UPPER | LOWER)).toBe(0);
  });

  it('knows marks, generic diacritics and NFKC-stable characters', () => {
    expect(charFlags(0x301) & (MARK | GENERIC_MARK)).toBe(MARK | GENERIC_MARK);
    expect(charFlags(0x93f) & MARK).toBeTruthy();
    expect(charFlags(0x93f) & GENERIC_MARK).toBe(0);
    expect(charFlags(cp('é')) & INERT).toBeTruthy();
    expect(charFlags(cp('ｉ')) & INERT).toBe(0);
    expect(charFlags(0x1d400) & INERT).toBe(0);
    expect(charFlags(0xd800)).toBeGreaterThan(0);
  });

  it('excludes enclosing marks (keycaps) from generic diacritics', () => {
    expect(isGenericMarkBlock(0x20e3)).toBe(false);
    expect(isGenericMarkBlock(0x20d0)).toBe(true);
  });

  it('continues clusters with marks and Hangul vowel jamo only', () => {
    expect(isClusterContinuation(0x301)).toBe(true);
    expect(isClusterContinuation(0x1161)).toBe(true);
    expect(isClusterContinuation(cp('a'))).toBe(false);
  });

  it('tells alphabetic letters and digits from other scripts', () => {
    expect(isAlphabetOrDigit(cp('a'))).toBe(true);
    expect(isAlphabetOrDigit(cp('7'))).toBe(true);
    expect(isAlphabetOrDigit(cp('ж'))).toBe(true);
    expect(isAlphabetOrDigit(cp('ك'))).toBe(false);
    expect(isAlphabetOrDigit(cp(' '))).toBe(false);
  });
});
