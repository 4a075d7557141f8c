import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../lib/core/action.ts';
import { CATEGORIES } from '../../../lib/core/category.ts';
import { actionLabel, categoryLabel, CATEGORY_LABELS } from '../../../lib/ui/labels.ts';

describe('labels', () => {
  it('name every category and action in words', () => {
    for (const category of CATEGORIES) expect(categoryLabel(category)).not.toBe(category);
    for (const action of ACTIONS) expect(actionLabel(action)).toMatch(/^[a-z]+$/);
    expect(new Set(Object.values(CATEGORY_LABELS)).size).toBe(CATEGORIES.length);
    expect(categoryLabel('oversize')).toBe('Oversized text');
    expect(actionLabel('block')).toBe('blocked');
  });

  it('show unknown values as they are (and ignore prototype keys)', () => {
    expect(categoryLabel('new-category')).toBe('new-category');
    expect(categoryLabel('toString')).toBe('toString');
    expect(actionLabel('quarantine')).toBe('quarantine');
  });
});
