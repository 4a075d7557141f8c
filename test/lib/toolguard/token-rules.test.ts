import { describe, expect, it } from 'vitest';
import { POWERSHELL_RULES } from '../../../lib/toolguard/powershell-rules.ts';
import { RULES } from '../../../lib/toolguard/rule-catalogue.ts';
import { SCRIPT_RULES } from '../../../lib/toolguard/script-rules.ts';
import { runTokenRules, type TokenRule } from '../../../lib/toolguard/token-rules.ts';
import { WINDOWS_RULES } from '../../../lib/toolguard/windows-rules.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const ALL = [...POWERSHELL_RULES, ...WINDOWS_RULES, ...SCRIPT_RULES];

const probe: TokenRule = {
  id: 'probe',
  rule: 'secret-read',
  anchors: ['foo'],
  pattern: /foo\d{1,3}/iy,
  near: { patterns: [/\bbar\b/i], window: 10 },
  reference: 'test',
  examples: { flagged: [], clean: [] },
};

describe('runTokenRules', () => {
  it('matches only where an anchor starts, with the evidence near, and reports offsets', () => {
    const text = 'xfoo1 bar .......................... foo2 ...................... bar';
    expect(runTokenRules([probe], text)).toEqual([{ rule: 'secret-read', start: 1, end: 5 }]);
  });

  it('matches case-insensitively and keeps a rule score', () => {
    expect(runTokenRules([{ ...probe, near: undefined, score: 0.3 }], 'FOO12')).toEqual([{ rule: 'secret-read', start: 0, end: 5, score: 0.3 }]);
  });

  it('keeps at most a few matches per rule', () => {
    expect(runTokenRules([{ ...probe, near: undefined }], 'foo1 '.repeat(1_000)).length).toBe(8);
  });

  it('keeps offsets right when lower-casing changes the length (İ)', () => {
    const text = 'İİ foo7';
    expect(runTokenRules([{ ...probe, near: undefined }], text)).toEqual([{ rule: 'secret-read', start: 3, end: 7 }]);
  });

  // An İ anywhere once made the whole text be searched as written, so capitals hid every anchor.
  it('still finds anchors case-insensitively when the text holds an İ', () => {
    expect(runTokenRules([{ ...probe, near: undefined }], 'İstanbul FOO7')).toEqual([{ rule: 'secret-read', start: 9, end: 13 }]);
  });
});

describe('token rule definitions', () => {
  it('have unique ids, lower-case anchors, sticky case-insensitive patterns and a known rule', () => {
    expect(new Set(ALL.map((rule) => rule.id)).size).toBe(ALL.length);
    for (const rule of ALL) {
      expect(rule.anchors.length, rule.id).toBeGreaterThan(0);
      for (const anchor of rule.anchors) expect(anchor, rule.id).toBe(anchor.toLowerCase());
      expect(rule.pattern.flags, rule.id).toContain('y');
      expect(rule.pattern.flags, rule.id).toContain('i');
      expect(RULES[rule.rule], rule.id).toBeDefined();
      for (const pattern of rule.near?.patterns ?? []) expect(pattern.flags, rule.id).not.toContain('g');
    }
  });

  for (const rule of ALL) {
    it(`${rule.id}: its own examples`, () => {
      expect(rule.examples.flagged.length).toBeGreaterThan(0);
      for (const text of rule.examples.flagged) expect(runTokenRules([rule], text).length, text).toBeGreaterThan(0);
      for (const text of rule.examples.clean) expect(runTokenRules([rule], text), text).toEqual([]);
    });
  }
});

/** ReDoS: each pattern checked as it runs (sticky at an anchor); `near` patterns as searched. */
describe('token rule patterns pass the ReDoS check (recheck)', () => {
  for (const [name, rules] of [
    ['powershell', POWERSHELL_RULES],
    ['windows', WINDOWS_RULES],
    ['script', SCRIPT_RULES],
  ] as const) {
    it(name, { timeout: 600_000 }, async () => {
      const verdicts: Record<string, string> = {};
      const patterns = rules.flatMap((rule) => [[rule.id, rule.pattern] as const, ...(rule.near?.patterns ?? []).map((pattern, i) => [`${rule.id}.near${i}`, pattern] as const)]);
      for (let i = 0; i < patterns.length; i += 4) {
        await Promise.all(patterns.slice(i, i + 4).map(async ([id, pattern]) => (verdicts[id] = await redosVerdict(pattern.source, pattern.flags))));
      }
      expect(verdicts).toEqual(Object.fromEntries(patterns.map(([id]) => [id, 'safe'])));
    });
  }
});
