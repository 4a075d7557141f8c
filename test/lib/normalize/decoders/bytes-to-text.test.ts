import { describe, expect, it } from 'vitest';
import { bytesToRegion, looksBinary } from '../../../../lib/normalize/decoders/bytes-to-text.ts';
import { ByteSink } from '../../../../lib/normalize/utf8.ts';

const sinkOf = (bytes: number[]) => {
  const sink = new ByteSink(4);
  bytes.forEach((byte, k) => sink.push(byte, k, k + 1));
  return sink;
};

describe('bytes to text', () => {
  it('accepts UTF-8 text', () => {
    const region = bytesToRegion(sinkOf([...new TextEncoder().encode('hello world')]), 3, 14);
    expect(region).toMatchObject({ start: 3, end: 14, text: 'hello world' });
  });

  it('rejects binary and broken UTF-8', () => {
    expect(looksBinary(Uint8Array.from([0, 1, 2, 65]), 4)).toBe(true);
    expect(bytesToRegion(sinkOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 0, 12)).toBeUndefined();
    expect(bytesToRegion(sinkOf([0xff, 0xfe, 0xfd, 0x41, 0x42, 0x43]), 0, 6)).toBeUndefined();
    expect(bytesToRegion(sinkOf([0x41, 0x42]), 0, 2)).toBeUndefined();
  });
});
