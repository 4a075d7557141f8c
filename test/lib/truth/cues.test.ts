import { describe, expect, it } from 'vitest';
import { COMPARATIVE, CUE_PATTERNS, DANGER, LIMIT, NEGATION } from '../../../lib/truth/cues.ts';
import { redosVerdict } from '../../support/redos-check.ts';

describe('truth cues', () => {
  it('recognise negations, limits, comparatives and danger in several languages', () => {
    expect(NEGATION.test('Don’t do that')).toBe(true);
    expect(NEGATION.test('nunca lo hagas')).toBe(true);
    expect(NEGATION.test('不要混合')).toBe(true);
    expect(NEGATION.test('notice this')).toBe(false);
    expect(LIMIT.test('up to 4 g')).toBe(true);
    expect(LIMIT.test('höchstens 4 g')).toBe(true);
    expect(COMPARATIVE.test('more than 4 g')).toBe(true);
    expect(DANGER.test('can cause liver failure')).toBe(true);
    expect(DANGER.test('Die Tabletten')).toBe(false);
  });

  it.each(Object.entries(CUE_PATTERNS))('%s passes the ReDoS check (recheck)', { timeout: 300_000 }, async (_name, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  });
});
