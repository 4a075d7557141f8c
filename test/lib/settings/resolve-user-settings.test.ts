import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_ENTRY_CHARS,
  MAX_LIST_ENTRIES,
  normalizeHost,
  parseUserSettings,
  resolveAudit,
  resolveCategories,
  resolveCollector,
  resolveCustomRules,
  resolveUserSettings,
  stringList,
} from '../../../lib/settings/resolve-user-settings.ts';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../lib/settings/user-settings.ts';

const RULE = { id: 'project-name', kind: 'keyword', pattern: 'Bluebird', category: 'secrets', action: 'redact', description: 'Internal project name' };

const FULL: UserSettings = {
  profile: 'strict',
  categories: { pii: { action: 'block' }, 'content-safety': { sensitivity: 'higher' } },
  sites: { paused: ['chatgpt.com'] },
  customRules: [RULE as UserSettings['customRules'][number]],
  allowLists: { imageHosts: ['images.example.com'], packages: ['@acme/ui'], phrases: ['Project Bluebird'] },
  cacheMode: 'hybrid',
  audit: { scope: 'all', maxRecords: 5_000, collector: { url: 'https://collector.example.com/v1/logs', headers: { 'x-api-key': 'k' } } },
  kids: { enabled: true, ageBand: 'under-9' },
};

