import { afterEach, describe, expect, it } from 'vitest';
import { loadAnywayDisabledMessage, loadAnywayLabel, loadFailedMessage, reasonPhrase, resourcePlaceholderView } from '../../../lib/content/resource-placeholder-view.ts';
import { RESOURCE_REASONS } from '../../../lib/exfil/resource-verdict.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';

describe('resourcePlaceholderView', () => {
  it('says what was blocked, where it would have gone and why, and offers to load it', () => {
    const view = resourcePlaceholderView('image', { host: 'attacker.example', outcome: 'blocked', reasons: ['secret', 'encoded-blob'] }, true);
    expect(view).toEqual({
      message:
        'Rampart blocked an image that would send data to attacker.example: its address carries a secret (a key, token or password); ' +
        'its address carries an encoded block of data.',
      label: 'Blocked image',
      loadLabel: 'Load anyway',
    });
    expect(loadAnywayLabel()).toBe('Load anyway');
  });

  it('says so when it could not check, and offers no button for a URL it cannot allow', () => {
    const view = resourcePlaceholderView('media', { host: 'x.example', outcome: 'unavailable', reasons: [] }, false);
    expect(view.message).toBe('Rampart could not check a video or audio file from x.example, so it was not loaded.');
    expect(view.loadLabel).toBeUndefined();
  });

  it('offers no "Load anyway" when the admin turned it off, and says so (managed disabledFeatures loadAnyway)', () => {
    const result = { host: 'attacker.example', outcome: 'blocked' as const, reasons: ['secret' as const] };
    const offered = resourcePlaceholderView('image', result, true, true);
    const forbidden = resourcePlaceholderView('image', result, true, false);
    expect(offered.loadLabel).toBe('Load anyway');
    expect(forbidden.loadLabel).toBeUndefined();
    expect(forbidden.label).toBe(offered.label);
    expect(forbidden.message).toBe(`${offered.message} Your organization does not allow loading it anyway.`);
    expect(loadAnywayDisabledMessage()).toBe('Your organization does not allow loading it anyway.');
    // A URL that cannot be allowed exactly has no button either, but that is not the admin's doing.
    expect(resourcePlaceholderView('image', result, false).message).toBe(offered.message);
  });

  it('has words for every reason, a fallback for none, and shortens absurd host names', () => {
    const phrases = RESOURCE_REASONS.map(reasonPhrase);
    for (const phrase of phrases) expect(phrase).toMatch(/^its address|^the reply/);
    expect(new Set(phrases).size).toBe(RESOURCE_REASONS.length);
    const view = resourcePlaceholderView('object', { host: `${'a'.repeat(200)}.example`, outcome: 'blocked', reasons: [] }, true);
    expect(view.message.length).toBeLessThan(200);
    expect(view.message).toMatch(/^Rampart blocked an embedded object that would send data to a{77}…: it looks like exfiltration\.$/);
    expect(resourcePlaceholderView('image', { host: '', outcome: 'unavailable', reasons: [] }, false).message).toContain('from another site,');
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('speaks the active locale (German), with the sentence for each type', () => {
      setLocale(['de-DE']);
      expect(resourcePlaceholderView('media', { host: 'x.example', outcome: 'blocked', reasons: ['pii'] }, true)).toEqual({
        message:
          'Rampart hat eine Video- oder Audiodatei blockiert, die Daten an x.example senden würde: ' +
          'die Adresse enthält personenbezogene Daten (E-Mail, Telefon-, Karten- oder Kontonummer).',
        label: 'Blockiertes Video oder Audio',
        loadLabel: 'Trotzdem laden',
      });
      expect(loadFailedMessage()).toBe('Rampart konnte es nicht durchlassen; laden Sie die Seite neu und versuchen Sie es erneut.');
    });
  });
});
