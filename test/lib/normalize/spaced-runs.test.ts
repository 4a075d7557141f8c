import { describe, expect, it } from 'vitest';
import { isLetterOrDigit, isSplitSeparator, punctuationSplitRuns, spacedRuns } from '../../../lib/normalize/spaced-runs.ts';

const slices = (text: string, runs: Array<{ start: number; end: number }>) => runs.map((run) => text.slice(run.start, run.end));

describe('spaced runs', () => {
  it('finds single characters one to three blanks apart', () => {
    const text = 'say i g n o r e   a l l     x y now';
    expect(slices(text, spacedRuns(text))).toEqual(['i g n o r e   a l l', 'x y']);
  });

  it('keeps astral characters whole', () => {
    expect(slices('😀 😀 ok', spacedRuns('😀 😀 ok'))).toEqual(['😀 😀']);
  });

  it('finds letters split by punctuation', () => {
    const text = 'i.g.n.o.r.e all, e.g. a-b-cd, 1.2';
    expect(slices(text, punctuationSplitRuns(text))).toEqual(['i.g.n.o.r.e', 'e.g', 'a-b', '1.2']);
  });

  it('finds one character per line', () => {
    const text = 'i\ng\nn\no\nr\ne\n \na\nl\nl\n\nthe end';
    expect(slices(text, spacedRuns(text))).toEqual(['i\ng\nn\no\nr\ne\n \na\nl\nl']);
  });

  it('finds letters split by symbols and emoji, but not CJK lists', () => {
    const text = 'say i🔹g🔹n🔹o🔹r🔹e a•l•l now, 甲、乙、丙';
    expect(slices(text, punctuationSplitRuns(text))).toEqual(['i🔹g🔹n🔹o🔹r🔹e', 'a•l•l']);
  });

  it('classify characters', () => {
    expect(isLetterOrDigit('ж'.charCodeAt(0))).toBe(true);
    expect(isLetterOrDigit('-'.charCodeAt(0))).toBe(false);
    expect(isSplitSeparator('·'.charCodeAt(0))).toBe(true);
    expect(isSplitSeparator(' '.charCodeAt(0))).toBe(false);
    expect(isSplitSeparator('★'.charCodeAt(0))).toBe(true);
    expect(isSplitSeparator('、'.charCodeAt(0))).toBe(false);
    expect(isSplitSeparator('é'.charCodeAt(0))).toBe(false);
    expect(isSplitSeparator(''.charCodeAt(0))).toBe(false);
  });
});
