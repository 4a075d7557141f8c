import { describe, expect, it } from 'vitest';
import { findAnchors, positionsFor } from '../../../lib/pii/anchors.ts';

describe('findAnchors', () => {
  const text = 'Call +1 (212) 948-2716, NI AB 12 34 56 C, IBAN GB82WEST12345698765432, ip fe80::1, me@x.io';
  const anchors = findAnchors(text);
  it('starts a number anchor at every digit run', () => {
    expect(anchors.number.map((i) => text[i])).toContain('2');
    expect(anchors.number.length).toBeGreaterThan(8);
  });
  it('moves phone anchors back over + and (', () => {
    expect(anchors['phone-start']).toContain(text.indexOf('+1'));
    expect(anchors['phone-start']).toContain(text.indexOf('(212)'));
  });
  it('starts token anchors at the token and at a split letter prefix', () => {
    expect(anchors.token).toContain(text.indexOf('GB82'));
    expect(anchors.token).toContain(text.indexOf('AB 12'));
    expect(anchors.token).toContain(text.indexOf('fe80'));
  });
  it('finds @ signs, hex-colon runs and keywords near digits', () => {
    expect(anchors['at-sign']).toEqual([text.indexOf('@')]);
    expect(anchors['hex-colon']).toContain(text.indexOf('fe80'));
    expect(anchors.keywords.map((hit) => hit.kind)).toContain('phone');
    expect(positionsFor(anchors, { keyword: 'phone', at: 'end' })).toEqual([4]);
  });
  it('finds bracketed "at"s standing in for @', () => {
    const munged = 'jonas [at] mail [dot] com and bob(AT)corp.de';
    expect(findAnchors(munged)['at-word']).toEqual([munged.indexOf('[at]'), munged.indexOf('(AT)')]);
  });
  it('costs nothing on text without digits', () => {
    const none = findAnchors('no digits here at all');
    expect(none.number).toEqual([]);
    expect(none.keywords).toEqual([]);
  });
});
