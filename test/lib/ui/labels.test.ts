import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../lib/core/action.ts';
import { CATEGORIES } from '../../../lib/core/category.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';
import { actionLabel, categoryLabel } from '../../../lib/ui/labels.ts';

describe('labels', () => {
  afterEach(() => setLocale('en'));

  it('name every category and action in words', () => {
    for (const category of CATEGORIES) expect(categoryLabel(category)).not.toBe(category);
    for (const action of ACTIONS) expect(actionLabel(action)).toMatch(/^[a-z]+$/);
    expect(new Set(CATEGORIES.map(categoryLabel)).size).toBe(CATEGORIES.length);
    expect(categoryLabel('oversize')).toBe('Oversized text');
    expect(actionLabel('block')).toBe('blocked');
  });

  it('show unknown values as they are (and ignore prototype keys)', () => {
    expect(categoryLabel('new-category')).toBe('new-category');
    expect(categoryLabel('toString')).toBe('toString');
    expect(actionLabel('quarantine')).toBe('quarantine');
    expect(actionLabel('constructor')).toBe('constructor');
  });

  it('speak the active language, distinctly in each', () => {
    for (const locale of ['de', 'fr']) {
      setLocale(locale);
      expect(new Set(CATEGORIES.map(categoryLabel)).size).toBe(CATEGORIES.length);
    }
    setLocale('de-CH');
    expect(categoryLabel('oversize')).toBe('Zu langer Text');
    expect(actionLabel('block')).toBe('blockiert');
    setLocale('fr');
    expect(categoryLabel('secrets')).toBe('Secret ou identifiant');
  });
});
