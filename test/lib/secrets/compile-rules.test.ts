import { describe, expect, it } from 'vitest';
import type { SecretRule } from '../../../lib/rules/secrets/secret-rule.ts';
import { compileRules, ruleFlags } from '../../../lib/secrets/compile-rules.ts';

const rule = (id: string, keywords: string[], window?: SecretRule['window'], atTokenRuns?: true): SecretRule => ({
  id,
  family: 'generic',
  provider: 'Test',
  description: 'a test rule',
  severity: 'low',
  redactAs: 'TEST',
  keywords,
  pattern: '(?<secret>x)',
  ...(window ? { window } : {}),
  ...(atTokenRuns ? { atTokenRuns } : {}),
  score: 0.9,
  reference: 'https://example.invalid',
  examples: { flagged: [], clean: [] },
});

describe('compileRules', () => {
  const set = compileRules([
    rule('short', ['sk-']),
    rule('long', ['sk-ant-']),
    rule('window', ['-us'], { before: 32, after: 3 }),
    rule('runs', [], undefined, true),
  ]);

  it('compiles sticky patterns for keyword-anchored rules and global ones for windowed rules', () => {
    expect(set.rules[0]!.regex.flags).toBe('dy');
    expect(set.rules[2]!.regex.flags).toBe('dg');
    expect(ruleFlags(set.rules[2]!.rule)).toBe('g');
    expect(set.rules[3]!.regex.flags).toBe('dy');
  });

  it('lists the keyword-less rules apart, to be tried at token runs', () => {
    expect(set.atTokenRuns).toEqual([3]);
    expect(set.rulesByKeyword.flat()).not.toContain(3);
  });

  it('tries, at a keyword hit, the rules of every keyword it starts with', () => {
    const keywords = set.prefilter.keywords;
    expect(set.rulesByKeyword[keywords.indexOf('sk-ant-')]).toEqual([0, 1]);
    expect(set.rulesByKeyword[keywords.indexOf('sk-')]).toEqual([0]);
    expect(set.rulesByKeyword[keywords.indexOf('-us')]).toEqual([2]);
  });
});
