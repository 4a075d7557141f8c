import { describe, expect, it } from 'vitest';
import { cardScheme, checkCard } from '../../../lib/pii/payment-card.ts';

describe('payment cards', () => {
  it('names the scheme from IIN range and length', () => {
    expect(cardScheme('4377877189635137')).toBe('visa');
    expect(cardScheme('5425233430109903')).toBe('mastercard');
    expect(cardScheme('2221000000000009')).toBe('mastercard');
    expect(cardScheme('349876543210127')).toBe('amex');
    expect(cardScheme('3530111333300000')).toBe('jcb');
    expect(cardScheme('4377877189635')).toBe('visa');
    expect(cardScheme('437787718963513')).toBeUndefined();
    expect(cardScheme('9999999999999999')).toBeUndefined();
  });
  it('checks Luhn, scheme and published test numbers', () => {
    expect(checkCard('4377877189635137')).toBe('scheme');
    expect(checkCard('4377877189635138')).toBe('invalid');
    expect(checkCard('4242424242424242')).toBe('test-number');
    expect(checkCard('0604260700110')).not.toBe('scheme');
    expect(checkCard('0000000000000000')).toBe('invalid');
    expect(checkCard('12345')).toBe('invalid');
  });
});
