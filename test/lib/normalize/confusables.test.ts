import { describe, expect, it } from 'vitest';
import { foldCharacter, isSmallCapital } from '../../../lib/normalize/confusables.ts';

const fold = (ch: string) => foldCharacter(ch.codePointAt(0)!);

describe('foldCharacter', () => {
  it('folds Cyrillic and Greek look-alikes to the Latin letter they imitate', () => {
    expect(fold('а')).toBe('a');
    expect(fold('ο')).toBe('o');
    expect(fold('Ι')).toBe('I');
    expect(fold('І')).toBe('I');
  });

  it('folds accents, small capitals and enclosed letters', () => {
    expect(fold('é')).toBe('e');
    expect(fold('ᴛ')).toBe('t');
    expect(fold('🅰')).toBe('A');
    expect(isSmallCapital('ᴍ'.codePointAt(0)!)).toBe(true);
    expect(isSmallCapital('m'.codePointAt(0)!)).toBe(false);
  });

  it('never folds ASCII, letters of other scripts, or letters into digits', () => {
    expect(fold('0')).toBeUndefined();
    expect(fold('m')).toBeUndefined();
    expect(fold('ا')).toBeUndefined();
    expect(fold('З')).toBeUndefined();
    expect(fold('中')).toBeUndefined();
  });
});
