import { describe, expect, it } from 'vitest';
import { CATEGORIES, HARM_CODES, isCategory } from '../../../lib/core/category.ts';

describe('categories', () => {
  it('recognise their own names only', () => {
    expect(CATEGORIES.every(isCategory)).toBe(true);
    expect(isCategory('constructor')).toBe(false);
    expect(isCategory(3)).toBe(false);
  });

  it('carry the full S1–S14 harm taxonomy', () => {
    expect(Object.keys(HARM_CODES)).toEqual(Array.from({ length: 14 }, (_, i) => `S${i + 1}`));
  });
});
