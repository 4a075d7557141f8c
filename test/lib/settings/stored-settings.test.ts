import { describe, expect, it } from 'vitest';
import { SETTINGS_READ_KEYS, userSettingsFromStorage } from '../../../lib/settings/stored-settings.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/user-settings.ts';

describe('userSettingsFromStorage', () => {
  it('reads the settings object when there is one (old keys ignored)', () => {
    expect(userSettingsFromStorage({ settings: { profile: 'kids' }, profile: 'strict', decisionCacheMode: 'off' })).toMatchObject({ profile: 'kids', cacheMode: 'exact' });
  });

  it('reads the profile and cache mode keys it replaced while there is none', () => {
    expect(userSettingsFromStorage({ profile: 'strict', decisionCacheMode: 'semantic' })).toEqual({ ...DEFAULT_SETTINGS, profile: 'strict', cacheMode: 'semantic' });
    expect(userSettingsFromStorage({ profile: 'made-up', decisionCacheMode: 7 })).toEqual(DEFAULT_SETTINGS);
    expect(userSettingsFromStorage({})).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a damaged settings object', () => {
    expect(userSettingsFromStorage({ settings: 'junk' })).toEqual(DEFAULT_SETTINGS);
  });

  it('lists the keys to read', () => {
    expect(SETTINGS_READ_KEYS).toEqual(['settings', 'profile', 'decisionCacheMode']);
  });
});
