import { describe, expect, it } from 'vitest';
import { readEffective, readSettingsView } from '../../../lib/options/settings-answer.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/user-settings.ts';

describe('settings answers', () => {
  it('reads page:settings-get, repairing settings and keeping only known locks and features', () => {
    const view = readSettingsView({
      effective: { settings: { ...DEFAULT_SETTINGS, profile: 'strict', cacheMode: 'bogus' }, locked: ['profile', 'nope'], disabledFeatures: ['feedback', 'fly'], managed: true },
      defaults: DEFAULT_SETTINGS,
      profiles: [{ id: 'standard', description: 'Std' }, { id: 3 }],
    });
    expect(view.ok).toBe(true);
    if (!view.ok) return;
    expect(view.value.effective).toEqual({ settings: { ...DEFAULT_SETTINGS, profile: 'strict' }, locked: ['profile'], disabledFeatures: ['feedback'], managed: true });
    expect(view.value.profiles).toEqual([{ id: 'standard', description: 'Std' }]);
  });

  it('treats any lock as managed, and a non-object as an error', () => {
    expect(readEffective({ settings: {}, locked: ['cacheMode'] })).toMatchObject({ ok: true, value: { managed: true, settings: DEFAULT_SETTINGS } });
    expect(readEffective('junk')).toEqual({ ok: false, error: 'no settings in the answer' });
    expect(readSettingsView(undefined).ok).toBe(false);
  });
});
