import { charFlags, isAsciiLetterUnit, LETTER, MARK } from '../char-class.ts';

/**
 * The words of a text with, per word, 32-bit FNV-1a hashes of its lower-case form read four ways:
 * as written, under ROT13, reversed, and by "shape" (shifted so that it starts with "a", which a
 * Caesar-shifted word shares with its plain form). Hand-written, allocation-free and linear: the
 * word-level cipher decoders test every word of every text against the lexicon through these hashes,
 * which costs a few integer operations per character instead of a string per word.
 */
export interface WordIndex {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  forward: Uint32Array;
  rot13: Uint32Array;
  reversed: Uint32Array;
  shape: Uint32Array;
  /** First letter of each word, 0–25. */
  first: Uint8Array;
  /** 1 when the word has letters outside ASCII (it cannot be Latin-letter cipher text). */
  foreign: Uint8Array;
}

/** FNV-1a's starting value and one step, for callers that hash words as they scan them. */
export const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

export const mix = (hash: number, unit: number) => Math.imul(hash ^ unit, PRIME);

/** FNV-1a of a lower-case ASCII word (the lexicon side of the comparison). */
export function hashWord(word: string): number {
  let hash = OFFSET;
  for (let i = 0; i < word.length; i += 1) hash = mix(hash, word.charCodeAt(i) | 0x20);
  return hash >>> 0;
}

/** FNV-1a of a word's shape: every letter shifted back by the word's first letter. */
export function hashShape(word: string): number {
  const first = (word.charCodeAt(0) | 0x20) - 0x61;
  let hash = OFFSET;
  for (let i = 0; i < word.length; i += 1) hash = mix(hash, (((word.charCodeAt(i) | 0x20) - 0x61 - first + 26) % 26) + 0x61);
  return hash >>> 0;
}

const isOtherLetter = (unit: number) => unit >= 0x80 && unit < 0xd800 && (charFlags(unit) & (LETTER | MARK)) !== 0;

/** Indexes the words inside `ranges` (all of `text` when omitted). */
export function indexWords(text: string, maxWords: number, ranges: ReadonlyArray<{ start: number; end: number }> = [{ start: 0, end: text.length }]): WordIndex {
  const covered = ranges.reduce((sum, range) => sum + range.end - range.start, 0);
  const capacity = Math.min(maxWords, (covered >> 1) + 1);
  const index: WordIndex = {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    forward: new Uint32Array(capacity),
    rot13: new Uint32Array(capacity),
    reversed: new Uint32Array(capacity),
    shape: new Uint32Array(capacity),
    first: new Uint8Array(capacity),
    foreign: new Uint8Array(capacity),
  };
  for (const range of ranges) indexRange(text, range.start, Math.min(range.end, text.length), index, capacity);
  return index;
}

function indexRange(text: string, from: number, length: number, index: WordIndex, capacity: number): void {
  let i = from;
  while (i < length && index.count < capacity) {
    const unit = text.charCodeAt(i);
    if (!isAsciiLetterUnit(unit) && !isOtherLetter(unit)) {
      i += 1;
      continue;
    }
    const start = i;
    const first = (unit | 0x20) - 0x61;
    let forward = OFFSET;
    let rot = OFFSET;
    let shape = OFFSET;
    let foreign = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (isAsciiLetterUnit(c)) {
        const lower = (c | 0x20) - 0x61;
        forward = mix(forward, lower + 0x61);
        rot = mix(rot, ((lower + 13) % 26) + 0x61);
        shape = mix(shape, ((lower - first + 26) % 26) + 0x61);
      } else if (isOtherLetter(c)) {
        foreign = 1;
      } else {
        break;
      }
      i += 1;
    }
    let reversed = OFFSET;
    if (!foreign) for (let k = i - 1; k >= start; k -= 1) reversed = mix(reversed, text.charCodeAt(k) | 0x20);
    const n = index.count;
    index.starts[n] = start;
    index.ends[n] = i;
    index.forward[n] = forward >>> 0;
    index.rot13[n] = rot >>> 0;
    index.reversed[n] = reversed >>> 0;
    index.shape[n] = shape >>> 0;
    index.first[n] = foreign ? 0 : first;
    index.foreign[n] = foreign;
    index.count += 1;
  }
}
