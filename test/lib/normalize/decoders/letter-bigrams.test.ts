import { describe, expect, it } from 'vitest';
import { average, bigramLogProbabilities, ENGLISH_LIKE, scorePairs } from '../../../../lib/normalize/decoders/letter-bigrams.ts';

describe('letter bigrams', () => {
  it('score English above its ROT13 and its reversal', () => {
    const english = 'the quick brown fox jumps over the lazy dog and then runs into the forest';
    const forward = average(scorePairs(english, 0, english.length));
    expect(forward).toBeGreaterThan(ENGLISH_LIKE);
    expect(average(scorePairs(english, 0, english.length, 13))).toBeLessThan(forward - 0.5);
    expect(average(scorePairs(english, 0, english.length, 0, true))).toBeLessThan(forward - 0.3);
  });

  it('count only pairs of letters', () => {
    expect(scorePairs('a b c', 0, 5).pairs).toBe(0);
    expect(scorePairs('abc', 0, 3).pairs).toBe(2);
    expect(average({ sum: 0, pairs: 0 })).toBe(0);
    expect(bigramLogProbabilities()).toHaveLength(676);
  });
});
