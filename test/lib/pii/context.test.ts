import { describe, expect, it } from 'vitest';
import { digitsOf, labelBefore, near } from '../../../lib/pii/context.ts';
import { KeywordIndex } from '../../../lib/pii/keyword-index.ts';
import { findKeywords } from '../../../lib/pii/keywords.ts';
import type { MatchContext } from '../../../lib/pii/rule.ts';

const contextOf = (text: string): MatchContext => ({
  text,
  keywords: new KeywordIndex(findKeywords(text, [[0, text.length]])),
  budget: { phoneParses: 1, hashes: 1 },
  regions: ['US'],
});

describe('context helpers', () => {
  it('near: a keyword shortly before or after', () => {
    const text = 'my card: 4377 8771 8963 5137';
    expect(near(contextOf(text), 'card', 9, text.length)).toBe(true);
    expect(near(contextOf(`${text}${' '.repeat(80)}card`), 'card', 100, 120, 10, 10)).toBe(false);
  });
  it('labelBefore: the keyword labels the value', () => {
    expect(labelBefore(contextOf('Order #5551234567'), 'not-phone', 7, 16)).toBe(true);
    expect(labelBefore(contextOf('Order 12, then 5551234567'), 'not-phone', 15, 16)).toBe(false);
  });
  it('digitsOf drops separators', () => {
    expect(digitsOf('+1 (212) 948-2716')).toBe('12129482716');
  });
});
