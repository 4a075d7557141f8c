import { describe, expect, it, vi } from 'vitest';
import { applySettingsPatch, effectiveSettings } from '../../../lib/settings/effective-settings.ts';
import { parseManagedPolicy } from '../../../lib/settings/managed-policy.ts';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../lib/settings/user-settings.ts';

const USER: UserSettings = { ...DEFAULT_SETTINGS, profile: 'standard', sites: { paused: ['chatgpt.com'] }, cacheMode: 'semantic' };
const noToken = async () => false;

describe('effectiveSettings', () => {
  it('is the user settings, unlocked, when there is no policy', () => {
    expect(effectiveSettings(USER, parseManagedPolicy({}))).toEqual({ settings: USER, locked: [], disabledFeatures: [], managed: false });
  });

  it('lets managed keys replace the user value whole and locks them', () => {
    const effective = effectiveSettings(USER, parseManagedPolicy({ profile: 'enterprise', sites: { paused: [] }, disabledFeatures: ['pause'] }));
    expect(effective.settings).toEqual({ ...USER, profile: 'enterprise', sites: { paused: [] } });
    expect(effective.locked).toEqual(['profile', 'sites']);
    expect(effective.disabledFeatures).toEqual(['pause']);
    expect(effective.managed).toBe(true);
  });

  it('is "managed" with only selector overrides or disabled features', () => {
    expect(effectiveSettings(USER, parseManagedPolicy({ selectorOverrides: { claude: { send: ['button'] } } })).managed).toBe(true);
    expect(effectiveSettings(USER, parseManagedPolicy({ disabledFeatures: ['options'] })).managed).toBe(true);
  });
});

describe('applySettingsPatch', () => {
  it('applies valid keys', async () => {
    expect(await applySettingsPatch(USER, { profile: 'strict', cacheMode: 'off' }, { locked: [], verifyKidsToken: noToken })).toEqual({
      ok: true,
      value: { ...USER, profile: 'strict', cacheMode: 'off' },
    });
  });

  it('refuses locked keys, naming them', async () => {
    const result = await applySettingsPatch(USER, { profile: 'strict', sites: { paused: [] }, cacheMode: 'off' }, { locked: ['sites', 'profile'], verifyKidsToken: noToken });
    expect(result).toEqual({ ok: false, error: 'managed by your organization, cannot be changed: profile, sites' });
  });

  it('refuses junk and invalid values, changing nothing', async () => {
    expect((await applySettingsPatch(USER, 'profile=strict', { locked: [], verifyKidsToken: noToken })).ok).toBe(false);
    expect(await applySettingsPatch(USER, { theme: 'dark' }, { locked: [], verifyKidsToken: noToken })).toEqual({ ok: false, error: 'unknown settings: theme' });
    const invalid = await applySettingsPatch(USER, { profile: 'strict', sites: { paused: ['not a host'] } }, { locked: [], verifyKidsToken: noToken });
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.error).toContain('sites.paused[0]');
  });

  it('needs a valid parent token to turn Kids mode on or change it', async () => {
    const verify = vi.fn(async (token: string) => token === 'good');
    const patch = { kids: { enabled: true, ageBand: 'under-9' } };
    expect(await applySettingsPatch(USER, patch, { locked: [], verifyKidsToken: verify })).toEqual({ ok: false, error: 'Kids mode: this change needs the parent PIN' });
    expect((await applySettingsPatch(USER, patch, { locked: [], kidsToken: 'bad', verifyKidsToken: verify })).ok).toBe(false);
    expect(await applySettingsPatch(USER, patch, { locked: [], kidsToken: 'good', verifyKidsToken: verify })).toMatchObject({ ok: true, value: { kids: { enabled: true, ageBand: 'under-9' } } });
    // The same value again is no change: no token needed.
    expect((await applySettingsPatch(USER, { kids: USER.kids }, { locked: [], verifyKidsToken: verify })).ok).toBe(true);
  });

  it('while Kids mode is on, any change needs the token (and a throwing check is a failed one)', async () => {
    const kidsOn: UserSettings = { ...USER, kids: { enabled: true, ageBand: '9-12' } };
    const throwing = async () => {
      throw new Error('store down');
    };
    expect((await applySettingsPatch(kidsOn, { categories: { 'content-safety': { action: 'allow' } } }, { locked: [], verifyKidsToken: noToken })).ok).toBe(false);
    expect((await applySettingsPatch(kidsOn, { sites: { paused: [] } }, { locked: [], kidsToken: 't', verifyKidsToken: throwing })).ok).toBe(false);
    expect((await applySettingsPatch(kidsOn, { sites: { paused: [] } }, { locked: [], kidsToken: 't', verifyKidsToken: async () => true })).ok).toBe(true);
  });
});
