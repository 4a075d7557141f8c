import { describe, expect, it } from 'vitest';
import { isValidCodiceFiscale } from '../../../../lib/pii/national-ids/it-codice-fiscale.ts';

describe('isValidCodiceFiscale', () => {
  it('accepts a code with its check letter, omocodia included', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
  });
  it('rejects a wrong check letter, a bad month letter or day', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A562X')).toBe(false);
    expect(isValidCodiceFiscale('RSSMRA85F10A562S')).toBe(false);
    expect(isValidCodiceFiscale('RSSMRA85T99A562S')).toBe(false);
    expect(isValidCodiceFiscale('rssmra85t10a562s')).toBe(false);
  });
});
