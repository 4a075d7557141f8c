import { describe, expect, it } from 'vitest';
import { ALL_OVERRIDES_ALLOWED, contentSettingsFor, overridesFor, parseContentSettings } from '../../../lib/content/reply-settings.ts';

describe('contentSettingsFor', () => {
  it('covers replies until checked, and hides blocked ones, in the kids profile only', () => {
    const overrides = { sendAnyway: true, loadAnyway: true };
    expect(contentSettingsFor('kids')).toEqual({ profileId: 'kids', blurWhileStreaming: true, hideBlocked: true, paused: false, overrides });
    for (const profileId of ['standard', 'strict', 'enterprise']) {
      expect(contentSettingsFor(profileId)).toEqual({ profileId, blurWhileStreaming: false, hideBlocked: false, paused: false, overrides });
    }
  });

  it('carries whether the site is paused', () => {
    expect(contentSettingsFor('standard', true).paused).toBe(true);
  });

  it('carries the overrides it is given, as its own copy', () => {
    const overrides = { sendAnyway: false, loadAnyway: true };
    const settings = contentSettingsFor('standard', false, overrides);
    expect(settings.overrides).toEqual(overrides);
    overrides.sendAnyway = true;
    expect(settings.overrides.sendAnyway).toBe(false);
  });
});

describe('overridesFor', () => {
  it('takes out exactly the overrides named in disabledFeatures', () => {
    expect(overridesFor([])).toEqual(ALL_OVERRIDES_ALLOWED);
    expect(overridesFor(['pause', 'options', 'feedback'])).toEqual({ sendAnyway: true, loadAnyway: true });
    expect(overridesFor(['sendAnyway'])).toEqual({ sendAnyway: false, loadAnyway: true });
    expect(overridesFor(['loadAnyway'])).toEqual({ sendAnyway: true, loadAnyway: false });
  });
});

describe('parseContentSettings', () => {
  it('derives the flags from the profile rather than trusting them', () => {
    expect(parseContentSettings({ ok: true, value: { profileId: 'kids', blurWhileStreaming: false, hideBlocked: false } })).toEqual({
      ok: true,
      value: contentSettingsFor('kids'),
    });
  });

  it('pauses only on an explicit true', () => {
    expect(parseContentSettings({ ok: true, value: { profileId: 'standard', paused: true } })).toMatchObject({ ok: true, value: { paused: true } });
    for (const paused of [undefined, 'true', 1, false]) {
      expect(parseContentSettings({ ok: true, value: { profileId: 'standard', paused } })).toMatchObject({ ok: true, value: { paused: false } });
    }
  });

  it('allows both overrides when the field is absent (a background older than the policy tokens)', () => {
    expect(parseContentSettings({ ok: true, value: { profileId: 'standard' } })).toMatchObject({ ok: true, value: { overrides: { sendAnyway: true, loadAnyway: true } } });
  });

  it('passes on what the background allowed and forbade', () => {
    const overrides = { sendAnyway: false, loadAnyway: true };
    expect(parseContentSettings({ ok: true, value: { profileId: 'standard', overrides } })).toMatchObject({ ok: true, value: { overrides } });
    expect(parseContentSettings({ ok: true, value: { profileId: 'standard', overrides: { sendAnyway: true, loadAnyway: false } } })).toMatchObject({
      ok: true,
      value: { overrides: { sendAnyway: true, loadAnyway: false } },
    });
  });

  it('never grants an override from a garbled field: anything but an explicit true is off', () => {
    for (const overrides of [null, 'yes', 1, [], {}, { sendAnyway: 'true', loadAnyway: 1 }, { sendAnyway: null }]) {
      expect(parseContentSettings({ ok: true, value: { profileId: 'standard', overrides } })).toMatchObject({
        ok: true,
        value: { overrides: { sendAnyway: false, loadAnyway: false } },
      });
    }
  });

  it('turns silence, errors and garbage into an error result', () => {
    expect(parseContentSettings(undefined)).toEqual({ ok: false, error: 'no answer from the background' });
    expect(parseContentSettings({ ok: false, error: 'nope' })).toEqual({ ok: false, error: 'nope' });
    expect(parseContentSettings({ ok: true, value: { profileId: 7 } }).ok).toBe(false);
    expect(parseContentSettings({ ok: true }).ok).toBe(false);
  });
});
