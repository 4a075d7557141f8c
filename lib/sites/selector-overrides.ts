import { SELECTOR_FIELDS, type SelectorField, type SiteAdapter } from './site-adapter.ts';
import { oneOf } from '../core/one-of.ts';

/**
 * Selector overrides an admin delivers through managed policy (`storage.managed`, key
 * `selectorOverrides`; schema in public/managed_schema.json) when a site changes its markup
 * before Rampart ships an update: per adapter id, partial selector lists that are tried before
 * the built-in ones.
 */
export type SelectorOverrides = Record<string, Partial<Record<SelectorField, string[]>>>;

export interface ParsedSelectorOverrides {
  overrides: SelectorOverrides;
  /** What was skipped and why (for the console; a bad entry never stops the rest). */
  problems: string[];
}

/** Policies are written by hand: generous limits that still keep a typo from costing much. */
export const MAX_SELECTORS_PER_LIST = 20;
export const MAX_SELECTOR_CHARS = 500;
const ADAPTER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSelectorField = oneOf(SELECTOR_FIELDS);

/**
 * Validates what the policy holds. Chrome checks the value against the schema before publishing
 * it, Firefox (policies.json) does not, and a selector can be well-typed yet not parse — so
 * everything is checked here. `isValidSelector` is the browser's own parser (querySelector on an
 * empty fragment); an invalid selector is skipped, never fatal. Accepts the object or a JSON
 * string of it (some policy tools only deliver strings).
 */
export function parseSelectorOverrides(raw: unknown, isValidSelector: (selector: string) => boolean): ParsedSelectorOverrides {
  const problems: string[] = [];
  const overrides: SelectorOverrides = {};
  if (raw === undefined || raw === null) return { overrides, problems };
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return { overrides, problems: ['selectorOverrides: not valid JSON'] };
    }
  }
  if (!isRecord(value)) return { overrides, problems: ['selectorOverrides: must be an object keyed by site adapter id'] };

  for (const [adapterId, lists] of Object.entries(value)) {
    if (!ADAPTER_ID.test(adapterId)) {
      problems.push(`selectorOverrides: "${adapterId.slice(0, 40)}" is not an adapter id`);
      continue;
    }
    if (!isRecord(lists)) {
      problems.push(`selectorOverrides.${adapterId}: must be an object of selector lists`);
      continue;
    }
    const kept: Partial<Record<SelectorField, string[]>> = {};
    for (const [field, list] of Object.entries(lists)) {
      const where = `selectorOverrides.${adapterId}.${field.slice(0, 40)}`;
      if (!isSelectorField(field)) {
        problems.push(`${where}: unknown list (expected ${SELECTOR_FIELDS.join(', ')})`);
        continue;
      }
      if (!Array.isArray(list)) {
        problems.push(`${where}: must be a list of selectors`);
        continue;
      }
      if (list.length > MAX_SELECTORS_PER_LIST) problems.push(`${where}: only the first ${MAX_SELECTORS_PER_LIST} selectors are used`);
      const selectors: string[] = [];
      list.slice(0, MAX_SELECTORS_PER_LIST).forEach((entry: unknown, index) => {
        const selector = typeof entry === 'string' ? entry.trim() : '';
        if (selector === '' || selector.length > MAX_SELECTOR_CHARS) {
          problems.push(`${where}[${index}]: not a selector (empty, too long or not a string)`);
        } else if (!isValidSelector(selector)) {
          problems.push(`${where}[${index}]: not a valid CSS selector`);
        } else if (!selectors.includes(selector)) {
          selectors.push(selector);
        }
      });
      if (selectors.length) kept[field] = selectors;
    }
    if (Object.keys(kept).length) overrides[adapterId] = kept;
  }
  return { overrides, problems };
}

/** The adapter with the admin's selectors first, then its own (a duplicate is kept once, first). */
export function withSelectorOverrides(adapter: SiteAdapter, overrides: SelectorOverrides): SiteAdapter {
  const own = Object.prototype.hasOwnProperty.call(overrides, adapter.id) ? overrides[adapter.id] : undefined;
  if (!own) return adapter;
  const merged: SiteAdapter = { ...adapter };
  for (const field of SELECTOR_FIELDS) {
    const first = own[field];
    if (first?.length) merged[field] = [...new Set([...first, ...adapter[field]])];
  }
  return merged;
}
