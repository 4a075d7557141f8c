import { describe, expect, it } from 'vitest';
import { customRegexFlags, MAX_KEYWORD_CHARS, validateCustomRule } from '../../../../lib/rules/custom/validate-custom-rule.ts';

const keyword = { id: 'project-falcon', kind: 'keyword', pattern: 'Project Falcon', category: 'secrets', action: 'block', description: 'Internal code name' };
const regex = { id: 'ticket-id', kind: 'regex', pattern: 'ACME-\\d{4,8}', category: 'pii', action: 'redact', description: 'Ticket ids' };

describe('validateCustomRule', () => {
  it('accepts a keyword and a regex rule and returns only the known fields', () => {
    expect(validateCustomRule(keyword)).toEqual({ ok: true, value: keyword });
    expect(validateCustomRule({ ...regex, directions: ['inbound', 'inbound'] })).toEqual({ ok: true, value: { ...regex, directions: ['inbound'] } });
  });

  it('refuses bad ids, empty or long patterns, unknown categories and actions, long descriptions', () => {
    for (const bad of [
      { ...keyword, id: 'Project_Falcon' },
      { ...keyword, id: 'a'.repeat(65) },
      { ...keyword, pattern: '' },
      { ...regex, pattern: `a${'b'.repeat(500)}` },
      { ...keyword, category: 'nonsense' },
      { ...keyword, action: 'allow' },
      { ...keyword, description: 'x'.repeat(201) },
      { ...keyword, kind: 'glob' },
      'not a rule',
      null,
    ]) {
      expect(validateCustomRule(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('quotes the engine’s reason when a regex does not compile with the u flag', () => {
    const result = validateCustomRule({ ...regex, pattern: '(unclosed' });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/^rule "ticket-id": this regular expression is not valid: .*(group|parenthe)/i);
    // Valid without `u`, invalid with it: the rule runs with `u`, so it is refused.
    expect(validateCustomRule({ ...regex, pattern: '\\-' }).ok).toBe(false);
  });

  it('refuses a regex that matches the empty text (it would flag every message)', () => {
    const result = validateCustomRule({ ...regex, pattern: 'x*' });
    expect(!result.ok && result.error).toMatch(/matches an empty text/);
  });

  it('limits keywords: length, control characters, at least one letter or digit', () => {
    expect(validateCustomRule({ ...keyword, pattern: 'a'.repeat(MAX_KEYWORD_CHARS) }).ok).toBe(true);
    expect(validateCustomRule({ ...keyword, pattern: 'a'.repeat(MAX_KEYWORD_CHARS + 1) }).ok).toBe(false);
    expect(validateCustomRule({ ...keyword, pattern: 'two\nlines' }).ok).toBe(false);
    expect(validateCustomRule({ ...keyword, pattern: '!!!' }).ok).toBe(false);
    expect(validateCustomRule({ ...keyword, pattern: 'C++' }).ok).toBe(true);
  });

  it('reserves detector-failure for checks that could not run', () => {
    expect(validateCustomRule({ ...keyword, category: 'detector-failure' }).ok).toBe(false);
  });

  it('runs regexes with u, and i unless case-sensitive', () => {
    expect(customRegexFlags({})).toBe('iu');
    expect(customRegexFlags({ caseSensitive: true })).toBe('u');
  });
});
