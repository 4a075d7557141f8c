import { isAction } from '../core/action.ts';
import { isCategory } from '../core/category.ts';
import { PROFILE_IDS } from '../policy/profiles.ts';
import { validateCustomRule } from '../rules/custom/validate-custom-rule.ts';
import { CACHE_MODES, type CacheMode } from './cache-mode-setting.ts';
import {
  AGE_BANDS,
  DEFAULT_SETTINGS,
  SENSITIVITIES,
  SETTING_KEYS,
  type AllowLists,
  type AuditCollector,
  type AuditSettings,
  type CategorySetting,
  type CustomRule,
  type KidsSettings,
  type SiteSettings,
  type UserSettings,
} from './user-settings.ts';
import { oneOf } from '../core/one-of.ts';

/**
 * Validate-and-repair (Dark Reader style) for everything a person or an admin can set: whatever
 * is stored or delivered — nothing, an older shape, a hand-edited file, a typo in a policy — turns
 * into a real UserSettings, field by field, so one bad value costs that value and never a scan.
 * Every repair is reported in `problems` (import and settings-set refuse input that needed any;
 * reading storage just uses the repaired value).
 */

/** Lists are typed by hand (options page, policy files): generous, but a paste of a whole file stays cheap. */
export const MAX_LIST_ENTRIES = 200;
export const MAX_ENTRY_CHARS = 200;
export const MAX_CUSTOM_RULES = 200;
/** The audit log keeps at least this many records (a cap of 0 would make the chain meaningless). */
export const MIN_AUDIT_RECORDS = 100;
export const MAX_AUDIT_RECORDS = 1_000_000;
export const MAX_COLLECTOR_HEADERS = 20;
const MAX_URL_CHARS = 2_000;
const MAX_HEADER_VALUE_CHARS = 4_000;

/** What a field's validation produced: the repaired value and why anything was dropped or replaced. */
export interface Repaired<T> {
  value: T;
  problems: string[];
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);

/** A host name as it appears in a URL: labels of letters, digits and hyphens (IDNs in punycode). */
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** A host entry: lower-cased, a pasted URL reduced to its host; undefined when it is not one. */
export function normalizeHost(raw: string): string | undefined {
  let text = raw.trim().toLowerCase();
  if (text.includes('://')) {
    try {
      text = new URL(text).hostname;
    } catch {
      return undefined;
    }
  }
  text = text.replace(/\.$/, '');
  return HOST.test(text) ? text : undefined;
}

/**
 * A list of strings, trimmed, deduplicated (first kept), each at most MAX_ENTRY_CHARS and the list at
 * most MAX_LIST_ENTRIES; `normalize` may rewrite or reject an entry (hosts).
 */
export function stringList(raw: unknown, where: string, normalize: (entry: string) => string | undefined = (entry) => entry): Repaired<string[]> {
  if (raw === undefined) return { value: [], problems: [] };
  if (!Array.isArray(raw)) return { value: [], problems: [`${where}: must be a list`] };
  const problems: string[] = [];
  const kept: string[] = [];
  raw.forEach((entry: unknown, index) => {
    const text = typeof entry === 'string' ? entry.trim() : '';
    const normalized = text && text.length <= MAX_ENTRY_CHARS ? normalize(text) : undefined;
    if (normalized === undefined) {
      problems.push(`${where}[${index}]: not a valid entry (empty, over ${MAX_ENTRY_CHARS} characters or malformed)`);
    } else if (!kept.includes(normalized)) {
      kept.push(normalized);
    }
  });
  if (kept.length > MAX_LIST_ENTRIES) problems.push(`${where}: only the first ${MAX_LIST_ENTRIES} entries are kept`);
  return { value: kept.slice(0, MAX_LIST_ENTRIES), problems };
}

export function resolveProfile(raw: unknown, where = 'profile'): Repaired<string> {
  if (raw === undefined) return { value: DEFAULT_SETTINGS.profile, problems: [] };
  if (typeof raw === 'string' && PROFILE_IDS.includes(raw)) return { value: raw, problems: [] };
  return { value: DEFAULT_SETTINGS.profile, problems: [`${where}: unknown profile (expected ${PROFILE_IDS.join(', ')})`] };
}

export function resolveCacheModeField(raw: unknown, where = 'cacheMode'): Repaired<CacheMode> {
  if (raw === undefined) return { value: DEFAULT_SETTINGS.cacheMode, problems: [] };
  if (oneOf(CACHE_MODES)(raw)) return { value: raw, problems: [] };
  return { value: DEFAULT_SETTINGS.cacheMode, problems: [`${where}: unknown cache mode (expected ${CACHE_MODES.join(', ')})`] };
}

