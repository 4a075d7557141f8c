import { ok, err, type Result } from '../core/result.ts';
import { resolveUserSettings } from '../settings/resolve-user-settings.ts';
import { SETTING_KEYS, UI_FEATURES, type EffectiveSettings, type SettingKey, type UiFeature, type UserSettings } from '../settings/user-settings.ts';

/** What page:settings-get answers, as the options page uses it. */
export interface SettingsView {
  effective: EffectiveSettings;
  defaults: UserSettings;
  profiles: Array<{ id: string; description: string }>;
}

/**
 * The background's EffectiveSettings, read defensively: settings repaired field by field, only
 * known keys and features kept. A page built from a repaired value shows what applies; a value
 * that is not even an object is an error to show.
 */
export function readEffective(value: unknown): Result<EffectiveSettings> {
  if (typeof value !== 'object' || value === null) return err('no settings in the answer');
  const raw = value as Record<string, unknown>;
  const locked = Array.isArray(raw.locked) ? raw.locked.filter((key): key is SettingKey => (SETTING_KEYS as readonly unknown[]).includes(key)) : [];
  const disabledFeatures = Array.isArray(raw.disabledFeatures)
    ? raw.disabledFeatures.filter((feature): feature is UiFeature => (UI_FEATURES as readonly unknown[]).includes(feature))
    : [];
  return ok({ settings: resolveUserSettings(raw.settings), locked, disabledFeatures, managed: raw.managed === true || locked.length > 0 });
}

export function readSettingsView(value: unknown): Result<SettingsView> {
  if (typeof value !== 'object' || value === null) return err('no settings in the answer');
  const raw = value as Record<string, unknown>;
  const effective = readEffective(raw.effective);
  if (!effective.ok) return effective;
  const profiles = Array.isArray(raw.profiles)
    ? raw.profiles
        .filter((p): p is { id: string; description?: unknown } => typeof p === 'object' && p !== null && typeof p.id === 'string')
        .map((p) => ({ id: p.id, description: typeof p.description === 'string' ? p.description : '' }))
    : [];
  return ok({ effective: effective.value, defaults: resolveUserSettings(raw.defaults), profiles });
}
