import { describe, expect, it } from 'vitest';
import { isLetter, wordsAfter, wordsBefore } from '../../../lib/pii/words.ts';

describe('words', () => {
  it('recognises letters of any script', () => {
    expect(isLetter('a')).toBe(true);
    expect(isLetter('ß')).toBe(true);
    expect(isLetter('ж')).toBe(true);
    expect(isLetter('1')).toBe(false);
    expect(isLetter(undefined)).toBe(false);
  });
  it('reads words after a position, one space apart', () => {
    const text = '62573 Cassidy Street, Suite 653';
    expect(wordsAfter(text, 5, 5).map((w) => w.text)).toEqual(['Cassidy', 'Street']);
    expect(wordsAfter("12 Main Street' }", 2, 5).map((w) => w.text)).toEqual(['Main', 'Street']);
    expect(wordsAfter('12, rue de la Paix', 2, 5, true).map((w) => w.text)).toEqual(['rue', 'de', 'la', 'Paix']);
    expect(wordsAfter('12  Main', 2, 5)).toEqual([]);
  });
  it('reads words before a position, nearest last, with offsets', () => {
    const text = 'lives on Via Tasso 129';
    const words = wordsBefore(text, text.indexOf('129'), 3);
    expect(words.map((w) => w.text)).toEqual(['on', 'Via', 'Tasso']);
    expect(text.slice(words[1]!.start, words[1]!.end)).toBe('Via');
    expect(wordsBefore('Wesselényi u. 94', 14, 2).map((w) => w.text)).toEqual(['Wesselényi', 'u.']);
  });
});
