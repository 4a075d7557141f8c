import { describe, expect, it } from 'vitest';
import { checkSettingsFile, MAX_SETTINGS_FILE_BYTES, settingsFileName } from '../../../lib/options/settings-file.ts';

describe('settings file', () => {
  it('names the export after the local day', () => {
    expect(settingsFileName(new Date(2025, 0, 9, 23, 30).getTime())).toBe('rampart-settings-2025-01-09.json');
  });

  it('refuses empty, huge and non-JSON files with a reason, before anything is sent', () => {
    expect(checkSettingsFile(0)).toEqual({ ok: false, error: 'empty' });
    expect(checkSettingsFile(MAX_SETTINGS_FILE_BYTES + 1)).toEqual({ ok: false, error: 'tooLarge' });
    expect(checkSettingsFile(5, 'hello')).toEqual({ ok: false, error: 'notJson' });
    expect(checkSettingsFile(2, '[]')).toEqual({ ok: false, error: 'notJson' });
    expect(checkSettingsFile(4, 'null')).toEqual({ ok: false, error: 'notJson' });
    expect(checkSettingsFile(20, '{"profile":"strict"}')).toEqual({ ok: true, value: '{"profile":"strict"}' });
  });
});
