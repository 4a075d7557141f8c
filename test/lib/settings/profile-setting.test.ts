import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '../../../lib/policy/profiles.ts';
import { resolveProfileId } from '../../../lib/settings/profile-setting.ts';

describe('resolveProfileId', () => {
  it('keeps every built-in profile id', () => {
    for (const id of PROFILE_IDS) expect(resolveProfileId(id)).toBe(id);
    expect(resolveProfileId('strict')).toBe('strict');
  });

  it('falls back to standard for anything else', () => {
    for (const junk of [undefined, null, '', 'Strict', 'no-such-profile', 'toString', '__proto__', 42, { id: 'strict' }, ['kids']]) {
      expect(resolveProfileId(junk)).toBe('standard');
    }
  });
});
