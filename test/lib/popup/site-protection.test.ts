import { afterEach, describe, expect, it } from 'vitest';
import { degradedLine, siteProtection } from '../../../lib/popup/site-protection.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';

const NO_COMPOSER = 'Rampart cannot find the message box on this page (site changed?) — sends are not checked.';

const record = (missing: string[], host = 'chatgpt.com') => ({ state: missing.length ? 'degraded' : 'ok', missing, host, at: 1 });

describe('degradedLine', () => {
  it('says sends are not checked when the composer is missing on this host', () => {
    expect(degradedLine(record(['composer']), 'chatgpt.com')).toBe(NO_COMPOSER);
    expect(degradedLine(record(['send']), 'chatgpt.com')).toBe(
      'Rampart cannot find the send button on this page (site changed?) — Enter is checked, a click on the button may not be.',
    );
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('speaks the active locale (German)', () => {
      setLocale(['de-DE']);
      expect(degradedLine(record(['composer']), 'chatgpt.com')).toBe(
        'Rampart findet das Eingabefeld auf dieser Seite nicht (Website geändert?) – Nachrichten werden nicht geprüft.',
      );
    });
  });

  it('says nothing for a healthy page, another host’s record, or garbage', () => {
    expect(degradedLine(record([]), 'chatgpt.com')).toBeUndefined();
    expect(degradedLine(record(['composer'], 'claude.ai'), 'chatgpt.com')).toBeUndefined();
    expect(degradedLine(record(['composer']), undefined)).toBeUndefined();
    expect(degradedLine({ state: 'degraded' }, 'chatgpt.com')).toBeUndefined();
    expect(degradedLine(null, 'chatgpt.com')).toBeUndefined();
  });
});

describe('siteProtection', () => {
  it('built-in site: shows its health, offers nothing to add', () => {
    expect(siteProtection({ health: record(['composer']), host: 'chatgpt.com', builtIn: true, isCustom: false })).toEqual({
      degraded: NO_COMPOSER,
      custom: false,
      canProtect: false,
    });
  });

  it('an HTTPS page Rampart does not check: offers "Protect this site"', () => {
    expect(siteProtection({ health: null, host: 'chat.example.com', builtIn: false, customOrigin: 'https://chat.example.com', isCustom: false })).toEqual({
      custom: false,
      canProtect: true,
    });
    expect(siteProtection({ health: null, host: 'intranet', builtIn: false, isCustom: false }).canProtect).toBe(false);
  });

  it('a site the user added: its health, and a way to stop protecting it', () => {
    expect(siteProtection({ health: record(['composer'], 'chat.example.com'), host: 'chat.example.com', builtIn: false, customOrigin: 'https://chat.example.com', isCustom: true })).toEqual({
      degraded: NO_COMPOSER,
      custom: true,
      canProtect: false,
    });
  });
});
