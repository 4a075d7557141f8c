import { describe, expect, it } from 'vitest';
import { FICTION, HARM_VOCABULARY, SCHOOL_QUESTION } from '../../../../lib/rules/kids-context/framing.ts';
import { redosVerdict } from '../../../support/redos-check.ts';

describe('kids-context framing vocabulary', () => {
  it('recognises stories, school questions and harm words', () => {
    expect(FICTION.test('schreib mir eine Geschichte über einen Drachen')).toBe(true);
    expect(FICTION.test('how do I hurt someone at school')).toBe(false);
    expect(SCHOOL_QUESTION.test('why did WW2 start')).toBe(true);
    expect(SCHOOL_QUESTION.test('how do I hurt someone')).toBe(false);
    expect(HARM_VOCABULARY.test('how can I be a good friend?')).toBe(false);
    expect(HARM_VOCABULARY.test('how to commit tax fraud')).toBe(true);
  });

  it.each([
    ['fiction', FICTION],
    ['school-question', SCHOOL_QUESTION],
    ['harm-vocabulary', HARM_VOCABULARY],
  ] as const)('%s passes the ReDoS check (recheck)', { timeout: 300_000 }, async (_name, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  });
});
