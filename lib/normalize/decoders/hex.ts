import { MAX_REGIONS } from '../budget.ts';
import { HEX_ESCAPES, HEX_LIST, scanAll } from '../patterns.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { ByteSink } from '../utf8.ts';
import { bytesToRegion } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { nibble } from './hex-digit.ts';

/** Four bytes: shorter hex is a colour, a port or a year. */
export const MIN_HEX_BYTES = 4;

/** Every hex digit pair in [start, end), in order, skipping separators and `\x`/`0x` prefixes. */
function pairsIn(text: string, start: number, end: number, maxBytes: number): ByteSink {
  const sink = new ByteSink(Math.min(maxBytes, (end - start) >> 1));
  let i = start;
  while (i + 1 < end && sink.length < maxBytes) {
    const c = text.charCodeAt(i);
    if ((c === 0x5c || c === 0x30) && (text.charCodeAt(i + 1) | 0x20) === 0x78 && nibble(text.charCodeAt(i + 2)) >= 0) {
      i += 2; // "\x" or "0x"
      continue;
    }
    const high = nibble(c);
    const low = nibble(text.charCodeAt(i + 1));
    if (high >= 0 && low >= 0) {
      sink.push((high << 4) | low, i, i + 2);
      i += 2;
    } else {
      i += 1;
    }
  }
  return sink;
}

/** Contiguous hex ("69676e6f7265", optionally 0x-prefixed): even length, digits present (hex of text has them). */
function isContiguousHex(text: string, start: number, end: number): boolean {
  let from = start;
  if (text.charCodeAt(from) === 0x30 && (text.charCodeAt(from + 1) | 0x20) === 0x78) from += 2;
  if ((end - from) % 2 !== 0 || end - from < MIN_HEX_BYTES * 2) return false;
  let digits = false;
  for (let i = from; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (nibble(c) < 0) return false;
    if (c <= 0x39) digits = true;
  }
  return digits;
}

const isHexUnit = (text: string, i: number) => nibble(text.charCodeAt(i)) >= 0;
const isWordUnit = (unit: number) => (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
const isPairSeparator = (unit: number) => unit === 0x20 || unit === 0x3a || unit === 0x2d;

/** Four or more hex byte pairs separated by a space, colon or hyphen ("69 67 6e 6f", "69:67:6e:6f"); hand-written scanner. */
export function separatedPairs(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  const length = text.length;
  let i = 0;
  while (i + 1 < length) {
    const starts = isHexUnit(text, i) && isHexUnit(text, i + 1) && (i === 0 || !isWordUnit(text.charCodeAt(i - 1)));
    if (!starts) {
      i += 1;
      continue;
    }
    let end = i + 2;
    let pairs = 1;
    while (end + 2 < length + 0 && isPairSeparator(text.charCodeAt(end)) && isHexUnit(text, end + 1) && isHexUnit(text, end + 2)) {
      end += 3;
      pairs += 1;
    }
    if (pairs >= MIN_HEX_BYTES && (end >= length || !isWordUnit(text.charCodeAt(end)))) runs.push({ start: i, end });
    i = end;
  }
  return runs;
}

export const hex: Decoder = {
  name: SIGNAL.hex,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    const candidates: Array<{ start: number; end: number }> = [];
    for (const run of source.tokenRuns()) {
      if (isContiguousHex(text, run.start, run.end)) candidates.push(run);
    }
    if (source.hints.hexPrefix && text.includes('\\x')) scanAll(HEX_ESCAPES, text, (m) => void candidates.push({ start: m.index, end: m.index + m[0].length }));
    if (source.hints.hexPrefix && text.includes('0x')) scanAll(HEX_LIST, text, (m) => void candidates.push({ start: m.index, end: m.index + m[0].length }));
    for (const run of source.hints.hexPairs ? separatedPairs(text) : []) {
      // Separated pairs with no letter digit are usually numbers ("12 34 56 78"), not bytes.
      const hasLetter = /[a-fA-F]/.test(text.slice(run.start, run.end));
      if (hasLetter || run.end - run.start >= 8 * 3 - 1) candidates.push(run);
      if (candidates.length >= 4 * MAX_REGIONS) break;
    }
    candidates.sort((a, b) => a.start - b.start);
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let cursor = 0;
    for (const candidate of candidates) {
      if (regions.length >= MAX_REGIONS || budget <= 0) break;
      if (candidate.start < cursor) continue;
      const sink = pairsIn(text, candidate.start, candidate.end, budget);
      if (sink.length < MIN_HEX_BYTES) continue;
      const region = bytesToRegion(sink, candidate.start, candidate.end);
      if (!region) continue;
      budget -= region.text.length;
      cursor = candidate.end;
      regions.push(region);
    }
    return regions;
  },
};
