import { describe, expect, it } from 'vitest';
import { CATALOGS, messageName } from '../../../lib/ui/i18n.ts';
import { localeFiles, localeMessages } from '../../../lib/ui/locale-files.ts';
import type { Catalog } from '../../../lib/ui/messages/en.ts';
import { EN } from '../../../lib/ui/messages/en.ts';

describe('localeFiles', () => {
  it('writes one _locales/<lang>/messages.json per catalog, each with every key', () => {
    const files = localeFiles();
    expect(files.map((file) => file.relativeDest).sort()).toEqual(
      ['de', 'en', 'es', 'fr'].map((locale) => `_locales/${locale}/messages.json`),
    );
    for (const file of files) {
      const parsed = JSON.parse(file.contents) as Record<string, { message: string }>;
      expect(Object.keys(parsed).sort()).toEqual(Object.keys(EN).map(messageName).sort());
    }
  });

  it('carries the catalog text and the manifest’s name and description', () => {
    const spanish = JSON.parse(localeFiles().find((file) => file.relativeDest === '_locales/es/messages.json')!.contents);
    expect(spanish.panel_sendAnyway).toEqual({ message: CATALOGS.es['panel.sendAnyway'] });
    expect(spanish.extName.message).toBe(CATALOGS.es.extName);
    expect(spanish.extDescription.message).toBe(CATALOGS.es.extDescription);
  });
});

describe('localeMessages', () => {
  it('escapes $ (a browser placeholder) and keeps {params} as text', () => {
    const catalog = { ...EN, 'panel.reason': 'Costs $5: {detail}.' } as Catalog;
    expect(localeMessages(catalog).panel_reason).toEqual({ message: 'Costs $$5: {detail}.' });
  });

  it('refuses two keys that become one _locales name', () => {
    const catalog = { ...EN, 'panel-edit': 'x' } as unknown as Catalog;
    expect(() => localeMessages(catalog)).toThrow(/"panel.edit" and "panel-edit" both become the _locales name "panel_edit"/);
  });
});
