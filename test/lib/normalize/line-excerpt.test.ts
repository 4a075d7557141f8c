import { describe, expect, it } from 'vitest';
import { linesAround, MAX_CONTEXT, MAX_EXCERPT_CHARS, MAX_EXCERPTS } from '../../../lib/normalize/line-excerpt.ts';

describe('linesAround', () => {
  it('returns the lines holding the ranges, merged', () => {
    const text = 'one\ntwo x\nthree\nfour y z';
    const lines = linesAround(text, [{ start: 8, end: 9 }, { start: 21, end: 22 }, { start: 23, end: 24 }]);
    expect(lines.map((line) => text.slice(line.start, line.end))).toEqual(['two x', 'four y z']);
  });

  it('keeps at most MAX_CONTEXT characters either side on a long line', () => {
    const text = 'a'.repeat(5000) + 'X' + 'b'.repeat(5000);
    const [line] = linesAround(text, [{ start: 5000, end: 5001 }]);
    expect(line).toEqual({ start: 5000 - MAX_CONTEXT, end: 5001 + MAX_CONTEXT });
  });

  it('keeps at most MAX_EXCERPTS excerpts and about MAX_EXCERPT_CHARS characters', () => {
    const text = 'x\n'.repeat(1000);
    expect(linesAround(text, Array.from({ length: 1000 }, (_, k) => ({ start: 2 * k, end: 2 * k + 1 })))).toHaveLength(MAX_EXCERPTS);
    const long = ('y'.repeat(999) + '\n').repeat(100);
    const excerpts = linesAround(long, Array.from({ length: 100 }, (_, k) => ({ start: 1000 * k, end: 1000 * k + 1 })));
    expect(excerpts.reduce((sum, line) => sum + line.end - line.start, 0)).toBeLessThanOrEqual(MAX_EXCERPT_CHARS + 2 * MAX_CONTEXT + 1);
  });
});
