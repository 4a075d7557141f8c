import { describe, expect, it } from 'vitest';
import { DOSE_TOKEN_PATTERNS, doseTokens, parseQuantity } from '../../../lib/truth/dose-tokens.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const describeTokens = (text: string) =>
  doseTokens(text).map((token) => {
    const value = token.kind === 'mass' ? token.mg : token.kind === 'number' ? token.value : token.kind === 'interval' ? token.dosesPerDay : '';
    return `${token.kind}:${value}:${text.slice(token.start, token.end)}`;
  });

describe('parseQuantity', () => {
  it('reads thousands and decimal separators the way they are meant', () => {
    expect(parseQuantity('8,000')).toBe(8000);
    expect(parseQuantity('1.000')).toBe(1000);
    expect(parseQuantity('1.500', true)).toBe(1.5);
    expect(parseQuantity('1,5')).toBe(1.5);
    expect(parseQuantity('2.5')).toBe(2.5);
    expect(parseQuantity('1\u202f000')).toBe(1000);
    expect(parseQuantity('six')).toBe(6);
    expect(parseQuantity('dos')).toBe(2);
    expect(parseQuantity('1,2,3,4')).toBeUndefined();
  });
});

describe('doseTokens', () => {
  it('converts masses to mg (g, mcg, CJK units)', () => {
    expect(describeTokens('8 g, 500 mcg, 8,000 mg, 8克')).toEqual(['mass:8000:8 g', 'mass:0.5:500 mcg', 'mass:8000:8,000 mg', 'mass:8000:8克']);
  });

  it('reads the lenient end of ranges: lower dose, longer interval', () => {
    expect(describeTokens('325-650 mg every 4-6 hours')).toEqual(['mass:325:325-650 mg', 'interval:4:every 4-6 hours']);
    expect(describeTokens('2 or 3 times a day')).toEqual(['interval:2:2 or 3 times a day']);
  });

  it('finds frequencies in several languages and prefers them over "a day"', () => {
    expect(describeTokens('three times a day')).toEqual(['interval:3:three times a day']);
    expect(describeTokens('twice daily')).toEqual(['interval:2:twice daily']);
    expect(describeTokens('cada 6 horas')).toEqual(['interval:4:cada 6 horas']);
    expect(describeTokens('toutes les 4 heures')).toEqual(['interval:6:toutes les 4 heures']);
    expect(describeTokens('dreimal täglich')).toEqual(['interval:3:dreimal täglich']);
    expect(describeTokens('每天3次')).toEqual(['interval:3:每天3次']);
    expect(describeTokens('q6h')).toEqual(['interval:4:q6h']);
    expect(describeTokens('every 30 minutes')).toEqual(['interval:48:every 30 minutes']);
  });

  it('marks 24-hour totals', () => {
    expect(describeTokens('4,000 mg/day')).toEqual(['mass:4000:4,000 mg', 'per-day::/day']);
    expect(describeTokens('8 g in 24 hours')).toEqual(['mass:8000:8 g', 'per-day::in 24 hours']);
    expect(describeTokens('8 g al día')).toEqual(['mass:8000:8 g', 'per-day::al día']);
  });

  it('leaves concentrations and networks alone', () => {
    expect(describeTokens('15 mg/kg').filter((token) => token.startsWith('mass'))).toEqual([]);
    expect(describeTokens('160 mg/5 mL').filter((token) => token.startsWith('mass'))).toEqual([]);
    expect(describeTokens('a 5G phone').filter((token) => token.startsWith('mass'))).toEqual([]);
  });

  it('finds tablet words and counts', () => {
    expect(describeTokens('2 tablets')).toEqual(['number:2:2', 'unit-form::tablets']);
    expect(describeTokens('2 comprimidos')).toEqual(['number:2:2', 'unit-form::comprimidos']);
  });

  it('stays inside the range it is given', () => {
    const text = '8 g a day. 9 g a day.';
    for (const token of doseTokens(text, 11, text.length)) expect(token.start).toBeGreaterThanOrEqual(11);
  });
});

describe('dose token patterns pass the ReDoS check (recheck)', () => {
  it.each(DOSE_TOKEN_PATTERNS.map((pattern, index) => [index, pattern] as const))('pattern %i', { timeout: 300_000 }, async (_index, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  });
});
