import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../lib/core/result.ts';
import { draftFromRule, emptyDraft, ruleFromDraft, ruleIdFor, withoutRule, withRule, type RuleChecks } from '../../../lib/options/custom-rule-form.ts';
import { validateCustomRule } from '../../../lib/rules/custom/validate-custom-rule.ts';
import type { CustomRule } from '../../../lib/settings/user-settings.ts';

const rule = (id: string, extra: Partial<CustomRule> = {}): CustomRule => ({ id, kind: 'keyword', pattern: 'falcon', category: 'secrets', action: 'warn', description: 'Falcon', ...extra });

describe('ruleIdFor', () => {
  it('derives a kebab-case id from the description, unique among the taken ones', () => {
    expect(ruleIdFor('Project Falcon — code name!', new Set())).toBe('project-falcon-code-name');
    expect(ruleIdFor('Falcon', new Set(['falcon', 'falcon-2']))).toBe('falcon-3');
    expect(ruleIdFor('日本語', new Set())).toBe('rule');
    expect(ruleIdFor('x'.repeat(200), new Set()).length).toBeLessThanOrEqual(60);
  });
});

describe('ruleFromDraft', () => {
  const safe: RuleChecks = { validateCustomRule, checkRegexSafety: () => ok(undefined) };

  it('builds a keyword rule without asking the ReDoS check', async () => {
    const checkRegexSafety = vi.fn(() => ok(undefined));
    const result = await ruleFromDraft({ ...emptyDraft(), pattern: 'Project Falcon', description: 'Code name' }, [], { validateCustomRule, checkRegexSafety });
    expect(result).toEqual({ ok: true, value: { id: 'code-name', kind: 'keyword', pattern: 'Project Falcon', category: 'secrets', action: 'warn', description: 'Code name' } });
    expect(checkRegexSafety).not.toHaveBeenCalled();
  });

  it('runs the ReDoS check on a regex with the flags it runs with, and reports its reason', async () => {
    const checkRegexSafety = vi.fn(async () => err('This expression can take exponential time (ReDoS)'));
    const draft = { ...emptyDraft(), kind: 'regex' as const, pattern: '(a+)+$', description: 'Bad' };
    expect(await ruleFromDraft(draft, [], { validateCustomRule, checkRegexSafety })).toEqual({ ok: false, error: 'This expression can take exponential time (ReDoS)' });
    expect(checkRegexSafety).toHaveBeenCalledWith('(a+)+$', 'iu');
    await ruleFromDraft({ ...draft, caseSensitive: true }, [], { validateCustomRule, checkRegexSafety });
    expect(checkRegexSafety).toHaveBeenLastCalledWith('(a+)+$', 'u');
  });

  it('reports the validator’s reason for a bad draft', async () => {
    const result = await ruleFromDraft({ ...emptyDraft(), kind: 'regex', pattern: '(', description: 'Broken' }, [], safe);
    expect(result.ok).toBe(false);
    expect(await ruleFromDraft({ ...emptyDraft(), pattern: 'x', description: '' }, [], safe)).toMatchObject({ ok: false });
  });

  it('keeps an edited rule’s id and direction choice', async () => {
    const existing = rule('falcon', { directions: ['outbound'] });
    const draft = { ...draftFromRule(existing), pattern: 'hawk' };
    expect(draft.directions).toBe('outbound');
    const result = await ruleFromDraft(draft, [existing], safe);
    expect(result).toMatchObject({ ok: true, value: { id: 'falcon', pattern: 'hawk', directions: ['outbound'] } });
  });
});

describe('withRule / withoutRule', () => {
  it('replaces an edited rule in place, appends a new one, removes by id', () => {
    const rules = [rule('a'), rule('b')];
    expect(withRule(rules, rule('b', { pattern: 'new' }), 'b').map((r) => r.pattern)).toEqual(['falcon', 'new']);
    expect(withRule(rules, rule('c')).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(withoutRule(rules, 'a').map((r) => r.id)).toEqual(['b']);
  });
});
