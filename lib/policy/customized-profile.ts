import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Category } from '../core/category.ts';
import { stableJson } from '../cache/stable-json.ts';
import { kidsProfile } from '../kids/age-bands.ts';
import type { Sensitivity, UserSettings } from '../settings/user-settings.ts';
import type { PolicyProfile, Threshold } from './profile.ts';
import { DEFAULT_PROFILE_ID, PROFILES } from './profiles.ts';

/**
 * The profile a scan runs under: the chosen built-in profile (Kids mode: the age band's kids
 * profile) with the person's per-category changes applied.
 * - an action replaces the category's thresholds by one: that action from the profile's lowest
 *   threshold on (the point where the profile starts to care at all), or from
 *   DEFAULT_OVERRIDE_MIN_RISK where the profile has none;
 * - sensitivity scales every threshold of the category: `higher` acts at 3/4 of the risk,
 *   `lower` at 5/4 (never above MAX_MIN_RISK, so a category can be made quieter but not mute by
 *   accident — `allow` is the way to mute it).
 * The id stays the base id (the content script and the statistics speak in built-in ids); the
 * version is a hash of everything here that can change a verdict, so cache keys, verdicts and
 * audit records tell two customizations apart.
 */

export const SENSITIVITY_FACTORS: Record<Sensitivity, number> = { higher: 0.75, default: 1, lower: 1.25 };
export const MAX_MIN_RISK = 0.99;
/** "More likely than not": where an action chosen for a category the profile never acts on starts. */
export const DEFAULT_OVERRIDE_MIN_RISK = 0.5;

/** The base profile: the age band's in Kids mode (whatever profile is chosen), else the chosen one. */
export function baseProfile(settings: Pick<UserSettings, 'profile' | 'kids'>): PolicyProfile {
  if (settings.kids.enabled) return kidsProfile(settings.kids.ageBand);
  return Object.prototype.hasOwnProperty.call(PROFILES, settings.profile) ? PROFILES[settings.profile]! : PROFILES[DEFAULT_PROFILE_ID]!;
}

const rounded = (risk: number): number => Math.round(risk * 1000) / 1000;

/** One category's thresholds with its setting applied (undefined: the category stays without any). */
export function customizedThresholds(base: readonly Threshold[] | undefined, setting: NonNullable<UserSettings['categories'][Category]>): Threshold[] | undefined {
  let thresholds = base ? [...base] : undefined;
  if (setting.action !== undefined) {
    const lowest = thresholds?.length ? Math.min(...thresholds.map((threshold) => threshold.minRisk)) : DEFAULT_OVERRIDE_MIN_RISK;
    thresholds = [{ minRisk: lowest, action: setting.action }];
  }
  const factor = SENSITIVITY_FACTORS[setting.sensitivity ?? 'default'];
  if (thresholds && factor !== 1) {
    thresholds = thresholds.map((threshold) => ({ ...threshold, minRisk: rounded(Math.min(MAX_MIN_RISK, threshold.minRisk * factor)) }));
  }
  return thresholds;
}

/** A stable 31-bit number for a JSON text (a positive int, like the built-in versions). */
export function versionHash(json: string): number {
  const digest = sha256(utf8ToBytes(json));
  return ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) & 0x7fffffff;
}

/** The parts of the settings a verdict depends on (the rest — cache mode, audit, paused sites — decide whether or how a scan runs). */
function verdictInputs(settings: UserSettings, base: PolicyProfile): string {
  return stableJson({
    base: `${base.id}@${base.version}`,
    ageBand: settings.kids.enabled ? settings.kids.ageBand : null,
    categories: settings.categories,
    customRules: settings.customRules,
    allowLists: settings.allowLists,
  });
}

/** Same settings, same object: the pipeline compiles a profile once per object (compiled-policy.ts). */
const memo = new Map<string, PolicyProfile>();
const MEMO_SIZE = 16;

export function customizedProfile(settings: UserSettings): PolicyProfile {
  const base = baseProfile(settings);
  const key = verdictInputs(settings, base);
  const cached = memo.get(key);
  if (cached) return cached;
  const categories = { ...base.categories };
  for (const [category, setting] of Object.entries(settings.categories) as Array<[Category, NonNullable<UserSettings['categories'][Category]>]>) {
    const thresholds = customizedThresholds(base.categories[category], setting);
    if (thresholds) categories[category] = thresholds;
  }
  const profile: PolicyProfile = { ...base, categories, version: versionHash(key) };
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, profile);
  return profile;
}
