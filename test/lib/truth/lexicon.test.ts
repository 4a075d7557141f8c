import { describe, expect, it } from 'vitest';
import { compileLexicon, lexiconSource } from '../../../lib/truth/lexicon.ts';
import { redosVerdict } from '../../support/redos-check.ts';

describe('compileLexicon', () => {
  it('matches whole words only in spaced scripts', () => {
    const us = compileLexicon(['US'], { caseSensitive: true });
    expect(us.test('in the US, call 911')).toBe(true);
    expect(us.test('plug in the USB cable')).toBe(false);
    expect(us.test('tell us more')).toBe(false);
  });

  it('matches CJK entries inside unspaced text', () => {
    expect(compileLexicon(['布洛芬']).test('每天服用布洛芬三次')).toBe(true);
  });

  it('treats a trailing * as a stem and tolerates extra spaces inside multi-word entries', () => {
    const lexicon = compileLexicon(['toxic*', 'naproxen sodium']);
    expect(lexicon.test('toxicity')).toBe(true);
    expect(lexicon.test('naproxen   sodium')).toBe(true);
    expect(lexicon.test('atoxic')).toBe(false);
  });

  it('prefers the longest entry at a position and matches both apostrophes', () => {
    const lexicon = compileLexicon(['Sudafed', 'Sudafed PE', "don't"], { global: true });
    expect('Take Sudafed PE now'.match(lexicon)).toEqual(['Sudafed PE']);
    expect(compileLexicon(["don't"]).test('don’t')).toBe(true);
  });

  it('escapes regex syntax in entries', () => {
    const lexicon = compileLexicon(['U.S.', 'ben-u-ron', 'a+b']);
    expect(lexicon.test('the U.S. rules')).toBe(true);
    expect(lexicon.test('the UxSx rules')).toBe(false);
    expect(lexicon.test('take ben-u-ron')).toBe(true);
    expect(lexicon.test('a+b')).toBe(true);
  });

  it('compiles to a pattern that passes the ReDoS check', { timeout: 120_000 }, async () => {
    const source = lexiconSource(['never', 'do not', 'toxic*', '不要', "don't", 'U.S.']);
    expect(await redosVerdict(source, 'iu')).toBe('safe');
  });
});
