import { describe, expect, it } from 'vitest';
import { kidsProfile } from '../../../lib/kids/age-bands.ts';
import { compilePolicy } from '../../../lib/policy/compiled-policy.ts';
import { baseProfile, customizedProfile, customizedThresholds, DEFAULT_OVERRIDE_MIN_RISK, MAX_MIN_RISK, versionHash } from '../../../lib/policy/customized-profile.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../lib/settings/user-settings.ts';

const settings = (change: Partial<UserSettings> = {}): UserSettings => structuredClone({ ...DEFAULT_SETTINGS, ...change });

describe('customizedProfile', () => {
  it('keeps the base profile thresholds and id when nothing is customized', () => {
    const profile = customizedProfile(settings({ profile: 'strict' }));
    expect(profile.id).toBe('strict');
    expect(profile.categories).toEqual(PROFILES.strict!.categories);
    expect(profile.conditions).toEqual(PROFILES.strict!.conditions);
  });

  it('uses the age band kids profile in Kids mode, whatever profile is chosen', () => {
    expect(baseProfile(settings({ profile: 'standard', kids: { enabled: true, ageBand: 'under-9' } }))).toBe(kidsProfile('under-9'));
    expect(customizedProfile(settings({ kids: { enabled: true, ageBand: 'under-9' } })).categories).toEqual(kidsProfile('under-9').categories);
    expect(baseProfile(settings({ profile: 'no-such' }))).toBe(PROFILES.standard);
  });

  it('replaces a category action from the profile lowest threshold on', () => {
    const profile = customizedProfile(settings({ categories: { pii: { action: 'block' }, manipulation: { action: 'allow' } } }));
    expect(profile.categories.pii).toEqual([{ minRisk: 0.5, action: 'block' }]); // standard: redact(0.7), warn(0.5)
    expect(profile.categories.manipulation).toEqual([{ minRisk: 0.8, action: 'allow' }]);
    expect(profile.categories.secrets).toEqual(PROFILES.standard!.categories.secrets);
  });

  it('gives an action a default threshold where the profile has none', () => {
    expect(customizedThresholds(undefined, { action: 'warn' })).toEqual([{ minRisk: DEFAULT_OVERRIDE_MIN_RISK, action: 'warn' }]);
    expect(customizedThresholds(undefined, { sensitivity: 'higher' })).toBeUndefined();
    expect(customizedThresholds([], { action: 'block', sensitivity: 'lower' })).toEqual([{ minRisk: 0.625, action: 'block' }]);
  });

  it('scales thresholds by sensitivity, capped below 1', () => {
    const higher = customizedProfile(settings({ categories: { 'content-safety': { sensitivity: 'higher' } } }));
    expect(higher.categories['content-safety']).toEqual([
      { minRisk: 0.675, action: 'block' },
      { minRisk: 0.45, action: 'warn' },
    ]);
    const lower = customizedProfile(settings({ categories: { 'content-safety': { sensitivity: 'lower' } } }));
    expect(lower.categories['content-safety']).toEqual([
      { minRisk: MAX_MIN_RISK, action: 'block' },
      { minRisk: 0.75, action: 'warn' },
    ]);
    const both = customizedProfile(settings({ categories: { pii: { action: 'block', sensitivity: 'higher' } } }));
    expect(both.categories.pii).toEqual([{ minRisk: 0.375, action: 'block' }]);
  });

  it('changes the version with anything that changes a verdict, and only then', () => {
    const versions = [
      settings(),
      settings({ profile: 'strict' }),
      settings({ categories: { pii: { action: 'block' } } }),
      settings({ customRules: [{ id: 'x', kind: 'keyword', pattern: 'x', category: 'secrets', action: 'block', description: 'x' }] }),
      settings({ allowLists: { imageHosts: [], packages: [], phrases: ['hello'] } }),
      settings({ kids: { enabled: true, ageBand: '9-12' } }),
      settings({ kids: { enabled: true, ageBand: '13-15' } }),
    ].map((s) => customizedProfile(s).version);
    expect(new Set(versions).size).toBe(versions.length);
    for (const version of versions) expect(Number.isInteger(version) && version >= 0 && version <= 0x7fffffff).toBe(true);
    // Cache mode, audit and paused sites do not decide a verdict.
    expect(customizedProfile(settings({ cacheMode: 'off', sites: { paused: ['a.com'] }, audit: { scope: 'all', maxRecords: 200 } })).version).toBe(versions[0]);
    // The age band does not matter while Kids mode is off.
    expect(customizedProfile(settings({ kids: { enabled: false, ageBand: 'under-9' } })).version).toBe(versions[0]);
  });

  it('is stable: the same settings give the same object (the compiled policy is reused)', () => {
    const a = customizedProfile(settings({ categories: { pii: { action: 'warn' } } }));
    const b = customizedProfile(settings({ categories: { pii: { action: 'warn' } } }));
    expect(b).toBe(a);
    expect(compilePolicy(a)).toEqual(compilePolicy(b));
    expect(versionHash('x')).toBe(versionHash('x'));
  });
});
