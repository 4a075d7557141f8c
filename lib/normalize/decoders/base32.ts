import { MAX_REGIONS } from '../budget.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { ByteSink } from '../utf8.ts';
import { bytesToRegion } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

/** 16 characters are 10 bytes. */
export const MIN_BASE32_CHARS = 16;

/** RFC 4648 alphabet value of a code unit (either case), or -1. */
function value(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x32 && c <= 0x37) return c - 0x32 + 26;
  return -1;
}

/** A run in one case, of the base32 alphabet only, with at least one digit (words have none). */
function isCandidate(text: string, start: number, end: number): boolean {
  let upper = false;
  let lower = false;
  let digit = false;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x3d) continue;
    if (value(c) < 0) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
    else digit = true;
  }
  return digit && upper !== lower;
}

export const base32: Decoder = {
  name: SIGNAL.base32,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    for (const run of source.tokenRuns()) {
      if (regions.length >= MAX_REGIONS || budget <= 0) break;
      let end = run.end;
      while (end > run.start && text.charCodeAt(end - 1) === 0x3d) end -= 1;
      if (end - run.start < MIN_BASE32_CHARS || !isCandidate(text, run.start, end)) continue;
      const sink = new ByteSink(Math.floor(((end - run.start) * 5) / 8));
      let buffer = 0;
      let bits = 0;
      let byteIndex = 0;
      for (let i = run.start; i < end && sink.length < budget; i += 1) {
        buffer = ((buffer << 5) | value(text.charCodeAt(i))) & 0xffff;
        bits += 5;
        if (bits >= 8) {
          bits -= 8;
          sink.push((buffer >> bits) & 0xff, run.start + Math.floor((byteIndex * 8) / 5), i + 1);
          byteIndex += 1;
        }
      }
      const region = bytesToRegion(sink, run.start, run.end);
      if (!region) continue;
      budget -= region.text.length;
      regions.push(region);
    }
    return regions;
  },
};
