import { describe, expect, it } from 'vitest';
import { decodeSelectorRun, isSelectorPayload, variationSelectorByte } from '../../../lib/normalize/variation-selectors.ts';

describe('variation selectors', () => {
  it('map to bytes', () => {
    expect(variationSelectorByte(0xfe00)).toBe(0);
    expect(variationSelectorByte(0xfe0f)).toBe(15);
    expect(variationSelectorByte(0xe0100)).toBe(16);
    expect(variationSelectorByte(0xe01ef)).toBe(255);
    expect(variationSelectorByte(0x41)).toBe(-1);
  });

  it('decode a run to UTF-8 text mapped to the selectors', () => {
    const bytes = [...new TextEncoder().encode('Hé')];
    const codePoints = bytes.map((b) => (b < 16 ? 0xfe00 + b : 0xe0100 + b - 16));
    const run = { start: 2, end: 2 + codePoints.length * 2, codePoints, offsets: codePoints.map((_, k) => 2 + 2 * k) };
    expect(isSelectorPayload(run)).toBe(true);
    const decoded = decodeSelectorRun(run);
    expect(decoded.text).toBe('Hé');
    expect([decoded.starts[1], decoded.ends[1]]).toEqual([4, 8]);
  });

  it('treat a single selector as ordinary', () => {
    expect(isSelectorPayload({ start: 0, end: 1, codePoints: [0xfe0f], offsets: [0] })).toBe(false);
  });
});
