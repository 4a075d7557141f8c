import { CATALOGS, messageName, type Locale } from './i18n.ts';
import type { Catalog } from './messages/en.ts';

/** One `_locales/<lang>/messages.json` entry (browser.i18n's format). */
export interface LocaleMessage {
  message: string;
}

/**
 * A catalog in browser.i18n's format. Keys become `_locales` names (messageName); two keys that
 * map to one name would make one of them unreachable, so that is an error, not a silent overwrite.
 * `$` starts a browser placeholder (`$1`, `$name$`), so a literal one is written `$$`.
 */
export function localeMessages(catalog: Catalog): Record<string, LocaleMessage> {
  const messages: Record<string, LocaleMessage> = {};
  const source = new Map<string, string>();
  for (const [id, text] of Object.entries(catalog)) {
    const name = messageName(id);
    const earlier = source.get(name);
    if (earlier !== undefined) throw new Error(`message keys "${earlier}" and "${id}" both become the _locales name "${name}"`);
    source.set(name, id);
    messages[name] = { message: text.replaceAll('$', '$$$$') };
  }
  return messages;
}

/** Every locale's `_locales/<lang>/messages.json` (relative to the extension root) and its contents. */
export function localeFiles(catalogs: Readonly<Record<Locale, Catalog>> = CATALOGS): Array<{ relativeDest: string; contents: string }> {
  return Object.entries(catalogs).map(([locale, catalog]) => ({
    relativeDest: `_locales/${locale}/messages.json`,
    contents: `${JSON.stringify(localeMessages(catalog), null, 2)}\n`,
  }));
}
