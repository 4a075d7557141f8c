import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../lib/truth/sentences.ts';

const texts = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits on terminators followed by space, line breaks and CJK terminators', () => {
    expect(texts('Take one. Then rest!\nAnother line')).toEqual(['Take one.', 'Then rest!', 'Another line']);
    expect(texts('不要混合。漂白剂有毒！')).toEqual(['不要混合。', '漂白剂有毒！']);
  });

  it('keeps decimals, abbreviations and dotted capitals inside a sentence', () => {
    expect(texts('Take 1.5 g, e.g. Tylenol. In the U.S. call 911. Next.')).toEqual(['Take 1.5 g, e.g. Tylenol.', 'In the U.S. call 911.', 'Next.']);
  });

  it('ends a sentence after a lower-case unit ("every 4 h.")', () => {
    expect(texts('Take 1 g every 4 h. Do not exceed 4 g.')).toEqual(['Take 1 g every 4 h.', 'Do not exceed 4 g.']);
  });

  it('cuts a run without punctuation into bounded pieces at spaces', () => {
    const spans = splitSentences('word '.repeat(1_000));
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const span of splitSentences('x'.repeat(5_000))) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('returns ordered, non-overlapping, trimmed spans inside the range for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.nat(50), (text, offset) => {
        const from = Math.min(offset, text.length);
        let last = from;
        for (const span of splitSentences(text, from)) {
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(/^\s/u.test(text[span.start]!)).toBe(false);
          last = span.end;
        }
      }),
    );
  });
});
