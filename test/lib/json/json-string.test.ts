import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonHazardKind } from '../../../lib/json/json-hazards.ts';
import { decodeJsonString } from '../../../lib/json/json-string.ts';

function decode(literal: string, options: Parameters<typeof decodeJsonString>[4] = {}) {
  const hazards: Array<[JsonHazardKind, number, number]> = [];
  const result = decodeJsonString(literal, 0, literal.length, (kind, start, end) => hazards.push([kind, start, end]), options);
  return { result, hazards };
}

describe('decodeJsonString', () => {
  it('decodes every JSON escape and surrogate pairs without a hazard', () => {
    const literal = String.raw`"a\"b\\c\/d\b\f\n\r\t \u00e9 \ud83d\ude00 \u2028"`;
    const { result, hazards } = decode(literal);
    expect(result).toEqual({ closed: true, value: JSON.parse(literal), end: literal.length });
    expect(hazards).toEqual([]);
  });

  it.each([
    [String.raw`"\ud800"`, 'lone-surrogate', 1, 7],
    [String.raw`"\udc00x"`, 'lone-surrogate', 1, 7],
    [String.raw`"\ud800\u0041"`, 'lone-surrogate', 1, 7],
    ['"a\ud800b"', 'lone-surrogate', 2, 3],
    ['"\udc00"', 'lone-surrogate', 1, 2],
    [String.raw`"x\u0000"`, 'nul-character', 2, 8],
    [String.raw`"\uffff"`, 'noncharacter', 1, 7],
    [String.raw`"\ufdd0"`, 'noncharacter', 1, 7],
    [String.raw`"\ud83f\udffe"`, 'noncharacter', 1, 13],
    ['"\ufffe"', 'noncharacter', 1, 2],
    ['"a\nb"', 'raw-control-character', 2, 3],
    ['"\t"', 'raw-control-character', 1, 2],
    ['"\u2029"', 'line-separator', 1, 2],
    [String.raw`"\x41"`, 'invalid-escape', 1, 5],
    [String.raw`"\a"`, 'invalid-escape', 1, 3],
    [String.raw`"\'"`, 'invalid-escape', 1, 3],
    [String.raw`"\u12G4"`, 'invalid-escape', 1, 3],
    ['"a\\\nb"', 'invalid-escape', 2, 4],
  ] as const)('%j reports %s at [%i, %i)', (literal, kind, start, end) => {
    const { result, hazards } = decode(literal);
    expect(result.closed).toBe(true);
    expect(hazards).toContainEqual([kind, start, end]);
  });

  it('decodes the extensions the way JSON5 does', () => {
    expect(decode(String.raw`"\x41\'"`).result).toMatchObject({ value: "A'" });
    expect(decode("'it\\'s'").result).toMatchObject({ value: "it's" });
    expect(decode("'it\\'s'").hazards).toEqual([]);
  });

  it('reports an unclosed string and where reading stopped', () => {
    expect(decode('"abc')).toMatchObject({ result: { closed: false, end: 4 } });
    expect(decode('"abc\\')).toMatchObject({ result: { closed: false, end: 5 } });
    expect(decode('"ab\ncd"', { stopAtLineBreak: true }).result).toEqual({ closed: false, end: 3 });
    expect(decode('"ab\\\ncd"', { stopAtLineBreak: true }).result).toEqual({ closed: false, end: 4 });
  });

  it('maps each decoded unit back to where its source starts', () => {
    const offsets: number[] = [];
    const literal = String.raw`"a\nb\u00e9\ud83d\ude00"`;
    const { result } = decode(literal, { offsets });
    expect(result).toMatchObject({ value: 'a\nbé😀' });
    // a, \n, b, \u00e9, both halves of the escaped pair, then the closing quote.
    expect(offsets).toEqual([1, 2, 4, 5, 11, 11, 23]);
  });

  it('agrees with JSON.parse on every string JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const literal = JSON.stringify(value);
        const { result } = decode(literal);
        expect(result).toEqual({ closed: true, value, end: literal.length });
      }),
      { numRuns: 300 },
    );
  });
});
