import { describe, expect, it } from 'vitest';
import { indexWords } from '../../../../lib/normalize/decoders/word-index.ts';
import { evidenceWeight, identityPositions, isNeutralWord, segmentRange, segmentWords } from '../../../../lib/normalize/decoders/word-segments.ts';

describe('word segments', () => {
  const text = 'hello there. gur dhvpx oebja sbk! and more';
  const index = indexWords(text, 100);
  // forward: hello, there, and, more are English.
  const forward = Uint8Array.from([1, 1, 0, 0, 0, 0, 1, 1]);

  it('split at words that are English as written or foreign', () => {
    expect(segmentWords(index, forward, new Set())).toEqual([{ first: 2, last: 5 }]);
  });

  it('widen a segment over glued punctuation', () => {
    expect(text.slice(segmentRange(text, index, { first: 2, last: 5 }).start, segmentRange(text, index, { first: 2, last: 5 }).end)).toBe(
      'gur dhvpx oebja sbk!',
    );
  });

  it('weigh words by length and know neutral words', () => {
    expect(evidenceWeight(index, 3)).toBe(4);
    expect(isNeutralWord(index, forward, new Set([index.forward[0]!]), 0)).toBe(true);
    expect(isNeutralWord(index, forward, new Set(), 0)).toBe(false);
  });

  it('make identity positions', () => {
    const positions = identityPositions(3, 5);
    expect(Array.from(positions.starts)).toEqual([3, 4]);
    expect(Array.from(positions.ends)).toEqual([4, 5]);
  });
});
