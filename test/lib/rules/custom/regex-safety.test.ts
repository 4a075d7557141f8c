import { describe, expect, it } from 'vitest';
import { checkRegexSafety, safetyResult } from '../../../../lib/rules/custom/regex-safety.ts';

describe('checkRegexSafety', () => {
  it.each(['(a+)+$', '(a|a)*b', '^(\\w+\\s?)*$', '(\\d+)*x'])('refuses %s as exponential, with an example input', async (source) => {
    const result = await checkRegexSafety(source, 'u');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^This expression can take exponential time on input like '.+….*' \(ReDoS\); rewrite it without nested repetition/);
  });

  it('refuses a quadratic pattern and says how to avoid it', async () => {
    const result = await checkRegexSafety('.*foo.*', 'iu');
    expect(!result.ok && result.error).toMatch(/quadratic time/);
  });

  it.each([
    ['ACME-\\d{4,8}', 'iu'],
    ['project\\s+falcon', 'iu'],
    ['[A-Z]{2}\\d{6}', 'u'],
    ['\\b(?:acme|globex)[-_ ]?(?:internal|secret)\\b', 'iu'],
    ['^[a-z]+@[a-z]+\\.com$', 'u'],
  ])('accepts %s', async (source, flags) => {
    expect(await checkRegexSafety(source, flags)).toEqual({ ok: true, value: undefined });
  });

  it('puts recheck’s other answers into sentences', () => {
    const unknown = (error: object) => safetyResult({ source: 'x', flags: '', status: 'unknown', error } as never);
    expect(unknown({ kind: 'timeout' })).toEqual({ ok: false, error: expect.stringMatching(/could not be proven safe in time/) });
    expect(unknown({ kind: 'invalid', message: 'bad escape' })).toEqual({ ok: false, error: 'This regular expression is not valid: bad escape.' });
    expect(unknown({ kind: 'unsupported', message: 'backreference' })).toEqual({ ok: false, error: expect.stringMatching(/does not support \(backreference\)/) });
    expect(unknown({ kind: 'unexpected', message: '?' }).ok).toBe(false);
  });
}, 60_000);
