import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from '../../../lib/pii/ascii-digits.ts';

describe('toAsciiDigits', () => {
  it('folds other scripts’ decimal digits to ASCII, one code unit for one', () => {
    const input = 'بطاقة ٤٣٧٧٨٧٧١٨٩٦٣٥١٣٧ / कार्ड ४३७७ / ๔๓๗๗ / ۴۳۷۷';
    const output = toAsciiDigits(input);
    expect(output).toBe('بطاقة 4377877189635137 / कार्ड 4377 / 4377 / 4377');
    expect(output).toHaveLength(input.length);
  });
  it('returns ASCII text and astral digits unchanged', () => {
    const ascii = 'plain 123 text';
    expect(toAsciiDigits(ascii)).toBe(ascii);
    expect(toAsciiDigits('math 𝟏𝟐')).toBe('math 𝟏𝟐');
  });
  it('knows every BMP decimal digit Unicode knows, and nothing else', () => {
    const differs: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if ((toAsciiDigits(`x${char}`) !== `x${char}`) !== /[^\P{Nd}0-9]/u.test(char)) differs.push(code);
    }
    expect(differs).toEqual([]);
  });
});
