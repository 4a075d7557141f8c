import { isCategory } from '../core/category.ts';
import { parseSelectorOverrides, type SelectorOverrides } from '../sites/selector-overrides.ts';
import { isAction } from '../core/action.ts';
import {
  isRecord,
  isSensitivity,
  resolveAllowLists,
  resolveAudit,
  resolveCacheModeField,
  resolveCustomRules,
  resolveKids,
  resolveProfile,
  resolveSites,
  type Repaired,
} from './resolve-user-settings.ts';
import { UI_FEATURES, type CategorySetting, type UiFeature, type UserSettings } from './user-settings.ts';
import { oneOf } from '../core/one-of.ts';

/**
 * An admin's policy as `storage.managed` delivers it: Chrome from the platform policy (registry,
 * plist, /etc/…/policies/managed, Admin console) checked against public/managed_schema.json, and
 * Firefox from policies.json `3rdparty.Extensions["rampart@rampart.dev"]` with no schema at all.
 * Both give the same keys, so one parser reads both; Firefox's values are unchecked, and some
 * policy tools deliver objects as JSON strings, so everything is validated here. A bad value is
 * skipped and reported (`problems`), never thrown: a typo in a policy must not cost the rest.
 */
export interface ManagedPolicy {
  /** The settings the admin fixed; each key present here is locked for the user. */
  settings: Partial<UserSettings>;
  disabledFeatures: UiFeature[];
  /** Read by the content script itself (lib/adapters/content/adapter-overrides.ts); here only to report problems and "managed". */
  selectorOverrides?: SelectorOverrides;
  problems: string[];
}

export const EMPTY_MANAGED_POLICY: ManagedPolicy = { settings: {}, disabledFeatures: [], problems: [] };

/** Every key the schema declares (public/managed_schema.json; a test keeps the two in step). */
export const MANAGED_KEYS = [
  'profile',
  'categoryActions',
  'categorySensitivity',
  'sites',
  'selectorOverrides',
  'allowLists',
  'customRules',
  'kidsMode',
  'cacheMode',
  'disabledFeatures',
  'audit',
] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];

/** Objects and lists may arrive as JSON text (Windows registry strings, some MDM tools). */
function decoded(raw: unknown, key: string, problems: string[]): unknown {
  if (typeof raw !== 'string') return raw;
  const text = raw.trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return raw;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    problems.push(`${key}: not valid JSON`);
    return undefined;
  }
}

/**
 * A managed value after repair: a value of the right kind (an object, a list, a known name) applies
 * with its bad parts skipped — a list without its one malformed host, kids mode with the default age
 * band if the band is misspelt (better than no kids mode) — and every repair is reported. A value
 * of the wrong kind is skipped whole: the user's own setting stays, unlocked.
 */
function accepted<T>(resolved: Repaired<T>, rightKind: boolean, problems: string[]): T | undefined {
  problems.push(...resolved.problems);
  return rightKind ? resolved.value : undefined;
}

/** `categoryActions` ({category: action}) and `categorySensitivity` ({category: sensitivity}) as one categories object. */
function managedCategories(actions: unknown, sensitivity: unknown, problems: string[]): UserSettings['categories'] | undefined {
  if (actions === undefined && sensitivity === undefined) return undefined;
  const categories: Partial<Record<string, CategorySetting>> = {};
  let valid = false;
  const read = (raw: unknown, key: string, field: 'action' | 'sensitivity', isValid: (value: unknown) => boolean, expected: string): void => {
    if (raw === undefined) return;
    if (!isRecord(raw)) {
      problems.push(`${key}: must be an object keyed by category`);
      return;
    }
    valid = true;
    for (const [category, value] of Object.entries(raw)) {
      if (!isCategory(category)) problems.push(`${key}.${category.slice(0, 40)}: unknown category`);
      else if (!isValid(value)) problems.push(`${key}.${category}: expected ${expected}`);
      else categories[category] = { ...categories[category], [field]: value };
    }
  };
  read(actions, 'categoryActions', 'action', isAction, 'allow, warn, redact or block');
  read(sensitivity, 'categorySensitivity', 'sensitivity', isSensitivity, 'lower, default or higher');
  // Per category, a bad entry is skipped on its own: each is an independent instruction.
  return valid ? (categories as UserSettings['categories']) : undefined;
}

function managedFeatures(raw: unknown, problems: string[]): UiFeature[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push('disabledFeatures: must be a list');
    return [];
  }
  const features: UiFeature[] = [];
  for (const token of raw) {
    if (oneOf(UI_FEATURES)(token)) {
      if (!features.includes(token)) features.push(token);
    } else {
      problems.push(`disabledFeatures: "${String(token).slice(0, 40)}" is not a feature (expected ${UI_FEATURES.join(', ')})`);
    }
  }
  return features;
}

export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === undefined || raw === null) return { ...EMPTY_MANAGED_POLICY, problems: [] };
  if (!isRecord(raw)) return { ...EMPTY_MANAGED_POLICY, problems: ['managed policy: must be an object'] };
  const problems: string[] = [];
  const value = (key: ManagedKey): unknown => (Object.prototype.hasOwnProperty.call(raw, key) ? decoded(raw[key], key, problems) : undefined);
  const settings: Partial<UserSettings> = {};
  const set = <K extends keyof UserSettings>(key: K, resolved: UserSettings[K] | undefined): void => {
    if (resolved !== undefined) settings[key] = resolved;
  };

  const profile = value('profile');
  if (profile !== undefined) {
    const resolved = resolveProfile(profile);
    set('profile', accepted(resolved, resolved.problems.length === 0, problems));
  }
  set('categories', managedCategories(value('categoryActions'), value('categorySensitivity'), problems));
  const sites = value('sites');
  if (sites !== undefined) set('sites', accepted(resolveSites(sites), isRecord(sites), problems));
  const allowLists = value('allowLists');
  if (allowLists !== undefined) set('allowLists', accepted(resolveAllowLists(allowLists), isRecord(allowLists), problems));
  const customRules = value('customRules');
  if (customRules !== undefined) set('customRules', accepted(resolveCustomRules(customRules), Array.isArray(customRules), problems));
  const kidsMode = value('kidsMode');
  if (kidsMode !== undefined) set('kids', accepted(resolveKids(kidsMode, 'kidsMode'), isRecord(kidsMode), problems));
  const cacheMode = value('cacheMode');
  if (cacheMode !== undefined) {
    const resolved = resolveCacheModeField(cacheMode);
    set('cacheMode', accepted(resolved, resolved.problems.length === 0, problems));
  }
  const audit = value('audit');
  if (audit !== undefined) set('audit', accepted(resolveAudit(audit), isRecord(audit), problems));
  const disabledFeatures = managedFeatures(value('disabledFeatures'), problems);

  let selectorOverrides: SelectorOverrides | undefined;
  if (Object.prototype.hasOwnProperty.call(raw, 'selectorOverrides')) {
    // The content script checks each selector with the page's own parser; here only the shape.
    const parsed = parseSelectorOverrides(raw.selectorOverrides, () => true);
    problems.push(...parsed.problems);
    selectorOverrides = parsed.overrides;
  }

  for (const key of Object.keys(raw)) {
    if (!(MANAGED_KEYS as readonly string[]).includes(key)) problems.push(`${key.slice(0, 40)}: unknown policy key (ignored)`);
  }
  return { settings, disabledFeatures, ...(selectorOverrides ? { selectorOverrides } : {}), problems };
}
