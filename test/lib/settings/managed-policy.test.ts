import { describe, expect, it } from 'vitest';
import { MANAGED_KEYS, parseManagedPolicy } from '../../../lib/settings/managed-policy.ts';

const RULE = { id: 'code-name', kind: 'keyword', pattern: 'Bluebird', category: 'secrets', action: 'block', description: 'Project code name' };

describe('parseManagedPolicy', () => {
  it('no policy (undefined, null, {}) is an empty policy', () => {
    for (const raw of [undefined, null, {}]) expect(parseManagedPolicy(raw)).toEqual({ settings: {}, disabledFeatures: [], problems: [] });
    expect(parseManagedPolicy('policy').problems).toEqual(['managed policy: must be an object']);
  });

  it('maps every key onto settings', () => {
    const policy = parseManagedPolicy({
      profile: 'enterprise',
      categoryActions: { pii: 'block', secrets: 'redact' },
      categorySensitivity: { pii: 'higher', 'prompt-attack': 'lower' },
      sites: { paused: ['Intranet.Example.com'] },
      allowLists: { imageHosts: ['cdn.example.com'] },
      customRules: [RULE],
      kidsMode: { enabled: true, ageBand: '13-15' },
      cacheMode: 'off',
      disabledFeatures: ['pause', 'feedback', 'pause'],
      audit: { scope: 'all', maxRecords: 50_000, collector: { url: 'https://siem.example.com/v1/logs', headers: { Authorization: 'Bearer x' } } },
      selectorOverrides: { chatgpt: { composer: ['#prompt'] } },
    });
    expect(policy).toEqual({
      settings: {
        profile: 'enterprise',
        categories: { pii: { action: 'block', sensitivity: 'higher' }, secrets: { action: 'redact' }, 'prompt-attack': { sensitivity: 'lower' } },
        sites: { paused: ['intranet.example.com'] },
        allowLists: { imageHosts: ['cdn.example.com'], packages: [], phrases: [] },
        customRules: [RULE],
        kids: { enabled: true, ageBand: '13-15' },
        cacheMode: 'off',
        audit: { scope: 'all', maxRecords: 50_000, collector: { url: 'https://siem.example.com/v1/logs', headers: { Authorization: 'Bearer x' } } },
      },
      disabledFeatures: ['pause', 'feedback'],
      selectorOverrides: { chatgpt: { composer: ['#prompt'] } },
      problems: [],
    });
  });

  it('skips and reports invalid values, never throws', () => {
    const policy = parseManagedPolicy({
      profile: 'lenient',
      categoryActions: { pii: 'shout', secrets: 'block', spam: 'block' },
      sites: 'chatgpt.com',
      cacheMode: 'sometimes',
      kidsMode: { enabled: true, ageBand: 'toddler' },
      customRules: [RULE, { ...RULE, id: 'bad', pattern: '' }],
      disabledFeatures: ['pause', 'everything'],
      audit: ['all'],
      mode: 'block',
      selectorOverrides: { 'Not An Id': {} },
    });
    expect(policy.settings).toEqual({
      categories: { secrets: { action: 'block' } },
      customRules: [RULE],
      // A misspelt band still turns Kids mode on (with the default band): safer than no Kids mode.
      kids: { enabled: true, ageBand: '9-12' },
    });
    expect(policy.disabledFeatures).toEqual(['pause']);
    expect(policy.problems).toEqual([
      expect.stringContaining('profile: unknown profile'),
      expect.stringContaining('categoryActions.pii: expected'),
      'categoryActions.spam: unknown category',
      'sites: must be an object with a "paused" list',
      expect.stringContaining('customRules[1]'),
      expect.stringContaining('kidsMode.ageBand'),
      expect.stringContaining('cacheMode: unknown cache mode'),
      'audit: must be an object',
      expect.stringContaining('"everything" is not a feature'),
      expect.stringContaining('selectorOverrides: "Not An Id"'),
      'mode: unknown policy key (ignored)',
    ]);
  });

  it('reads objects and lists given as JSON text (registry strings, some MDM tools)', () => {
    const policy = parseManagedPolicy({ sites: '{"paused":["a.example.com"]}', disabledFeatures: '["options"]', allowLists: '{"phrases": [' });
    expect(policy.settings).toEqual({ sites: { paused: ['a.example.com'] } });
    expect(policy.disabledFeatures).toEqual(['options']);
    expect(policy.problems).toEqual(['allowLists: not valid JSON']);
  });

  it('knows its keys', () => {
    expect(MANAGED_KEYS).toContain('selectorOverrides');
    expect(MANAGED_KEYS).toHaveLength(11);
  });
});
