import { DE } from './messages/de.ts';
import { EN, type Catalog, type MessageId } from './messages/en.ts';
import { FR } from './messages/fr.ts';

export type { MessageId } from './messages/en.ts';

/**
 * Why a TypeScript catalog and `navigator.languages` rather than browser.i18n and `_locales/`:
 * - one catalog serves the content script, the popup and Node (tests, CLI) alike; browser.i18n
 *   does not exist in Node, so every test would need a fake of it;
 * - the `Catalog` type makes a missing or misspelt key a compile error, where `_locales` JSON
 *   fails silently at run time (getMessage returns "");
 * - browser.i18n follows the browser's UI language only; navigator.languages is the user's
 *   ordered list of preferred content languages (German UI, French preferred: French), so the
 *   panel speaks the language the user reads;
 * - named `{params}` instead of `$1` positional placeholders keep translations readable.
 * `_locales` stays the place for what the store and browser show (extension name, description).
 */
export const CATALOGS = { en: EN, de: DE, fr: FR } as const satisfies Record<string, Catalog>;

export type Locale = keyof typeof CATALOGS;

export const DEFAULT_LOCALE: Locale = 'en';

let active: Locale = DEFAULT_LOCALE;

const isLocale = (value: string): value is Locale => Object.prototype.hasOwnProperty.call(CATALOGS, value);

/** The first preferred language tag with a catalog, by primary subtag (`de-AT` → de); else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]!.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/**
 * Chooses the UI language; called once by each entrypoint with `navigator.languages`. The core is
 * platform-free, so it never reads navigator itself (and tests get English unless they ask).
 */
export function setLocale(preferred: readonly string[] | string): Locale {
  active = pickLocale(typeof preferred === 'string' ? [preferred] : preferred);
  return active;
}

export const currentLocale = (): Locale => active;

/** The `{name}` placeholders a message uses, sorted: a translation must use the same ones. */
export const placeholdersOf = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();

/**
 * The message `id` in the active language with `{name}` replaced by `params.name`. A placeholder
 * without a value stays visible as `{name}` (a bug to see, not text to lose). The result is
 * always rendered with textContent, so a value can never become markup.
 */
export function t(id: MessageId, params: Readonly<Record<string, string | number>> = {}): string {
  const message = CATALOGS[active][id] ?? EN[id];
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
