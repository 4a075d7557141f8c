import { describe, expect, it } from 'vitest';
import { contentSettingsFor, parseContentSettings } from '../../../lib/content/reply-settings.ts';

describe('contentSettingsFor', () => {
  it('covers replies until checked, and hides blocked ones, in the kids profile only', () => {
    expect(contentSettingsFor('kids')).toEqual({ profileId: 'kids', blurWhileStreaming: true, hideBlocked: true });
    for (const profileId of ['standard', 'strict', 'enterprise']) {
      expect(contentSettingsFor(profileId)).toEqual({ profileId, blurWhileStreaming: false, hideBlocked: false });
    }
  });
});

describe('parseContentSettings', () => {
  it('derives the flags from the profile rather than trusting them', () => {
    expect(parseContentSettings({ ok: true, value: { profileId: 'kids', blurWhileStreaming: false, hideBlocked: false } })).toEqual({
      ok: true,
      value: contentSettingsFor('kids'),
    });
  });

  it('turns silence, errors and garbage into an error result', () => {
    expect(parseContentSettings(undefined)).toEqual({ ok: false, error: 'no answer from the background' });
    expect(parseContentSettings({ ok: false, error: 'nope' })).toEqual({ ok: false, error: 'nope' });
    expect(parseContentSettings({ ok: true, value: { profileId: 7 } }).ok).toBe(false);
    expect(parseContentSettings({ ok: true }).ok).toBe(false);
  });
});
