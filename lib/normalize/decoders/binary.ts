import { MAX_REGIONS } from '../budget.ts';
import { charFlags, LETTER } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { ByteSink } from '../utf8.ts';
import { bytesToRegion } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

/** Bytes a run must decode to: shorter runs are bit masks and flags. */
export const MIN_BINARY_BYTES = 3;
/** Groups shorter than this are not whole characters (text needs 7 bits; "1010" is a mask). */
const FULL_GROUP = 7;
/** Most groups of a run that may be shorter than seven bits (a newline written without leading zeros, "1010"). */
const MAX_SHORT_SHARE = 0.25;

const isBit = (unit: number) => unit === 0x30 || unit === 0x31;

/** A letter or digit right next to a group makes it part of a word or number ("0b1010", "1012"). */
const isWordUnit = (unit: number): boolean =>
  unit < 0x80
    ? (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || unit === 0x5f
    : unit < 0xd800 && (charFlags(unit) & LETTER) !== 0;

/** Blanks, line breaks and commas separate the groups ("01101000 01101001", "0b…" aside). */
const isGroupSeparator = (unit: number) => unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x2c;

/**
 * Reads one run of bit groups from `from`: groups of up to eight bits (one character each: 8-bit
 * bytes, or 7-bit ASCII, leading zeros dropped or not) or multiples of eight (contiguous bytes),
 * separated by blanks, line breaks or commas. Ends before a group glued to a word or whose length
 * is neither. Returns where scanning goes on, and the region when the bytes are text.
 */
function readRun(text: string, from: number, limit: number, maxBytes: number): { next: number; region?: DecodedRegion } {
  const sink = new ByteSink(64);
  let groups = 0;
  let short = 0;
  let runEnd = from;
  let j = from;
  while (j < limit && sink.length < maxBytes) {
    const groupStart = j;
    while (j < limit && isBit(text.charCodeAt(j))) j += 1;
    const length = j - groupStart;
    if (j < limit && isWordUnit(text.charCodeAt(j))) {
      // Glued to a number or word: skip the rest of it, the run ends before it.
      while (j < limit && isWordUnit(text.charCodeAt(j))) j += 1;
      break;
    }
    if (length <= 8) {
      let value = 0;
      for (let k = groupStart; k < j; k += 1) value = value * 2 + (text.charCodeAt(k) - 0x30);
      sink.push(value, groupStart, j);
      if (length < FULL_GROUP) short += 1;
      groups += 1;
    } else if (length % 8 === 0) {
      for (let k = groupStart; k < j && sink.length < maxBytes; k += 8) {
        let value = 0;
        for (let b = k; b < k + 8; b += 1) value = value * 2 + (text.charCodeAt(b) - 0x30);
        sink.push(value, k, k + 8);
        groups += 1;
      }
    } else {
      break;
    }
    runEnd = j;
    let k = j;
    while (k < limit && isGroupSeparator(text.charCodeAt(k))) k += 1;
    if (k === j || k >= limit || !isBit(text.charCodeAt(k))) break;
    j = k;
  }
  const next = Math.max(j, from + 1);
  if (sink.length < MIN_BINARY_BYTES || short > MAX_SHORT_SHARE * groups) return { next };
  const region = bytesToRegion(sink, from, runEnd);
  return region ? { next, region } : { next };
}

/**
 * Text written in binary: 8-bit groups ("01101000 01101001 …", UTF-8 underneath), 7-bit groups
 * ("1101000 1101001 …"), or contiguous multiples of eight bits. Bit masks, register dumps and short
 * numbers are left alone: a run needs three bytes, groups of at least seven bits (a few shorter
 * ones tolerated), and bytes that are plausible text (bytes-to-text.ts).
 */
export const binary: Decoder = {
  name: SIGNAL.binary,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    if (!source.hints.binary) return [];
    const text = source.text;
    const limit = text.length;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let i = 0;
    while (i < limit && regions.length < MAX_REGIONS && budget > 0) {
      const unit = text.charCodeAt(i);
      if (!isBit(unit)) {
        i += 1;
        continue;
      }
      if (i > 0 && isWordUnit(text.charCodeAt(i - 1))) {
        while (i < limit && isWordUnit(text.charCodeAt(i))) i += 1;
        continue;
      }
      const run = readRun(text, i, limit, budget);
      if (run.region) {
        regions.push(run.region);
        budget -= run.region.text.length;
      }
      i = run.next;
    }
    return regions;
  },
};

/**
 * Hint for text-hints.ts: does a run of at least seven 0/1 digits start at `i`? Every run the
 * decoder accepts has one. Only looks ahead from the first digit of a run.
 */
export function startsBitRun(text: string, i: number): boolean {
  if (i > 0 && isBit(text.charCodeAt(i - 1))) return false;
  for (let k = i; k < i + FULL_GROUP; k += 1) if (!isBit(text.charCodeAt(k))) return false;
  return true;
}

/** `text` as UTF-8 bytes in 8-bit groups separated by spaces. For examples and tests. */
export function toBinary(text: string): string {
  return [...new TextEncoder().encode(text)].map((byte) => byte.toString(2).padStart(8, '0')).join(' ');
}
