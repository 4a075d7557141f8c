import { describe, expect, it } from 'vitest';
import { stableJson } from '../../../lib/cache/stable-json.ts';

describe('stableJson', () => {
  it('gives equal values the same string whatever their key order', () => {
    expect(stableJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(stableJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }));
    expect(stableJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps array order and tells different values apart', () => {
    expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]));
    expect(stableJson({ a: 1 })).not.toBe(stableJson({ a: '1' }));
    expect(stableJson('text')).toBe('"text"');
  });
});
