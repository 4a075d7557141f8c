import { describe, expect, it } from 'vitest';
import { readPopupSettings } from '../../../lib/popup/popup-settings.ts';
import { DEFAULT_SETTINGS, type EffectiveSettings } from '../../../lib/settings/user-settings.ts';

const effective = (overrides: Partial<EffectiveSettings> = {}, settings: Partial<typeof DEFAULT_SETTINGS> = {}): EffectiveSettings => ({
  settings: { ...DEFAULT_SETTINGS, ...settings },
  locked: [],
  disabledFeatures: [],
  managed: false,
  ...overrides,
});

describe('readPopupSettings', () => {
  it('reads the route’s {effective} answer: nothing special by default, pause and options offered', () => {
    expect(readPopupSettings({ effective: effective(), defaults: DEFAULT_SETTINGS, profiles: [] })).toEqual({
      kidsMode: false,
      managed: false,
      pausedHosts: [],
      canPause: true,
      canOpenOptions: true,
    });
  });

  it('shows Kids mode, managed policy and paused hosts (lower-cased), also from a bare EffectiveSettings', () => {
    const value = effective({ managed: true }, { kids: { enabled: true, ageBand: 'under-9' }, sites: { paused: ['Chat.Example.com'] } });
    expect(readPopupSettings(value)).toMatchObject({ kidsMode: true, managed: true, pausedHosts: ['chat.example.com'] });
  });

  it('hides pause when the admin locked sites or switched pause off, and the options link when options are off', () => {
    expect(readPopupSettings(effective({ locked: ['sites'] }))?.canPause).toBe(false);
    expect(readPopupSettings(effective({ disabledFeatures: ['pause'] }))?.canPause).toBe(false);
    expect(readPopupSettings(effective({ locked: ['profile'], disabledFeatures: ['customRules'] }))?.canPause).toBe(true);
    expect(readPopupSettings(effective({ disabledFeatures: ['options'] }))?.canOpenOptions).toBe(false);
  });

  it('fails closed on an unreadable lock list, and reads nothing from garbage', () => {
    const noLocks = { settings: DEFAULT_SETTINGS, managed: false };
    expect(readPopupSettings(noLocks)?.canPause).toBe(false);
    for (const junk of [undefined, null, 'x', [], { effective: 1 }, { settings: 'x' }]) expect(readPopupSettings(junk)).toBeUndefined();
    expect(readPopupSettings({ settings: { kids: 'yes', sites: { paused: [1, 'a.example'] } }, locked: [], disabledFeatures: [], managed: 'true' })).toEqual({
      kidsMode: false,
      managed: false,
      pausedHosts: ['a.example'],
      canPause: true,
      canOpenOptions: true,
    });
  });
});
