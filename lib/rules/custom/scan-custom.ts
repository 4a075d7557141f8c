import { err, ok, type Result } from '../../core/result.ts';
import type { ScanCustom } from '../../core/scan-input.ts';
import type { CustomRule } from '../../settings/user-settings.ts';
import { validateCustomRule } from './validate-custom-rule.ts';

/** No custom rules, nothing allow-listed: what a scan without ScanInput.custom uses. */
export const NO_CUSTOM: ScanCustom = Object.freeze({
  customRules: Object.freeze([]) as readonly CustomRule[],
  allowLists: Object.freeze({ imageHosts: [], packages: [], phrases: [] }),
});

/** Bounds for what one scan is handed (settings keep far fewer): a runaway list is an error, not a slow scan. */
export const MAX_SCAN_CUSTOM_RULES = 1_000;
export const MAX_ALLOW_LIST_ENTRIES = 1_000;
export const MAX_ALLOW_LIST_ENTRY_CHARS = 500;

/** Rule lists already checked, by identity: the background hands the same array to every scan until settings change. */
const checkedRules = new WeakMap<readonly unknown[], Result<readonly CustomRule[]>>();

function checkRules(raw: readonly unknown[]): Result<readonly CustomRule[]> {
  if (raw.length > MAX_SCAN_CUSTOM_RULES) return err(`custom.customRules: at most ${MAX_SCAN_CUSTOM_RULES} rules`);
  const rules: CustomRule[] = [];
  const ids = new Set<string>();
  for (const entry of raw) {
    const rule = validateCustomRule(entry);
    if (!rule.ok) return err(`custom.customRules: ${rule.error}`);
    if (ids.has(rule.value.id)) return err(`custom.customRules: the id "${rule.value.id}" is used twice`);
    ids.add(rule.value.id);
    rules.push(rule.value);
  }
  return ok(rules);
}

function checkList(raw: unknown, name: keyof ScanCustom['allowLists']): Result<string[]> {
  if (!Array.isArray(raw)) return err(`custom.allowLists.${name} must be a list of strings`);
  if (raw.length > MAX_ALLOW_LIST_ENTRIES) return err(`custom.allowLists.${name}: at most ${MAX_ALLOW_LIST_ENTRIES} entries`);
  if (!raw.every((entry) => typeof entry === 'string' && entry.length <= MAX_ALLOW_LIST_ENTRY_CHARS)) {
    return err(`custom.allowLists.${name}: every entry must be a string of at most ${MAX_ALLOW_LIST_ENTRY_CHARS} characters`);
  }
  return ok(raw as string[]);
}

/**
 * ScanInput.custom as the pipeline hands it to detectors: absent → NO_CUSTOM; anything malformed
 * (the settings store repairs what it stores, so this is a caller's bug) → a clear error, never a
 * throw and never a rule silently dropped.
 */
export function resolveScanCustom(raw: unknown): Result<ScanCustom> {
  if (raw === undefined) return ok(NO_CUSTOM);
  if (typeof raw !== 'object' || raw === null) return err('custom must be an object with customRules and allowLists');
  const { customRules, allowLists } = raw as Partial<Record<keyof ScanCustom, unknown>>;
  if (!Array.isArray(customRules)) return err('custom.customRules must be a list of rules');
  let rules = checkedRules.get(customRules);
  if (!rules) {
    rules = checkRules(customRules);
    checkedRules.set(customRules, rules);
  }
  if (!rules.ok) return rules;
  if (typeof allowLists !== 'object' || allowLists === null) return err('custom.allowLists must be an object with imageHosts, packages and phrases');
  const lists = allowLists as Record<string, unknown>;
  const imageHosts = checkList(lists['imageHosts'], 'imageHosts');
  if (!imageHosts.ok) return imageHosts;
  const packages = checkList(lists['packages'], 'packages');
  if (!packages.ok) return packages;
  const phrases = checkList(lists['phrases'], 'phrases');
  if (!phrases.ok) return phrases;
  return ok({ customRules: rules.value, allowLists: { imageHosts: imageHosts.value, packages: packages.value, phrases: phrases.value } });
}
