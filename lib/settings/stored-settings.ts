import { CACHE_MODE_STORAGE_KEY, resolveCacheMode } from './cache-mode-setting.ts';
import { PROFILE_STORAGE_KEY, resolveProfileId } from './profile-setting.ts';
import { resolveUserSettings } from './resolve-user-settings.ts';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type UserSettings } from './user-settings.ts';

/** The storage.local keys the user's settings are read from: the settings object and its two predecessors. */
export const SETTINGS_READ_KEYS: readonly string[] = [SETTINGS_STORAGE_KEY, PROFILE_STORAGE_KEY, CACHE_MODE_STORAGE_KEY];

/**
 * The user's settings from what storage.local holds. Before the settings object existed, the
 * profile and the cache mode had keys of their own: while there is no `settings` object they are
 * read into one (nothing is written back — the first change saves the whole object, and from then
 * on the old keys are ignored). Everything is validated and repaired (resolveUserSettings).
 */
export function userSettingsFromStorage(stored: Readonly<Record<string, unknown>>): UserSettings {
  const saved = stored[SETTINGS_STORAGE_KEY];
  if (saved !== undefined) return resolveUserSettings(saved);
  return {
    ...structuredClone(DEFAULT_SETTINGS),
    profile: resolveProfileId(stored[PROFILE_STORAGE_KEY]),
    cacheMode: resolveCacheMode(stored[CACHE_MODE_STORAGE_KEY]),
  };
}
