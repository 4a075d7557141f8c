import { describe, expect, it } from 'vitest';
import { ByteSink, decodeUtf8, unitsToString } from '../../../lib/normalize/utf8.ts';

function sinkOf(bytes: number[]): ByteSink {
  const sink = new ByteSink(1);
  bytes.forEach((byte, k) => sink.push(byte, k * 2, k * 2 + 2));
  return sink;
}

describe('decodeUtf8', () => {
  it('decodes like TextDecoder and keeps each unit mapped to its bytes', () => {
    const bytes = [...new TextEncoder().encode('aé中😀')];
    const decoded = decodeUtf8(sinkOf(bytes).view());
    expect(decoded.text).toBe('aé中😀');
    expect(decoded.invalid).toBe(0);
    expect([decoded.starts[1], decoded.ends[1]]).toEqual([2, 6]); // é: bytes 1–2
    expect([decoded.starts[3], decoded.ends[3]]).toEqual([12, 20]); // 😀 high surrogate: bytes 6–9
  });

  it('replaces invalid sequences and counts them', () => {
    for (const bytes of [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe4, 0xbd], [0xf5, 0x80, 0x80, 0x80]]) {
      const decoded = decodeUtf8(sinkOf(bytes).view());
      expect(decoded.invalid).toBeGreaterThan(0);
      expect(decoded.text).toBe(new TextDecoder().decode(new Uint8Array(bytes)));
    }
  });

  it('turns long unit arrays into strings in chunks', () => {
    const units = new Uint16Array(20_000).fill(0x61);
    expect(unitsToString(units, 20_000)).toBe('a'.repeat(20_000));
    expect(unitsToString(Array.from({ length: 20_000 }, () => 0x62))).toBe('b'.repeat(20_000));
  });
});
