import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../lib/core/action.ts';
import { CATEGORIES } from '../../lib/core/category.ts';
import { PROFILE_IDS } from '../../lib/policy/profiles.ts';
import { CACHE_MODES } from '../../lib/settings/cache-mode-setting.ts';
import { MANAGED_KEYS, parseManagedPolicy } from '../../lib/settings/managed-policy.ts';
import { AGE_BANDS, SENSITIVITIES, SETTING_KEYS, UI_FEATURES } from '../../lib/settings/user-settings.ts';
import { SELECTOR_FIELDS } from '../../lib/sites/site-adapter.ts';
import { schemaProblems, valueProblems, type PolicySchema } from '../support/chrome-policy-schema.ts';

const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as PolicySchema;
const property = (...path: string[]): PolicySchema =>
  path.reduce<PolicySchema>((node, name) => (name === '[]' ? node.items! : name === '*' ? node.additionalProperties! : node.properties![name]!), schema);

describe('public/managed_schema.json', () => {
  it('follows Chrome’s rules, with a title and a description on every key at every level', () => {
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('the rule check itself finds what Chrome refuses', () => {
    expect(schemaProblems({ type: 'object', additionalProperties: { type: 'string', title: 't', description: 'd' } })).toContain('(top): the top level must not have additionalProperties');
    expect(schemaProblems({ type: 'object', properties: { a: { title: 't', description: 'd' } as PolicySchema } })).toContain('(top).a: needs exactly one of type or $ref');
    expect(schemaProblems({ type: 'object', properties: { a: { type: 'array', title: 't', description: 'd' } } })).toContain('(top).a: an array needs items');
    expect(schemaProblems({ type: 'object', properties: { a: { type: 'string', description: 'd' } } })).toContain('(top).a: no title');
  });

  it('declares exactly the keys the policy parser reads, covering every setting', () => {
    expect(Object.keys(schema.properties!).sort()).toEqual([...MANAGED_KEYS].sort());
    // Each UserSettings key is reachable through some managed key.
    const settingsFrom = parseManagedPolicy({
      profile: 'strict',
      categoryActions: { pii: 'block' },
      sites: { paused: [] },
      customRules: [],
      allowLists: {},
      cacheMode: 'off',
      audit: {},
      kidsMode: { enabled: false },
    }).settings;
    expect(Object.keys(settingsFrom).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('lists the same names as the code', () => {
    expect(property('profile').enum).toEqual(PROFILE_IDS);
    expect(Object.keys(property('categoryActions').properties!)).toEqual([...CATEGORIES]);
    for (const category of CATEGORIES) {
      expect(property('categoryActions', category).enum).toEqual([...ACTIONS]);
      expect(property('categorySensitivity', category).enum).toEqual([...SENSITIVITIES]);
    }
    expect(Object.keys(property('selectorOverrides', '*').properties!).sort()).toEqual([...SELECTOR_FIELDS].sort());
    expect(property('kidsMode', 'ageBand').enum).toEqual([...AGE_BANDS]);
    expect(property('cacheMode').enum).toEqual([...CACHE_MODES]);
    expect(property('disabledFeatures', '[]').enum).toEqual([...UI_FEATURES]);
    expect(Object.keys(property('customRules', '[]').properties!).sort()).toEqual(['action', 'caseSensitive', 'category', 'description', 'directions', 'id', 'kind', 'pattern']);
  });

  it('the value check refuses what does not fit (Chrome would not deliver it)', () => {
    expect(valueProblems({ profile: 'lenient' }, schema)).toEqual(['(top).profile: not one of standard, strict, kids, enterprise']);
    expect(valueProblems({ audit: { maxRecords: 5 } }, schema)).toEqual(['(top).audit.maxRecords: below 100']);
    expect(valueProblems({ sites: { paused: 'a.com' } }, schema)).toEqual(['(top).sites.paused: expected array']);
  });
});
