import { describe, expect, it } from 'vitest';
import { assignmentRule, namedKeyRule, tokenRule } from '../../../../lib/rules/secrets/define-rule.ts';

const common = {
  family: 'saas',
  provider: 'Acme',
  description: 'Acme test key',
  severity: 'high',
  redactAs: 'API_KEY',
  score: 0.9,
  reference: 'https://example.invalid',
  examples: { flagged: [], clean: [] },
} as const;

describe('tokenRule', () => {
  it('builds a bounded, prefix-keyed pattern with an entropy floor', () => {
    const rule = tokenRule({ ...common, id: 'acme-token', prefixes: ['acme_'], body: '[a-z0-9]{8}' });
    expect(rule.keywords).toEqual(['acme_']);
    expect(rule.prefix).toBe('acme_');
    expect(rule.minEntropy).toBe(3);
    const regex = new RegExp(rule.pattern, 'y');
    expect(regex.exec('acme_a1b2c3d4')?.groups?.['secret']).toBe('acme_a1b2c3d4');
    regex.lastIndex = 1;
    expect(regex.exec('xacme_a1b2c3d4')).toBeNull();
  });

  it('lower-cases several prefixes into keywords and has no single prefix', () => {
    const rule = tokenRule({ ...common, id: 'acme-token', prefixes: ['ACME_', 'acmx_'], body: '[a-z]{4}' });
    expect(rule.keywords).toEqual(['acme_', 'acmx_']);
    expect(rule.prefix).toBeUndefined();
  });
});

describe('assignmentRule', () => {
  it('matches a vendor-named assignment and spans only the value', () => {
    const rule = assignmentRule({ ...common, id: 'acme-key', names: ['acme'], value: '[a-f0-9]{8}' });
    const regex = new RegExp(rule.pattern, 'yd');
    const text = 'ACME_API_KEY = "a1b2c3d4"';
    const match = regex.exec(text)!;
    expect(text.slice(...match.indices!.groups!['secret']!)).toBe('a1b2c3d4');
    expect(match.groups!['name']).toBe('ACME_API_KEY ');
  });

  it('does not start inside another word (rookTable is not okta)', () => {
    const rule = assignmentRule({ ...common, id: 'okta-key', names: ['okta'], value: '[a-z0-9]{4}' });
    const regex = new RegExp(rule.pattern, 'y');
    regex.lastIndex = 2;
    expect(regex.exec('rookTable = ab12')).toBeNull();
    regex.lastIndex = 2;
    expect(regex.exec('myOktaKey = ab12')).not.toBeNull();
  });
});

describe('namedKeyRule', () => {
  const preset = { family: 'saas', severity: 'high', redactAs: 'API_KEY', kind: 'API key' } as const;
  const spec = { id: 'acme-key', provider: 'Acme', names: ['acme'], value: '[a-z0-9]{32}', flagged: 'f', clean: 'c', reference: 'r' };

  it('shares the description, checks and score of every vendor-named rule', () => {
    const rule = namedKeyRule(preset, spec);
    expect(rule).toMatchObject({
      id: 'acme-key',
      family: 'saas',
      description: 'Acme API key in a Acme-named variable.',
      severity: 'high',
      redactAs: 'API_KEY',
      checks: ['secret-name', 'has-digit'],
      score: 0.88,
      minEntropy: 3,
      keywords: ['acme'],
      examples: { flagged: ['f'], clean: ['c'] },
    });
  });

  it('lets a rule override its family, checks and entropy floor', () => {
    const rule = namedKeyRule(preset, { ...spec, family: 'devops', checks: ['secret-name'], minEntropy: 2.5 });
    expect(rule).toMatchObject({ family: 'devops', checks: ['secret-name'], minEntropy: 2.5 });
  });
});
