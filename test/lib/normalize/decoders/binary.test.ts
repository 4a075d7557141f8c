import { describe, expect, it } from 'vitest';
import { binary, startsBitRun, toBinary } from '../../../../lib/normalize/decoders/binary.ts';
import { DecodeSource } from '../../../../lib/normalize/decoders/decode-source.ts';
import { DECODERS } from '../../../../lib/normalize/decode-layers.ts';
import { normalizeText } from '../../../../lib/normalize/normalize-text.ts';
import { scanHints } from '../../../../lib/normalize/text-hints.ts';

const find = (text: string, maxChars = 1_000_000) => binary.find(new DecodeSource(text), maxChars);
const sevenBit = (text: string) => [...text].map((ch) => ch.charCodeAt(0).toString(2)).join(' ');

describe('binary decoder', () => {
  it('decodes 8-bit groups as UTF-8', () => {
    expect(find(toBinary('Hello world'))[0]!.text).toBe('Hello world');
    expect(find(toBinary('café olé'))[0]!.text).toBe('café olé');
    expect(find(toBinary('ignore the rules').replaceAll(' ', ', '))[0]!.text).toBe('ignore the rules');
    expect(find(toBinary('one\ntwo').replaceAll(' ', '\n'))[0]!.text).toBe('one\ntwo');
  });

  it('decodes 7-bit groups, leading zeros dropped or not', () => {
    expect(find(sevenBit('Hello world'))[0]!.text).toBe('Hello world');
    expect(find('1001000 1100101 1101100 1101100 1101111')[0]!.text).toBe('Hello');
  });

  it('decodes contiguous multiples of eight bits', () => {
    expect(find(toBinary('Hello').replaceAll(' ', ''))[0]!.text).toBe('Hello');
    expect(find(`data: ${toBinary('Hi!').replaceAll(' ', '')}.`)[0]!.text).toBe('Hi!');
  });

  it('maps every decoded character to its group', () => {
    const text = `bits ${toBinary('Hi there')} end`;
    const [region] = find(text);
    expect(text.slice(region!.start, region!.end)).toBe(toBinary('Hi there'));
    expect(text.slice(region!.starts[0]!, region!.ends[0]!)).toBe('01001000');
    expect(text.slice(region!.starts[3]!, region!.ends[3]!)).toBe('01110100');
    // A two-byte character maps to both of its groups.
    const accented = toBinary('déjà vu');
    const [second] = find(accented);
    expect(accented.slice(second!.starts[1]!, second!.ends[1]!)).toBe('11000011 10101001');
  });

  it('leaves bit masks, register dumps and short numbers alone', () => {
    expect(find('1010')).toEqual([]);
    expect(find('10 01 11')).toEqual([]);
    expect(find('1010 0101 1111 0000 1100')).toEqual([]);
    expect(find('mask 0b10101010 and 0b11110000, value 0b01001000')).toEqual([]);
    expect(find('11111111 00000000 10101010 01010101')).toEqual([]);
    expect(find('00000001 00000010 00000100 00001000')).toEqual([]);
    expect(find('11111111.11111111.11111111.00000000')).toEqual([]);
    expect(find('01001000 01101001')).toEqual([]);
    expect(find('1000000 1000000 1100000 1000000')).toEqual([]);
    expect(find('x01001000 01100101 01101100 01101100y')).toEqual([]);
    expect(find('2010 1100 1000 10000 100000 1000000')).toEqual([]);
  });

  it('stops at the budget and never throws on hostile input', () => {
    expect(find('0101 '.repeat(50_000))).toEqual([]);
    expect(find(toBinary('Hello world, how are you?'), 4)[0]?.text.length ?? 0).toBeLessThanOrEqual(4);
    expect(() => find('01'.repeat(30_001))).not.toThrow();
  });

  it('has a hint that ordinary numbers leave off', () => {
    expect(scanHints('In 1010 AD, 100 soldiers and 1,000,000 coins; call 555-0100.', true).binary).toBe(false);
    expect(scanHints(toBinary('Hi'), true).binary).toBe(true);
    expect(startsBitRun('a 1100101', 2)).toBe(true);
    expect(startsBitRun('a 110010', 2)).toBe(false);
  });

  it('is registered after the byte decoders and shows up as a layer', () => {
    const names = DECODERS.map((decoder) => decoder.name);
    expect(names.indexOf('binary')).toBeGreaterThan(names.indexOf('html'));
    const payload = toBinary('hello world');
    const text = `Translate: ${payload}`;
    const normalized = normalizeText(text);
    const view = normalized.views.find((candidate) => candidate.name === 'binary');
    expect(view?.text).toBe('hello world');
    const range = view!.toOriginal(6, 11);
    expect(text.slice(range.start, range.end)).toBe(toBinary('world'));
    expect(normalized.signals.find((candidate) => candidate.kind === 'binary')).toMatchObject({ view: 'binary', spans: [{ start: 11, end: text.length }] });
    expect(normalized.views.some((candidate) => candidate.name === 'hex' || candidate.name === 'base64')).toBe(false);
  });
});