describe('parseUserSettings', () => {
  it('keeps a valid value as it is, with no problems', () => {
    expect(parseUserSettings(FULL)).toEqual({ value: FULL, problems: [] });
    expect(parseUserSettings(DEFAULT_SETTINGS)).toEqual({ value: DEFAULT_SETTINGS, problems: [] });
  });

  it('turns nothing or junk into the defaults', () => {
    expect(parseUserSettings(undefined)).toEqual({ value: DEFAULT_SETTINGS, problems: [] });
    for (const junk of [null, 42, 'strict', [FULL]]) {
      const parsed = parseUserSettings(junk);
      expect(parsed.value).toEqual(DEFAULT_SETTINGS);
      expect(parsed.problems).toEqual(['settings: must be an object']);
    }
  });

  it('repairs field by field: one bad value costs only that value', () => {
    const parsed = parseUserSettings({ ...FULL, profile: 'paranoid', cacheMode: 'sometimes', kids: { enabled: 'yes', ageBand: '13-15' }, extra: 1 });
    expect(parsed.value).toEqual({ ...FULL, profile: 'standard', cacheMode: 'exact', kids: { enabled: false, ageBand: '13-15' } });
    expect(parsed.problems).toEqual([
      expect.stringContaining('profile: unknown profile'),
      expect.stringContaining('cacheMode: unknown cache mode'),
      'kids.enabled: expected true or false',
      'extra: unknown setting',
    ]);
  });

  it('never shares the defaults object (a caller may change what it gets)', () => {
    const value = resolveUserSettings(undefined);
    value.sites.paused.push('x.com');
    expect(DEFAULT_SETTINGS.sites.paused).toEqual([]);
  });

  it('always gives a complete UserSettings for arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const value = resolveUserSettings(raw);
        expect(Object.keys(value).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect(parseUserSettings(value).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('categories', () => {
  it('drops unknown categories and bad fields, keeps the good ones', () => {
    const parsed = resolveCategories({
      pii: { action: 'block', sensitivity: 'loud' },
      'made-up': { action: 'block' },
      secrets: 'block',
      'code-intent': { sensitivity: 'default' },
      manipulation: { action: 'allow', sensitivity: 'lower', note: 1 },
    });
    expect(parsed.value).toEqual({ pii: { action: 'block' }, manipulation: { action: 'allow', sensitivity: 'lower' } });
    expect(parsed.problems).toHaveLength(4);
  });
});

describe('lists and hosts', () => {
  it('lower-cases hosts and reduces pasted URLs to their host', () => {
    expect(normalizeHost('  ChatGPT.com ')).toBe('chatgpt.com');
    expect(normalizeHost('https://Images.Example.com/a.png')).toBe('images.example.com');
    expect(normalizeHost('example.com.')).toBe('example.com');
    for (const bad of ['', 'exa mple.com', 'http://', '-bad.com', 'a..b', 'x'.repeat(64) + '.com']) expect(normalizeHost(bad)).toBeUndefined();
  });

  it('dedupes, trims and bounds a list', () => {
    const many = Array.from({ length: MAX_LIST_ENTRIES + 5 }, (_, i) => `phrase ${i}`);
    const parsed = stringList([' a ', 'a', '', 7, 'x'.repeat(MAX_ENTRY_CHARS + 1), ...many], 'allowLists.phrases');
    expect(parsed.value[0]).toBe('a');
    expect(parsed.value).toHaveLength(MAX_LIST_ENTRIES);
    expect(new Set(parsed.value).size).toBe(parsed.value.length);
    expect(parsed.problems).toEqual([
      expect.stringContaining('allowLists.phrases[2]'),
      expect.stringContaining('allowLists.phrases[3]'),
      expect.stringContaining('allowLists.phrases[4]'),
      `allowLists.phrases: only the first ${MAX_LIST_ENTRIES} entries are kept`,
    ]);
  });

  it('keeps valid hosts of sites.paused and allowLists.imageHosts, lower-cased and unique', () => {
    const value = resolveUserSettings({ sites: { paused: ['Claude.AI', 'claude.ai', 'not a host'] }, allowLists: { imageHosts: ['CDN.example.com'], packages: ['left pad', 'lodash'] } });
    expect(value.sites.paused).toEqual(['claude.ai']);
    expect(value.allowLists).toEqual({ imageHosts: ['cdn.example.com'], packages: ['lodash'], phrases: [] });
  });
});

describe('custom rules', () => {
  it('drops bad rules and repeated ids, keeps the rest', () => {
    const parsed = resolveCustomRules([RULE, { ...RULE }, { ...RULE, id: 'Bad Id' }, { ...RULE, id: 'regex-one', kind: 'regex', pattern: '(' }, { ...RULE, id: 'two', kind: 'regex', pattern: 'ab+c' }]);
    expect(parsed.value.map((rule) => rule.id)).toEqual(['project-name', 'two']);
    expect(parsed.problems).toHaveLength(3);
    expect(resolveCustomRules('rules').problems).toEqual(['customRules: must be a list of rules']);
  });
});

describe('audit', () => {
  it('checks scope and the record cap', () => {
    expect(resolveAudit({ scope: 'everything', maxRecords: 5 }).value).toEqual(DEFAULT_SETTINGS.audit);
    expect(resolveAudit({ scope: 'everything', maxRecords: 5 }).problems).toHaveLength(2);
    expect(resolveAudit({ maxRecords: 2_000 }).value).toEqual({ scope: 'decisions', maxRecords: 2_000 });
  });

  it('accepts https collectors, http only for this machine, and never a URL with credentials', () => {
    expect(resolveCollector({ url: 'https://c.example.com/v1/logs' }, 'c').value).toEqual({ url: 'https://c.example.com/v1/logs', headers: {} });
    expect(resolveCollector({ url: 'http://127.0.0.1:4318/v1/logs' }, 'c').value?.url).toBe('http://127.0.0.1:4318/v1/logs');
    expect(resolveCollector({ url: 'http://localhost:4318/v1/logs' }, 'c').value?.url).toBe('http://localhost:4318/v1/logs');
    for (const url of ['http://collector.example.com/v1/logs', 'ftp://x.example.com', 'https://user:pw@c.example.com/', 'not a url', 7]) {
      const resolved = resolveCollector({ url }, 'c');
      expect(resolved.value).toBeUndefined();
      expect(resolved.problems).toHaveLength(1);
    }
  });

  it('keeps valid headers, drops bad ones without echoing their values', () => {
    const resolved = resolveCollector({ url: 'https://c.example.com/', headers: { Authorization: 'Bearer s3cret', 'bad name': 'x', 'x-split': 'a\r\nInjected: 1' } }, 'c');
    expect(resolved.value?.headers).toEqual({ Authorization: 'Bearer s3cret' });
    expect(resolved.problems).toHaveLength(2);
    expect(resolved.problems.join(' ')).not.toContain('Injected');
  });
});
