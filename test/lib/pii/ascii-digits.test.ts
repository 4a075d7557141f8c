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
});
