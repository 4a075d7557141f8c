import { describe, expect, it } from 'vitest';
import { SAFE_LOADING_SETTINGS, safeLoadingSettings } from '../../../lib/settings/safe-loading-settings.ts';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../lib/settings/user-settings.ts';

const LAX: UserSettings = {
  ...DEFAULT_SETTINGS,
  profile: 'standard',
  categories: { 'prompt-attack': { action: 'allow' } },
  sites: { paused: ['chatgpt.com'] },
  allowLists: { imageHosts: ['evil.example'], packages: ['x'], phrases: ['ignore previous instructions'] },
  customRules: [{ id: 'a', kind: 'keyword', pattern: 'a', category: 'secrets', action: 'block', description: 'a' }],
};

describe('safe loading settings', () => {
  it('is strict with nothing paused, allowed or relaxed', () => {
    expect(SAFE_LOADING_SETTINGS).toMatchObject({ profile: 'strict', categories: {}, sites: { paused: [] }, allowLists: { imageHosts: [], packages: [], phrases: [] } });
  });

  it('drops what a user made laxer, keeps what only makes scans stricter', () => {
    const safe = safeLoadingSettings(LAX);
    expect(safe).toMatchObject({ profile: 'strict', categories: {}, sites: { paused: [] }, allowLists: { phrases: [] } });
    expect(safe.customRules).toEqual(LAX.customRules);
    expect(safeLoadingSettings({ ...LAX, kids: { enabled: true, ageBand: 'under-9' } }).kids).toEqual({ enabled: true, ageBand: 'under-9' });
    expect(safe.kids.enabled).toBe(false);
  });
});
