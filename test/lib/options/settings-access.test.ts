import { describe, expect, it } from 'vitest';
import { isFeatureOn, lockedKeys } from '../../../lib/options/settings-access.ts';
import { SETTING_KEYS } from '../../../lib/settings/user-settings.ts';

describe('settings access', () => {
  it('locks the managed keys only', () => {
    expect([...lockedKeys({ locked: ['profile', 'cacheMode'], disabledFeatures: ['feedback'] })]).toEqual(['profile', 'cacheMode']);
  });

  it('locks everything when the admin switched the options feature off', () => {
    expect([...lockedKeys({ locked: [], disabledFeatures: ['options'] })]).toEqual([...SETTING_KEYS]);
  });

  it('says which features are on', () => {
    expect(isFeatureOn({ disabledFeatures: ['importExport'] }, 'importExport')).toBe(false);
    expect(isFeatureOn({ disabledFeatures: ['importExport'] }, 'customRules')).toBe(true);
  });
});
