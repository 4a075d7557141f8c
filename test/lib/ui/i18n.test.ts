import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, currentLocale, installI18nBackend, messageName, pickLocale, placeholdersOf, setLocale, t, type I18nBackend, type MessageId } from '../../../lib/ui/i18n.ts';
import { EN } from '../../../lib/ui/messages/en.ts';

const ENGLISH_KEYS = Object.keys(EN).sort();
/** Texts that are the same in every language (only punctuation around params). */
const LANGUAGE_NEUTRAL = new Set<string>(['verdict.reason']);
/** Words that really are spelt the same in that language (a reviewed list, not a loophole). */
const SAME_WORD: Record<string, readonly string[]> = {
  de: ['options.profile.standard.name', 'options.cache.hybrid', 'options.models.version'],
  fr: [
    'options.nav',
    'options.profile.standard.name',
    'options.profile.strict.name',
    'options.categories.action',
    'options.rules.action',
    'options.audit.action',
    'options.sites.heading',
    'options.audit.site',
    'options.cache.exact',
    'options.models.version',
  ],
  es: [],
};

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

  it.each(['de', 'fr', 'es'])('%s is a translation, not a copy of the English text', (locale) => {
    const catalog = CATALOGS[locale as keyof typeof CATALOGS] as Record<string, string>;
    const copied = ENGLISH_KEYS.filter((key) => !LANGUAGE_NEUTRAL.has(key) && !SAME_WORD[locale]!.includes(key) && catalog[key] === EN[key as MessageId]);
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

  it('has English, German, French and Spanish', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it.each(Object.keys(CATALOGS))('%s: the extension name and description fit Chrome’s limits (75 and 132 characters)', (locale) => {
    const catalog = CATALOGS[locale as keyof typeof CATALOGS];
    expect(catalog.extName.length).toBeLessThanOrEqual(75);
    expect(catalog.extDescription.length).toBeLessThanOrEqual(132);
  });
});

describe('messageName (the _locales name of a key)', () => {
  it('maps every character browser.i18n does not allow to _', () => {
    expect(messageName('panel.sendAnyway')).toBe('panel_sendAnyway');
    expect(messageName('category.prompt-attack')).toBe('category_prompt_attack');
    expect(messageName('extName')).toBe('extName');
  });

  it('gives every catalog key its own valid name', () => {
    const names = ENGLISH_KEYS.map(messageName);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names).size).toBe(ENGLISH_KEYS.length);
  });
});

describe('t() through the browser’s i18n system', () => {
  afterEach(() => installI18nBackend(undefined));

  /** browser.i18n as the build's _locales would answer it: `messages` by _locales name, "" when unknown. */
  const backend = (uiLanguage: string, messages: Record<string, string>): I18nBackend => ({
    getMessage: (name) => messages[name] ?? '',
    getUILanguage: () => uiLanguage,
  });

  it('reads the message by its _locales name and substitutes {params} itself', () => {
    expect(installI18nBackend(backend('es-419', { panel_reason: 'Motivo (navegador): {detail}.' }))).toBe('es');
    expect(currentLocale()).toBe('es');
    expect(t('panel.reason', { detail: 'x' })).toBe('Motivo (navegador): x.');
  });

  it('falls back to the catalog of the browser’s UI language when the browser has no such message', () => {
    installI18nBackend(backend('de-AT', {}));
    expect(t('panel.sendAnyway')).toBe('Trotzdem senden');
    installI18nBackend(backend('ja', {}));
    expect(t('panel.sendAnyway')).toBe('Send anyway');
  });

  it('survives a browser API that throws or answers nonsense', () => {
    const broken: I18nBackend = {
      getMessage: () => {
        throw new Error('i18n is not available');
      },
      getUILanguage: () => undefined as unknown as string,
    };
    expect(installI18nBackend(broken)).toBe('en');
    expect(t('panel.edit')).toBe('Edit');
  });

  it('goes back to the catalogs alone when uninstalled', () => {
    installI18nBackend(backend('fr', { panel_edit: 'from the browser' }));
    expect(t('panel.edit')).toBe('from the browser');
    expect(installI18nBackend(undefined)).toBe('en');
    expect(t('panel.edit')).toBe('Edit');
  });
});
