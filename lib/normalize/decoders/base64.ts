import { SIGNAL } from '../signal-kinds.ts';
import { ByteSink } from '../utf8.ts';
import { bytesToRegion, looksBinary } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource, TokenRun } from './decode-source.ts';
import { MAX_REGIONS } from '../budget.ts';

/** Shortest run decoded: 12 characters are 9 bytes, about two words. */
export const MIN_BASE64_CHARS = 12;
/** Bytes decoded before the binary test can reject a run early (a large image stops here). */
const PROBE_BYTES = 96;

const VALUES = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('').forEach((ch, k) => {
  VALUES[ch.charCodeAt(0)] = k;
});
VALUES['+'.charCodeAt(0)] = 62;
VALUES['-'.charCodeAt(0)] = 62;
VALUES['/'.charCodeAt(0)] = 63;
VALUES['_'.charCodeAt(0)] = 63;

const isHexDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * Base64 of text almost always mixes upper and lower case (or holds digits and symbols): a run of
 * one case is a word or an identifier, and a run of hex digits belongs to the hex decoder.
 */
function isCandidate(text: string, start: number, end: number): boolean {
  let upper = false;
  let lower = false;
  let other = false;
  let allHex = true;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (c !== 0x3d) other = true;
    if (allHex && !isHexDigit(c) && c !== 0x3d) allHex = false;
  }
  return !allHex && ((upper && lower) || (other && (upper || lower)));
}

/** Joins MIME-wrapped base64 (lines of 64 or 76 characters) into one run. */
function joinWrapped(text: string, runs: readonly TokenRun[]): Array<{ start: number; end: number; pieces: TokenRun[] }> {
  const joined: Array<{ start: number; end: number; pieces: TokenRun[] }> = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    const lastPiece = last?.pieces[last.pieces.length - 1];
    if (last && lastPiece) {
      const gap = text.slice(lastPiece.end, run.start);
      const width = lastPiece.end - lastPiece.start;
      if ((gap === '\n' || gap === '\r\n') && width >= 40 && width % 4 === 0 && text.charCodeAt(lastPiece.end - 1) !== 0x3d) {
        last.pieces.push(run);
        last.end = run.end;
        continue;
      }
    }
    joined.push({ start: run.start, end: run.end, pieces: [run] });
  }
  return joined;
}

/** Decodes base64 characters at `positions` into bytes, each byte mapped to the characters holding its bits. */
function decodeSextets(text: string, positions: number[], limit: number): ByteSink {
  const count = positions.length;
  const sink = new ByteSink(Math.min(limit, Math.floor((count * 3) / 4)));
  let buffer = 0;
  let bits = 0;
  let byteIndex = 0;
  for (let k = 0; k < count && sink.length < limit; k += 1) {
    buffer = ((buffer << 6) | VALUES[text.charCodeAt(positions[k]!)]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const first = Math.floor((byteIndex * 8) / 6);
      sink.push((buffer >> bits) & 0xff, positions[first]!, positions[k]! + 1);
      byteIndex += 1;
    }
  }
  return sink;
}

export const base64: Decoder = {
  name: SIGNAL.base64,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    for (const run of joinWrapped(text, source.tokenRuns())) {
      if (regions.length >= MAX_REGIONS || budget <= 0) break;
      const positions: number[] = [];
      for (const piece of run.pieces) {
        if (!isCandidate(text, piece.start, piece.end)) continue;
        for (let i = piece.start; i < piece.end; i += 1) {
          if (text.charCodeAt(i) !== 0x3d) positions.push(i);
        }
      }
      if (positions.length < MIN_BASE64_CHARS) continue;
      if (positions.length % 4 === 1) positions.pop();
      const probe = decodeSextets(text, positions, PROBE_BYTES);
      if (looksBinary(probe.bytes, probe.length)) continue;
      const sink = decodeSextets(text, positions, Math.min(budget, Number.MAX_SAFE_INTEGER));
      const region = bytesToRegion(sink, run.start, run.end);
      if (!region) continue;
      budget -= region.text.length;
      regions.push(region);
    }
    return regions;
  },
};