/** `{category: {action?, sensitivity?}}`: unknown categories and bad fields dropped, empty entries too. */
export function resolveCategories(raw: unknown, where = 'categories'): Repaired<UserSettings['categories']> {
  if (raw === undefined) return { value: {}, problems: [] };
  if (!isRecord(raw)) return { value: {}, problems: [`${where}: must be an object keyed by category`] };
  const problems: string[] = [];
  const value: UserSettings['categories'] = {};
  for (const [category, entry] of Object.entries(raw)) {
    const at = `${where}.${category.slice(0, 40)}`;
    if (!isCategory(category)) {
      problems.push(`${at}: unknown category`);
      continue;
    }
    if (!isRecord(entry)) {
      problems.push(`${at}: must be an object with action and/or sensitivity`);
      continue;
    }
    const setting: CategorySetting = {};
    if (entry.action !== undefined) {
      if (isAction(entry.action)) setting.action = entry.action;
      else problems.push(`${at}.action: expected allow, warn, redact or block`);
    }
    if (entry.sensitivity !== undefined) {
      if (isSensitivity(entry.sensitivity)) setting.sensitivity = entry.sensitivity;
      else problems.push(`${at}.sensitivity: expected ${SENSITIVITIES.join(', ')}`);
    }
    for (const key of Object.keys(entry)) if (key !== 'action' && key !== 'sensitivity') problems.push(`${at}.${key.slice(0, 40)}: unknown field`);
    // `default` sensitivity and no action is no change at all: not worth storing.
    if (setting.action !== undefined || (setting.sensitivity !== undefined && setting.sensitivity !== 'default')) value[category] = setting;
  }
  return { value, problems };
}

export const isSensitivity = oneOf(SENSITIVITIES);
export const isAgeBand = oneOf(AGE_BANDS);

export function resolveSites(raw: unknown, where = 'sites'): Repaired<SiteSettings> {
  if (raw === undefined) return { value: { paused: [] }, problems: [] };
  if (!isRecord(raw)) return { value: { paused: [] }, problems: [`${where}: must be an object with a "paused" list`] };
  const paused = stringList(raw.paused, `${where}.paused`, normalizeHost);
  return { value: { paused: paused.value }, problems: [...paused.problems, ...unknownFields(raw, ['paused'], where)] };
}

export function resolveAllowLists(raw: unknown, where = 'allowLists'): Repaired<AllowLists> {
  const empty: AllowLists = { imageHosts: [], packages: [], phrases: [] };
  if (raw === undefined) return { value: empty, problems: [] };
  if (!isRecord(raw)) return { value: empty, problems: [`${where}: must be an object with imageHosts, packages and phrases lists`] };
  const imageHosts = stringList(raw.imageHosts, `${where}.imageHosts`, normalizeHost);
  const packages = stringList(raw.packages, `${where}.packages`, (name) => (/\s/.test(name) ? undefined : name));
  const phrases = stringList(raw.phrases, `${where}.phrases`);
  return {
    value: { imageHosts: imageHosts.value, packages: packages.value, phrases: phrases.value },
    problems: [...imageHosts.problems, ...packages.problems, ...phrases.problems, ...unknownFields(raw, ['imageHosts', 'packages', 'phrases'], where)],
  };
}

/**
 * Custom rules one by one (validateCustomRule: shape, limits, a regex that compiles and does not
 * match the empty text); a bad rule is dropped, the rest kept; a repeated id keeps the first.
 */
