import { describe, expect, it } from 'vitest';
import { classifyPhone, phoneShapeRejection } from '../../../lib/pii/phone.ts';

const REGIONS = ['US', 'GB', 'DE', 'FR'];
const budget = () => ({ phoneParses: 64 });

describe('phoneShapeRejection', () => {
  it('names what a number-shaped string really is', () => {
    expect(phoneShapeRejection('2019-03-14')).toBe('date');
    expect(phoneShapeRejection('1990-2000')).toBe('year-range');
    expect(phoneShapeRejection('1.12.3.4')).toBe('length');
    expect(phoneShapeRejection('10.200.30.40')).toBe('version');
    expect(phoneShapeRejection('1234567.89')).toBe('decimal');
    expect(phoneShapeRejection('3 141 592')).toBe('quantity');
    expect(phoneShapeRejection('1-800-275-2273')).toBe('toll-free');
    expect(phoneShapeRejection('(212) 555-0123')).toBe('fictional');
    expect(phoneShapeRejection('123456789')).toBe('placeholder');
    expect(phoneShapeRejection('20120323')).toBe('date');
    expect(phoneShapeRejection('123')).toBe('length');
  });
  it('lets context vouch for a number that looks like a quantity', () => {
    expect(phoneShapeRejection('72 128 827', true)).toBeUndefined();
  });
});

describe('classifyPhone', () => {
  it('validates international numbers with libphonenumber', () => {
    expect(classifyPhone('+41 (0)71 526 99 04', false, REGIONS, budget())).toBe('international');
    expect(classifyPhone('+1-604-696-5272x565', false, REGIONS, budget())).toBe('international');
    expect(classifyPhone('0041 71 526 99 04', false, REGIONS, budget())).toBe('international');
  });
  it('accepts national formats valid in a default region, NANP only as NANP', () => {
    expect(classifyPhone('(312) 948-2716', false, REGIONS, budget())).toBe('national');
    expect(classifyPhone('079 0442 1744', false, REGIONS, budget())).toBe('national');
    expect(classifyPhone('(123) 456-7891', false, REGIONS, budget())).toBeUndefined();
    expect(classifyPhone('9498777106', false, REGIONS, budget())).toBeUndefined();
  });
  it('takes any plausible length when the text says it is a phone', () => {
    expect(classifyPhone('9498777106', true, REGIONS, budget())).toBe('context');
    expect(classifyPhone('60-56-85-91', true, REGIONS, budget())).toBe('context');
  });
  it('spends its parse budget and stops', () => {
    const spent = { phoneParses: 0 };
    expect(classifyPhone('(312) 948-2716', false, REGIONS, spent)).toBeUndefined();
    expect(classifyPhone('+41 71 526 99 04', true, REGIONS, spent)).toBe('context');
  });
});
