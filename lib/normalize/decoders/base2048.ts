import { decode as decodeBase2048, encode as encodeBase2048 } from 'base2048';
import { MAX_REGIONS } from '../budget.ts';
import { isBlankUnit } from '../char-class.ts';
import { NOT_PLAIN_ASCII } from '../patterns.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { ByteSink } from '../utf8.ts';
import { bytesToRegion } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

/** Tokens shorter than this hold at most a few bytes (a base2048 character is 11 bits). */
export const MIN_BASE2048_CHARS = 8;
/** Distinct 128-code-point blocks a token must draw on: no word mixes this many scripts. */
const MIN_BLOCKS = 4;
/** Share of a token's characters outside ASCII (ASCII letters are 55 of the 2,048 characters). */
const MIN_NON_ASCII_SHARE = 0.7;

/** NOT_PLAIN_ASCII, searching from a position. */
const NEXT_NOT_PLAIN_ASCII = new RegExp(NOT_PLAIN_ASCII.source, 'g');

let alphabet: ReadonlySet<number> | undefined;

/**
 * The characters base2048 writes, from the library itself (it does not export its repertoire):
 * the first character of an encoding carries the first eleven bits, so encoding each 11-bit value
 * once gives every full character, and encodings that end with two or three spare bits give the
 * short final ones.
 */
function base2048Alphabet(): ReadonlySet<number> {
  if (alphabet) return alphabet;
  const codes = new Set<number>();
  for (let value = 0; value < 2048; value += 1) {
    for (const ch of encodeBase2048(Uint8Array.from([value >> 3, (value & 7) << 5, 0]))) codes.add(ch.charCodeAt(0));
  }
  // 80 bits end with 3 spare bits and 24 with 2: those endings are written with the short characters.
  for (let byte = 0; byte < 256; byte += 1) {
    for (const length of [3, 10]) {
      const bytes = new Uint8Array(length);
      bytes[length - 1] = byte;
      for (const ch of encodeBase2048(bytes)) codes.add(ch.charCodeAt(0));
    }
  }
  alphabet = codes;
  return codes;
}

/** Is text[start, end) all base2048 characters, mostly non-ASCII, from at least MIN_BLOCKS blocks? */
function isCandidate(text: string, start: number, end: number, codes: ReadonlySet<number>): boolean {
  // Counted first without the set: most long tokens are ASCII words and stop here.
  let nonAscii = 0;
  for (let i = start; i < end; i += 1) if (text.charCodeAt(i) >= 0x80) nonAscii += 1;
  if (nonAscii < MIN_NON_ASCII_SHARE * (end - start)) return false;
  const blocks: number[] = [];
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (!codes.has(c)) return false;
    if (c >= 0x80 && blocks.length < MIN_BLOCKS && !blocks.includes(c >> 7)) blocks.push(c >> 7);
  }
  return blocks.length >= MIN_BLOCKS;
}

/** The bytes of a token, each mapped to the characters that carry its bits (11 per character). */
function tokenBytes(text: string, start: number, end: number): ByteSink | undefined {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase2048(text.slice(start, end));
  } catch {
    // Not a whole base2048 string (a character in the wrong place): nothing to read.
    return undefined;
  }
  const sink = new ByteSink(bytes.length);
  for (let k = 0; k < bytes.length; k += 1) {
    const first = Math.floor((8 * k) / 11);
    const last = Math.min(end - start - 1, Math.floor((8 * k + 7) / 11));
    sink.push(bytes[k]!, start + first, start + last + 1);
  }
  return sink;
}

/**
 * Base2048 (qntm's binary encoding for tweets: 11 bits per character, letters of many scripts —
 * "ԓѹভณգИଢ…"), which garak's InjectBase2048 probe uses to slip instructions past filters.
 * A token (text between blanks) of at least eight characters is decoded when every character is
 * in the base2048 repertoire, seven in ten are outside ASCII and they come from four or more
 * 128-character blocks (Cyrillic, Bengali, Thai and Arabic letters side by side: no language writes
 * a word like that); the bytes must then be plausible text (bytes-to-text.ts). Decoding is the
 * library's; a token it rejects gives nothing.
 */
export const base2048: Decoder = {
  name: SIGNAL.base2048,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!NOT_PLAIN_ASCII.test(text)) return [];
    const codes = base2048Alphabet();
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let i = 0;
    while (i < text.length && regions.length < MAX_REGIONS && budget > 0) {
      // A candidate holds characters outside ASCII: jump to the token of the next one (the regular
      // expression engine skips ASCII prose much faster than a loop over its characters).
      NEXT_NOT_PLAIN_ASCII.lastIndex = i;
      const next = NEXT_NOT_PLAIN_ASCII.exec(text);
      if (!next) break;
      let start = next.index;
      while (start > i && !isBlankUnit(text.charCodeAt(start - 1))) start -= 1;
      i = next.index;
      while (i < text.length && !isBlankUnit(text.charCodeAt(i))) i += 1;
      if (i - start < MIN_BASE2048_CHARS || !isCandidate(text, start, i, codes)) continue;
      const sink = tokenBytes(text, start, i);
      const region = sink && bytesToRegion(sink, start, i);
      if (!region || region.text.length > budget) continue;
      budget -= region.text.length;
      regions.push(region);
    }
    return regions;
  },
};
