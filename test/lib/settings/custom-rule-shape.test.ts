import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_CHARS, validateRuleShape } from '../../../lib/settings/custom-rule-shape.ts';

const RULE = { id: 'ticket-id', kind: 'regex', pattern: 'JIRA-\\d+', category: 'secrets', action: 'redact', description: 'Ticket ids' };

describe('validateRuleShape', () => {
  it('accepts a well-formed rule and keeps only known fields', () => {
    expect(validateRuleShape(RULE)).toEqual({ ok: true, value: RULE });
    expect(validateRuleShape({ ...RULE, caseSensitive: true, directions: ['inbound', 'inbound'] })).toEqual({
      ok: true,
      value: { ...RULE, caseSensitive: true, directions: ['inbound'] },
    });
  });

  it('names the first problem', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...RULE, id: 'Ticket' }, 'id:'],
      [{ ...RULE, kind: 'glob' }, 'kind must be'],
      [{ ...RULE, pattern: ' ' }, 'pattern must be'],
      [{ ...RULE, pattern: 'a'.repeat(MAX_PATTERN_CHARS + 1) }, 'pattern must be'],
      [{ ...RULE, category: 'spam' }, 'unknown category'],
      [{ ...RULE, action: 'allow' }, 'action must be'],
      [{ ...RULE, description: '' }, 'description must be'],
      [{ ...RULE, directions: [] }, 'directions'],
      [{ ...RULE, directions: ['sideways'] }, 'directions'],
      [{ ...RULE, caseSensitive: 'yes' }, 'caseSensitive'],
      [{ ...RULE, pattern: '(unclosed' }, 'does not compile'],
      [{ ...RULE, script: 'x' }, 'unknown field'],
    ];
    for (const [rule, expected] of cases) {
      const result = validateRuleShape(rule);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(expected);
    }
    expect(validateRuleShape(null)).toEqual({ ok: false, error: 'a rule must be an object' });
  });

  it('does not compile keyword patterns as regular expressions', () => {
    expect(validateRuleShape({ ...RULE, kind: 'keyword', pattern: '(C++' }).ok).toBe(true);
  });
});
