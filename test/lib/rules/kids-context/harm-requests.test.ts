import { describe, expect, it } from 'vitest';
import { ACTING_INTENT, HARM_REQUEST_RULES, HARM_TO_OTHERS, INSTRUCTION_IN_FICTION, REAL_TARGET } from '../../../../lib/rules/kids-context/harm-requests.ts';
import { redosVerdict } from '../../../support/redos-check.ts';

describe('kids-context harm request vocabulary', () => {
  it('tells asking to act from asking how things work', () => {
    expect(ACTING_INTENT.test('how do i hurt someone')).toBe(true);
    expect(ACTING_INTENT.test('how do vaccines kill germs')).toBe(false);
    expect(HARM_TO_OTHERS.test('make my brother stop breathing')).toBe(true);
    expect(REAL_TARGET.test('at school')).toBe(true);
    expect(REAL_TARGET.test('the dragon')).toBe(false);
    expect(INSTRUCTION_IN_FICTION.test('a story where he explains step by step')).toBe(true);
  });

  it('has unique rule ids', () => {
    const ids = HARM_REQUEST_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const patterns: Array<readonly [string, RegExp]> = [
    ['acting-intent', ACTING_INTENT],
    ['harm-to-others', HARM_TO_OTHERS],
    ['real-target', REAL_TARGET],
    ['instruction-in-fiction', INSTRUCTION_IN_FICTION],
    ...HARM_REQUEST_RULES.map((rule) => [rule.id, rule.pattern] as const),
  ];
  it.each(patterns)('%s passes the ReDoS check (recheck)', { timeout: 300_000 }, async (_name, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  });
});
