import { DE } from './messages/de.ts';
import { EN, type Catalog, type MessageId } from './messages/en.ts';
import { ES } from './messages/es.ts';
import { FR } from './messages/fr.ts';

export type { MessageId } from './messages/en.ts';

/**
 * Two halves, one source. The TypeScript catalogs (lib/ui/messages/) are where every string is
 * written: the `Catalog` type makes a missing or misspelt key a compile error (a `_locales` JSON
 * file fails silently at run time: getMessage returns ""), named `{params}` keep translations
 * readable, and Node (tests, CLI) reads them directly. The build turns them into
 * `_locales/<lang>/messages.json` (lib/ui/locale-files.ts, wired in wxt.config.ts), so the
 * browser's own i18n system carries them too: the store listing and the extension list show the
 * name and description in the user's language, and inside the extension `t()` reads through
 * `browser.i18n.getMessage` once an entrypoint installs it (installI18nBackend), which follows the
 * browser's UI language like the rest of the browser does. `{param}` substitution stays ours
 * (getMessage's `$1` placeholders are positional and would fork the catalog's format); a message
 * the browser does not know (a stale or partial `_locales`) falls back to the catalog.
 */
export const CATALOGS = { en: EN, de: DE, fr: FR, es: ES } as const satisfies Record<string, Catalog>;

export type Locale = keyof typeof CATALOGS;

export const DEFAULT_LOCALE: Locale = 'en';

let active: Locale = DEFAULT_LOCALE;

/** The part of `browser.i18n` that t() uses (an interface, so the core stays platform-free). */
export interface I18nBackend {
  getMessage(messageName: string): string;
  getUILanguage(): string;
}

let backend: I18nBackend | undefined;

const isLocale = (value: string): value is Locale => Object.prototype.hasOwnProperty.call(CATALOGS, value);

/** The first preferred language tag with a catalog, by primary subtag (`de-AT` → de); else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]!.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** A broken or missing browser API must cost a translation, never the UI. */
const safely = (read: () => string): string => {
  try {
    const value = read();
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
};

/**
 * Chooses the catalog language where no browser i18n is installed (Node: tests, the CLI). The core
 * is platform-free, so it never reads navigator itself (and tests get English unless they ask).
 * With a backend installed, getMessage still answers first.
 */
export function setLocale(preferred: readonly string[] | string): Locale {
  active = pickLocale(typeof preferred === 'string' ? [preferred] : preferred);
  return active;
}

/**
 * Makes t() read through the browser's i18n system (each entrypoint passes `browser.i18n`); the
 * active locale becomes the browser's UI language, so the catalog fallback and `<html lang>` agree
 * with what getMessage answers. `undefined` goes back to the catalogs alone (tests).
 */
export function installI18nBackend(next: I18nBackend | undefined): Locale {
  backend = next;
  active = next ? pickLocale([safely(() => next.getUILanguage())]) : DEFAULT_LOCALE;
  return active;
}

export const currentLocale = (): Locale => active;

/**
 * The `_locales` name of a catalog key: browser.i18n names allow only `[A-Za-z0-9_]`, so every
 * other character becomes `_` (`panel.sendAnyway` → `panel_sendAnyway`). The build refuses two
 * keys with one name (lib/ui/locale-files.ts).
 */
export const messageName = (id: string): string => id.replace(/[^A-Za-z0-9_]/g, '_');

/** The `{name}` placeholders a message uses, sorted: a translation must use the same ones. */
export const placeholdersOf = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();

/**
 * The message `id` in the active language with `{name}` replaced by `params.name`. A placeholder
 * without a value stays visible as `{name}` (a bug to see, not text to lose). The result is
 * always rendered with textContent, so a value can never become markup.
 */
export function t(id: MessageId, params: Readonly<Record<string, string | number>> = {}): string {
  const browserI18n = backend;
  const fromBrowser = browserI18n ? safely(() => browserI18n.getMessage(messageName(id))) : '';
  const message = fromBrowser || (CATALOGS[active][id] ?? EN[id]);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
