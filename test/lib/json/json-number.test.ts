import { describe, expect, it } from 'vitest';
import { numberLiteralHazard } from '../../../lib/json/json-number.ts';

describe('numberLiteralHazard', () => {
  it.each(['0', '-0', '1', '-1', '0.1', '1.50', '1e2', '1E+2', '2.5e-3', '9007199254740991', '-9007199254740991', '0.30000000000000004', '1.7976931348623157e308', '5e-324', '1e21', '0e999999', '123456789.123456'])(
    '%s is exact',
    (literal) => expect(numberLiteralHazard(literal)).toBeUndefined(),
  );

  it.each([
    ['9007199254740992', 'integer-precision'],
    ['9007199254740993', 'integer-precision'],
    ['-9007199254740993', 'integer-precision'],
    ['1234567890123456789', 'integer-precision'],
    ['1e400', 'number-overflow'],
    ['-1e400', 'number-overflow'],
    [`1${'0'.repeat(400)}`, 'number-overflow'],
    ['1.8e308', 'number-overflow'],
    ['3.14159265358979323846', 'number-precision'],
    ['0.10000000000000000001', 'number-precision'],
    ['1e-400', 'number-precision'],
    ['1e99999999999999999999', 'number-overflow'],
  ])('%s is %s', (literal, hazard) => expect(numberLiteralHazard(literal)).toBe(hazard));

  it('judges integer form only for integers: 1e20 (a float everywhere) and 1.0e16 are not integer-precision', () => {
    expect(numberLiteralHazard('1e20')).toBeUndefined();
    expect(numberLiteralHazard('1.0e16')).toBeUndefined();
  });

  it('ignores what is not a number literal', () => {
    for (const text of ['', '-', 'abc', '1e', '1.2.3', '0x10']) expect(numberLiteralHazard(text)).toBeUndefined();
  });
});
