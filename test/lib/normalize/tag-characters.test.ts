import { describe, expect, it } from 'vitest';
import { extendRun, type HiddenRun } from '../../../lib/normalize/hidden-run.ts';
import { decodeTagRun, isEmojiTagSequence } from '../../../lib/normalize/tag-characters.ts';

function runsOf(text: string): HiddenRun[] {
  const runs: HiddenRun[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0xe0000 && cp <= 0xe007f) extendRun(runs, cp, i, i + width);
    i += width;
  }
  return runs;
}

describe('tag characters', () => {
  it('recognises emoji subdivision flags', () => {
    const scotland = '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(isEmojiTagSequence(scotland, runsOf(scotland)[0]!)).toBe(true);
    const noFlag = 'x\u{E0067}\u{E0062}\u{E007F}';
    expect(isEmojiTagSequence(noFlag, runsOf(noFlag)[0]!)).toBe(false);
    const notLetters = '🏴\u{E0049}\u{E0020}\u{E007F}';
    expect(isEmojiTagSequence(notLetters, runsOf(notLetters)[0]!)).toBe(false);
  });

  it('decodes tags to ASCII, each letter mapped to its tag', () => {
    const text = 'hi\u{E0048}\u{E0069}\u{E0001}';
    const decoded = decodeTagRun(runsOf(text)[0]!);
    expect(decoded.text).toBe('Hi');
    expect(decoded.starts).toEqual([2, 4]);
    expect(decoded.ends).toEqual([4, 6]);
  });

  it('copies visible characters a run was merged across', () => {
    const decoded = decodeTagRun({ start: 0, end: 5, codePoints: [0xe0049, 0x2019, 0xe0073], offsets: [0, 2, 3] });
    expect(decoded.text).toBe('I\u2019s');
  });
});
