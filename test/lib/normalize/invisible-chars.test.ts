import { describe, expect, it } from 'vitest';
import {
  BACKSPACE,
  BIDI_EMBEDDING,
  BIDI_MARK,
  BIDI_OVERRIDE,
  CONTROL,
  invisibleKind,
  isPlainAscii,
  LINE_BREAK,
  LONE_SURROGATE,
  TAG,
  VARIATION_SELECTOR,
  VISIBLE,
  ZERO_WIDTH,
} from '../../../lib/normalize/invisible-chars.ts';

describe('invisibleKind', () => {
  it.each([
    [0x41, VISIBLE],
    [0x0a, VISIBLE],
    [0x08, BACKSPACE],
    [0x7f, BACKSPACE],
    [0x01, CONTROL],
    [0x9b, CONTROL],
    [0x0c, LINE_BREAK],
    [0x2028, LINE_BREAK],
    [0x200b, ZERO_WIDTH],
    [0x2060, ZERO_WIDTH],
    [0xfeff, ZERO_WIDTH],
    [0xad, ZERO_WIDTH],
    [0x3164, ZERO_WIDTH],
    [0x200f, BIDI_MARK],
    [0x202a, BIDI_EMBEDDING],
    [0x2066, BIDI_EMBEDDING],
    [0x202e, BIDI_OVERRIDE],
    [0xe0041, TAG],
    [0xfe0f, VARIATION_SELECTOR],
    [0xe0100, VARIATION_SELECTOR],
    [0xd800, LONE_SURROGATE],
    [0x1f600, VISIBLE],
    [0x4e2d, VISIBLE],
  ])('U+%s', (cp, kind) => {
    expect(invisibleKind(cp)).toBe(kind);
  });

  it('knows plain ASCII', () => {
    expect(isPlainAscii(0x20)).toBe(true);
    expect(isPlainAscii(0x09)).toBe(true);
    expect(isPlainAscii(0x08)).toBe(false);
    expect(isPlainAscii(0xe9)).toBe(false);
  });
});
