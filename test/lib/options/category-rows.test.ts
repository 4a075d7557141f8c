import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/core/category.ts';
import { categoryRows, withCategoryChange } from '../../../lib/options/category-rows.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';

describe('categoryRows', () => {
  it('has a row per category with the override and the profile’s own thresholds, strictest first', () => {
    const rows = categoryRows({ pii: { action: 'block' }, secrets: { sensitivity: 'higher' } }, PROFILES.standard);
    expect(rows.map((row) => row.category)).toEqual([...CATEGORIES]);
    expect(rows.find((row) => row.category === 'pii')).toMatchObject({ action: 'block', sensitivity: 'default' });
    expect(rows.find((row) => row.category === 'secrets')).toMatchObject({ action: 'default', sensitivity: 'higher' });
    expect(rows.find((row) => row.category === 'prompt-attack')!.profileThresholds).toEqual([
      { action: 'block', minRisk: 0.9 },
      { action: 'warn', minRisk: 0.5 },
    ]);
  });

  it('copes with an unknown profile', () => {
    expect(categoryRows({}, undefined).every((row) => row.profileThresholds.length === 0)).toBe(true);
  });
});

describe('withCategoryChange', () => {
  it('sets and clears an action, and drops a category with nothing left', () => {
    const set = withCategoryChange({}, 'pii', { action: 'block' });
    expect(set).toEqual({ pii: { action: 'block' } });
    const both = withCategoryChange(set, 'pii', { sensitivity: 'lower' });
    expect(both).toEqual({ pii: { action: 'block', sensitivity: 'lower' } });
    expect(withCategoryChange(both, 'pii', { action: 'default' })).toEqual({ pii: { sensitivity: 'lower' } });
    expect(withCategoryChange({ pii: { sensitivity: 'lower' } }, 'pii', { sensitivity: 'default' })).toEqual({});
  });

  it('does not change the object it was given, and ignores values that are not actions or sensitivities', () => {
    const before = { secrets: { action: 'warn' as const } };
    withCategoryChange(before, 'secrets', { action: 'block' });
    expect(before).toEqual({ secrets: { action: 'warn' } });
    expect(withCategoryChange(before, 'secrets', { action: 'explode' as never })).toEqual(before);
    expect(withCategoryChange(before, 'secrets', { sensitivity: 'max' as never })).toEqual(before);
  });
});
