import { ACTIONS, type Action } from '../core/action.ts';
import { CATEGORIES, type Category } from '../core/category.ts';
import type { PolicyProfile } from '../policy/profile.ts';
import type { CategorySetting, Sensitivity, UserSettings } from '../settings/user-settings.ts';
import { SENSITIVITIES } from '../settings/user-settings.ts';

/** One row of the per-category table: the user's override (if any) and what the profile does by itself. */
export interface CategoryRow {
  category: Category;
  /** The chosen action, or `default` for "what the profile says". */
  action: Action | 'default';
  sensitivity: Sensitivity;
  /** The profile's own thresholds, strictest first, e.g. `[{action:'block', minRisk:0.9}, …]`. */
  profileThresholds: Array<{ action: Action; minRisk: number }>;
}

export function categoryRows(categories: UserSettings['categories'], profile: PolicyProfile | undefined): CategoryRow[] {
  return CATEGORIES.map((category) => ({
    category,
    action: categories[category]?.action ?? 'default',
    sensitivity: categories[category]?.sensitivity ?? 'default',
    profileThresholds: [...(profile?.categories[category] ?? [])].sort((a, b) => b.minRisk - a.minRisk).map(({ action, minRisk }) => ({ action, minRisk })),
  }));
}

export type CategoryChange = { action: Action | 'default' } | { sensitivity: Sensitivity };

/**
 * The categories object after one change. `default` removes the override, and a category with no
 * override left is removed entirely, so the stored settings stay minimal and a profile change
 * later applies to everything the user did not set.
 */
export function withCategoryChange(categories: UserSettings['categories'], category: Category, change: CategoryChange): UserSettings['categories'] {
  const current: CategorySetting = { ...(categories[category] ?? {}) };
  if ('action' in change) {
    if (change.action === 'default') delete current.action;
    else if ((ACTIONS as readonly string[]).includes(change.action)) current.action = change.action;
  } else if ((SENSITIVITIES as readonly string[]).includes(change.sensitivity)) {
    if (change.sensitivity === 'default') delete current.sensitivity;
    else current.sensitivity = change.sensitivity;
  }
  const next = { ...categories };
  if (current.action === undefined && current.sensitivity === undefined) delete next[category];
  else next[category] = current;
  return next;
}
