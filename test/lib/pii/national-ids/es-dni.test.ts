import { describe, expect, it } from 'vitest';
import { isValidDniOrNie } from '../../../../lib/pii/national-ids/es-dni.ts';

describe('isValidDniOrNie', () => {
  it('accepts DNI and NIE with the right letter', () => {
    expect(isValidDniOrNie('12345678Z')).toBe(true);
    expect(isValidDniOrNie('X1234567L')).toBe(true);
    expect(isValidDniOrNie('Y1234567X')).toBe(true);
  });
  it('rejects a wrong letter or shape', () => {
    expect(isValidDniOrNie('12345678A')).toBe(false);
    expect(isValidDniOrNie('X12345678L')).toBe(false);
    expect(isValidDniOrNie('00000000T')).toBe(false);
  });
});
