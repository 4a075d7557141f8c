import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, currentLocale, pickLocale, placeholdersOf, setLocale, t, type MessageId } from '../../../lib/ui/i18n.ts';
import { EN } from '../../../lib/ui/messages/en.ts';

const ENGLISH_KEYS = Object.keys(EN).sort();
/** Texts that are the same in every language (only punctuation around params). */
const LANGUAGE_NEUTRAL = new Set<string>(['verdict.reason']);

describe('message catalog', () => {
  afterEach(() => setLocale('en'));

  it.each(Object.keys(CATALOGS))('%s has every key, no extras, and the same {params} as English', (locale) => {
    const catalog = CATALOGS[locale as keyof typeof CATALOGS] as Record<string, string>;
    expect(Object.keys(catalog).sort()).toEqual(ENGLISH_KEYS);
    for (const key of ENGLISH_KEYS) {
      expect(catalog[key]!.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholdersOf(catalog[key]!), `${locale} ${key}`).toEqual(placeholdersOf(EN[key as MessageId]));
    }
  });

  it.each(['de', 'fr'])('%s is a translation, not a copy of the English text', (locale) => {
    const catalog = CATALOGS[locale as keyof typeof CATALOGS] as Record<string, string>;
    const copied = ENGLISH_KEYS.filter((key) => !LANGUAGE_NEUTRAL.has(key) && catalog[key] === EN[key as MessageId]);
    expect(copied).toEqual([]);
  });

  it('picks the first preferred language it has, by primary subtag, else English', () => {
    expect(pickLocale(['de-AT', 'en-US'])).toBe('de');
    expect(pickLocale(['ja', 'fr-CA', 'de'])).toBe('fr');
    expect(pickLocale(['FR_be'])).toBe('fr');
    expect(pickLocale(['ja', 'zh-Hans'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['constructor', 'toString'])).toBe('en');
  });

  it('translates with params in the active locale', () => {
    expect(currentLocale()).toBe('en');
    expect(t('panel.reason', { detail: 'no answer within 8 s' })).toBe('Reason: no answer within 8 s.');
    expect(t('notice.replaced', { count: 2 })).toBe('2 part(s) replaced.');
    expect(setLocale(['de-DE'])).toBe('de');
    expect(t('panel.sendAnyway')).toBe('Trotzdem senden');
    expect(t('panel.reason', { detail: 'x' })).toBe('Grund: x.');
    setLocale('fr');
    expect(t('panel.edit')).toBe('Modifier');
  });

  it('leaves a placeholder without a value visible and does not expand values', () => {
    expect(t('panel.reason')).toBe('Reason: {detail}.');
    expect(t('badge.info.lastVerdict', { action: '{time}', time: '12:00' })).toBe('Last check: {time} at 12:00.');
  });

  it('finds placeholders once each, sorted', () => {
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(placeholdersOf('none')).toEqual([]);
  });
});
