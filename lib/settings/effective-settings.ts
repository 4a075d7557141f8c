import { err, ok, type Result } from '../core/result.ts';
import type { ManagedPolicy } from './managed-policy.ts';
import { isRecord, parseUserSettings } from './resolve-user-settings.ts';
import { SETTING_KEYS, type EffectiveSettings, type SettingKey, type UserSettings } from './user-settings.ts';

/**
 * The settings in force: the user's, with every key the admin set laid over them (managed wins,
 * the whole key) and locked. Managed storage is read-only for the extension, so "locked" is what
 * the UI shows and what applySettingsPatch refuses.
 */
export function effectiveSettings(user: UserSettings, managed: ManagedPolicy): EffectiveSettings {
  const locked = SETTING_KEYS.filter((key) => managed.settings[key] !== undefined);
  return {
    settings: { ...user, ...managed.settings },
    locked,
    disabledFeatures: [...managed.disabledFeatures],
    managed: locked.length > 0 || managed.disabledFeatures.length > 0 || managed.selectorOverrides !== undefined,
  };
}

/** Says whether a Kids-mode unlock token (from the parent's PIN) is valid now (lib/kids, helper of the kids store). */
export type VerifyKidsToken = (token: string) => Promise<boolean>;

export interface PatchContext {
  locked: readonly SettingKey[];
  /** From the request: proof the parent entered the PIN. */
  kidsToken?: string;
  verifyKidsToken: VerifyKidsToken;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The user's settings with `patch` (some top-level keys, each given whole) applied, or why not:
 * - a key the admin locked is refused, naming every such key;
 * - a value that needed any repair is refused with the reasons (nothing is half-applied);
 * - while Kids mode is on, any change needs the parent's token (a child could otherwise lift a
 *   category or pause the site), and turning Kids mode on or changing its band needs it as well.
 * `current` is the user's own settings (what storage.local holds), not the effective ones: a
 * managed value must never be written into the user's settings.
 */
export async function applySettingsPatch(current: UserSettings, patch: unknown, context: PatchContext): Promise<Result<UserSettings>> {
  if (!isRecord(patch)) return err('the settings change must be an object of settings');
  const keys = Object.keys(patch);
  const unknown = keys.filter((key) => !(SETTING_KEYS as readonly string[]).includes(key));
  if (unknown.length) return err(`unknown settings: ${unknown.map((key) => key.slice(0, 40)).join(', ')}`);
  const patched = keys as SettingKey[];
  const locked = patched.filter((key) => context.locked.includes(key));
  if (locked.length) return err(`managed by your organization, cannot be changed: ${locked.join(', ')}`);

  const parsed = parseUserSettings({ ...current, ...patch });
  if (parsed.problems.length) return err(`invalid settings: ${parsed.problems.slice(0, 5).join('; ')}${parsed.problems.length > 5 ? ' …' : ''}`);
  const next = parsed.value;

  const changed = patched.filter((key) => !sameJson(current[key], next[key]));
  const needsParent = changed.length > 0 && (current.kids.enabled || changed.includes('kids'));
  if (needsParent && !(context.kidsToken !== undefined && (await verifyQuietly(context.verifyKidsToken, context.kidsToken)))) {
    return err('Kids mode: this change needs the parent PIN');
  }
  return ok(next);
}

/** A token check that throws is a failed check, never a pass. */
async function verifyQuietly(verify: VerifyKidsToken, token: string): Promise<boolean> {
  try {
    return (await verify(token)) === true;
  } catch {
    return false;
  }
}
