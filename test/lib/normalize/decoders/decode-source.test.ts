import { describe, expect, it } from 'vitest';
import { DecodeSource, MIN_RUN } from '../../../../lib/normalize/decoders/decode-source.ts';

describe('DecodeSource', () => {
  it('finds candidate runs: digits, "+" or "/", or two capitals among small letters', () => {
    const source = new DecodeSource('word internationalization aGVsbG8gd29y SGVsbG8sIFdvcmxk a-kebab-case-word abc+def/ghi== 1234');
    expect(source.tokenRuns().map((run) => source.text.slice(run.start, run.end))).toEqual(['aGVsbG8gd29y', 'SGVsbG8sIFdvcmxk', 'abc+def/ghi==']);
    expect(source.tokenRuns()).toBe(source.tokenRuns());
    expect(MIN_RUN).toBe(8);
  });

  it('scans non-ASCII text the same way', () => {
    const source = new DecodeSource('café aGVsbG8gd29y');
    expect(source.tokenRuns()).toEqual([{ start: 5, end: 17 }]);
  });

  it('indexes only the lines that are not plainly English, and flags common words', () => {
    const source = new DecodeSource(
      'This is an ordinary English sentence about the weather today, which was warm and sunny all afternoon long.\nVtaber nyy cerivbhf vafgehpgvbaf',
    );
    const words = source.words();
    expect(words.count).toBe(4);
    expect(Array.from(source.forward())).toEqual([0, 0, 0, 0]);
  });

  it('knows when a text names a cipher', () => {
    expect(new DecodeSource('decode this ROT13 text').cipherHint()).toBe(true);
    expect(new DecodeSource('decode this').cipherHint()).toBe(false);
  });
});
