import { describe, expect, it } from 'vitest';
import { keccak256Hex } from '../../../lib/pii/keccak256.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('keccak256Hex', () => {
  it('matches the published digests', () => {
    expect(keccak256Hex(utf8(''))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(keccak256Hex(utf8('abc'))).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });
  it('handles inputs longer than one block', () => {
    expect(keccak256Hex(new Uint8Array(300))).toMatch(/^[0-9a-f]{64}$/);
    expect(keccak256Hex(new Uint8Array(136))).not.toBe(keccak256Hex(new Uint8Array(135)));
  });
});