export function resolveCustomRules(raw: unknown, where = 'customRules'): Repaired<CustomRule[]> {
  if (raw === undefined) return { value: [], problems: [] };
  if (!Array.isArray(raw)) return { value: [], problems: [`${where}: must be a list of rules`] };
  const problems: string[] = [];
  const rules: CustomRule[] = [];
  raw.forEach((entry: unknown, index) => {
    const checked = validateCustomRule(entry);
    if (!checked.ok) problems.push(`${where}[${index}]: ${checked.error}`);
    else if (rules.some((rule) => rule.id === checked.value.id)) problems.push(`${where}[${index}]: the id "${checked.value.id}" is used twice`);
    else rules.push(checked.value);
  });
  if (rules.length > MAX_CUSTOM_RULES) problems.push(`${where}: only the first ${MAX_CUSTOM_RULES} rules are kept`);
  return { value: rules.slice(0, MAX_CUSTOM_RULES), problems };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;

/** https anywhere, http only to this machine (a local test collector); no credentials in the URL. */
export function resolveCollector(raw: unknown, where: string): Repaired<AuditCollector | undefined> {
  if (raw === undefined || raw === null) return { value: undefined, problems: [] };
  if (!isRecord(raw)) return { value: undefined, problems: [`${where}: must be an object with url and headers`] };
  let url: URL;
  try {
    if (typeof raw.url !== 'string' || raw.url.length > MAX_URL_CHARS) throw new TypeError('not a string');
    url = new URL(raw.url);
  } catch {
    return { value: undefined, problems: [`${where}.url: not a URL`] };
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
    return { value: undefined, problems: [`${where}.url: must be https (http only for localhost)`] };
  }
  if (url.username || url.password) return { value: undefined, problems: [`${where}.url: put credentials in headers, not in the URL`] };
  const problems: string[] = [];
  const headers: Record<string, string> = {};
  if (raw.headers !== undefined) {
    if (!isRecord(raw.headers)) problems.push(`${where}.headers: must be an object of header names to values`);
    else {
      for (const [name, value] of Object.entries(raw.headers)) {
        if (Object.keys(headers).length >= MAX_COLLECTOR_HEADERS) {
          problems.push(`${where}.headers: only the first ${MAX_COLLECTOR_HEADERS} headers are kept`);
          break;
        }
        // The value is never echoed: it is usually a secret.
        if (!HEADER_NAME.test(name)) problems.push(`${where}.headers: "${name.slice(0, 40)}" is not a header name`);
        else if (typeof value !== 'string' || value.length > MAX_HEADER_VALUE_CHARS || /[\r\n\0]/.test(value)) problems.push(`${where}.headers.${name}: not a valid header value`);
        else headers[name] = value;
      }
    }
  }
  return { value: { url: url.href, headers }, problems: [...problems, ...unknownFields(raw, ['url', 'headers'], where)] };
}

export function resolveAudit(raw: unknown, where = 'audit'): Repaired<AuditSettings> {
  const defaults = DEFAULT_SETTINGS.audit;
  if (raw === undefined) return { value: { ...defaults }, problems: [] };
  if (!isRecord(raw)) return { value: { ...defaults }, problems: [`${where}: must be an object`] };
  const problems: string[] = [];
  let scope = defaults.scope;
  if (raw.scope !== undefined) {
    if (raw.scope === 'decisions' || raw.scope === 'all') scope = raw.scope;
    else problems.push(`${where}.scope: expected decisions or all`);
  }
  let maxRecords = defaults.maxRecords;
  if (raw.maxRecords !== undefined) {
    if (typeof raw.maxRecords === 'number' && Number.isInteger(raw.maxRecords) && raw.maxRecords >= MIN_AUDIT_RECORDS && raw.maxRecords <= MAX_AUDIT_RECORDS) {
      maxRecords = raw.maxRecords;
    } else {
      problems.push(`${where}.maxRecords: expected a whole number from ${MIN_AUDIT_RECORDS} to ${MAX_AUDIT_RECORDS}`);
    }
  }
  const collector = resolveCollector(raw.collector, `${where}.collector`);
  problems.push(...collector.problems, ...unknownFields(raw, ['scope', 'maxRecords', 'collector'], where));
  return { value: { scope, maxRecords, ...(collector.value ? { collector: collector.value } : {}) }, problems };
}

export function resolveKids(raw: unknown, where = 'kids'): Repaired<KidsSettings> {
  const defaults = DEFAULT_SETTINGS.kids;
  if (raw === undefined) return { value: { ...defaults }, problems: [] };
  if (!isRecord(raw)) return { value: { ...defaults }, problems: [`${where}: must be an object with enabled and ageBand`] };
  const problems: string[] = [];
  let enabled = defaults.enabled;
  if (raw.enabled !== undefined) {
    if (typeof raw.enabled === 'boolean') enabled = raw.enabled;
    else problems.push(`${where}.enabled: expected true or false`);
  }
  let ageBand = defaults.ageBand;
  if (raw.ageBand !== undefined) {
    if (isAgeBand(raw.ageBand)) ageBand = raw.ageBand;
    else problems.push(`${where}.ageBand: expected ${AGE_BANDS.join(', ')}`);
  }
  return { value: { enabled, ageBand }, problems: [...problems, ...unknownFields(raw, ['enabled', 'ageBand'], where)] };
}

function unknownFields(raw: Record<string, unknown>, known: readonly string[], where: string): string[] {
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => `${where}.${key.slice(0, 40)}: unknown field`);
}

/** Each top-level key's validator (the unit of locking is also the unit of repair). */
export const SETTING_RESOLVERS: { [K in keyof UserSettings]: (raw: unknown, where?: string) => Repaired<UserSettings[K]> } = {
  profile: resolveProfile,
  categories: resolveCategories,
  sites: resolveSites,
  customRules: resolveCustomRules,
  allowLists: resolveAllowLists,
  cacheMode: resolveCacheModeField,
  audit: resolveAudit,
  kids: resolveKids,
};

/** The repaired settings and every repair made (empty for a value that was already valid). */
export function parseUserSettings(raw: unknown): Repaired<UserSettings> {
  if (!isRecord(raw)) {
    return { value: structuredClone(DEFAULT_SETTINGS), problems: raw === undefined ? [] : ['settings: must be an object'] };
  }
  const problems: string[] = [];
  const value = {} as Record<keyof UserSettings, unknown>;
  for (const key of SETTING_KEYS) {
    const resolved = SETTING_RESOLVERS[key](hasOwn(raw, key) ? raw[key] : undefined, key);
    value[key] = resolved.value;
    problems.push(...resolved.problems);
  }
  for (const key of Object.keys(raw)) if (!(SETTING_KEYS as readonly string[]).includes(key)) problems.push(`${key.slice(0, 40)}: unknown setting`);
  return { value: value as UserSettings, problems };
}

/** What the background scans with, whatever was stored. */
export const resolveUserSettings = (raw: unknown): UserSettings => parseUserSettings(raw).value;
