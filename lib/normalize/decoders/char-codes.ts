import { MAX_REGIONS } from '../budget.ts';
import { charFlags, LETTER } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { decodeUtf8, unitsToString } from '../utf8.ts';
import { multiByteCharacters, readsAsWords } from './decoded-words.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

/** Fewest numbers a run needs: shorter lists are dates, versions, coordinates, scores and IP addresses. */
export const MIN_CHAR_CODES = 6;
/** Longest separator between two numbers: `) + chr(` has eight characters. */
const MAX_SEPARATOR = 8;
/** Longest number: U+10FFFF is 1114111, seven digits. */
const MAX_DIGITS = 7;
/** Line breaks one blank separator may hold: more is a new block of the text, not the same list. */
const MAX_SEPARATOR_BREAKS = 2;
/**
 * Share of steps between neighbouring numbers that may repeat the step before: sequences
 * ("100 101 102 103"), arithmetic series and repeated values do so at every step, text hardly ever
 * ("abc", "lll").
 */
const MAX_REPEATED_STEP_SHARE = 0.5;

// How the numbers of a run are separated: not known yet (one number), all by blanks, line breaks
// and single commas or semicolons, or all by the same string as the first separator.
const UNDECIDED = 0;
const SIMPLE = 1;
const SAME = 2;

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;
/**
 * Cheap test before the scan (the regex engine is several times faster than the loop): six numbers
 * in a row, each separated by at most MAX_SEPARATOR characters. Every run the scan accepts has them.
 */
export const SIX_NUMBERS = /\d(?:\D{1,8}\d+){5}/;

/** A letter, digit or underscore next to a number makes it part of a word or code ("x73", "10px", "v2"). */
const isWordUnit = (unit: number): boolean =>
  unit < 0x80
    ? isDigit(unit) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || unit === 0x5f
    : unit < 0xd800 && (charFlags(unit) & LETTER) !== 0;

const isBlank = (unit: number) => unit === 0x20 || unit === 0x09;
const isLineBreak = (unit: number) => unit === 0x0a || unit === 0x0d;

/**
 * Could this number be a character? Tab, line feed, carriage return, printable ASCII, and anything
 * from U+0080 on but private use and noncharacters. Surrogates pass here: `String.fromCharCode`
 * writes an emoji as two of them, and decodeCodePoints pairs them up. Other controls (0–31, 127)
 * are what lists of counts and indexes hold, and no text does.
 */
const isCharacterValue = (value: number): boolean =>
  value === 0x09 ||
  value === 0x0a ||
  value === 0x0d ||
  (value >= 0x20 && value <= 0x7e) ||
  (value >= 0x80 && value <= 0x10ffff && !(value >= 0xe000 && value <= 0xf8ff) && !(value >= 0xfdd0 && value <= 0xfdef) && (value & 0xfffe) !== 0xfffe && value < 0xf0000);

/**
 * Reads the number whose first digit is at `i`: its end, or -1 when it is no stand-alone number of
 * at most seven digits. A number glued to a word ("x73", "73px"), written as a decimal HTML entity
 * (`&#73;`, html-entities.ts decodes it) or a backslash escape (`\151`, escapes.ts) is none.
 */
function numberEnd(text: string, i: number, limit: number): number {
  if (i > 0) {
    const before = text.charCodeAt(i - 1);
    if (isWordUnit(before) || before === 0x5c) return -1;
    if (before === 0x23 && i > 1 && text.charCodeAt(i - 2) === 0x26) return -1;
  }
  let j = i;
  while (j < limit && isDigit(text.charCodeAt(j))) j += 1;
  if (j - i > MAX_DIGITS) return -1;
  if (j < limit && isWordUnit(text.charCodeAt(j))) return -1;
  return j;
}

/**
 * Is text[from, to) a separator of the simple kind: blanks and line breaks (two at most) with at
 * most one comma or semicolon among them ("73 103", "73,103", "73, 103", "73;\n103")?
 */
function isSimpleSeparator(text: string, from: number, to: number): boolean {
  let punctuation = 0;
  let breaks = 0;
  for (let k = from; k < to; k += 1) {
    const unit = text.charCodeAt(k);
    if (unit === 0x2c || unit === 0x3b) punctuation += 1;
    else if (isLineBreak(unit)) breaks += 1;
    else if (!isBlank(unit)) return false;
  }
  return punctuation <= 1 && breaks <= MAX_SEPARATOR_BREAKS;
}

/** Does text[from, to) repeat text[reference, reference + (to - from)) exactly? */
function sameSeparator(text: string, from: number, to: number, reference: number, referenceLength: number): boolean {
  if (to - from !== referenceLength) return false;
  for (let k = 0; k < referenceLength; k += 1) if (text.charCodeAt(from + k) !== text.charCodeAt(reference + k)) return false;
  return true;
}

/** Has text[from, to) a line break? A separator of another kind repeated across lines is layout (a table), not one list. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (isLineBreak(text.charCodeAt(k))) return true;
  return false;
}

/**
 * The numbers of one run with the source range of each. One list is reused for every run (typed
 * arrays that only grow): prose holds a number every few words, and most runs are one number long.
 */
class NumberList {
  values: Int32Array = new Int32Array(64);
  starts: Int32Array = new Int32Array(64);
  ends: Int32Array = new Int32Array(64);
  length = 0;
  /** Set when a number is no character: the whole run is then left alone. */
  invalid = false;
  largest = 0;

  reset(): void {
    this.length = 0;
    this.invalid = false;
    this.largest = 0;
  }

  push(value: number, start: number, end: number): void {
    if (this.invalid) return;
    if (!isCharacterValue(value)) {
      this.invalid = true;
      return;
    }
    if (this.length === this.values.length) {
      this.values = grow(this.values);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.values[this.length] = value;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
    if (value > this.largest) this.largest = value;
  }
}

function grow(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

const list = new NumberList();

/** Decoded UTF-16 units with the source range of each. */
interface Units {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
  /** Characters decoded from two to four UTF-8 bytes (0 unless the numbers were read as UTF-8). */
  utf8Characters?: number;
}

/**
 * Does the list count or repeat rather than spell? Sorted lists (every step the same way) and
 * series or repeats (half the steps equal to the step before) are data: text goes up and down,
 * and its steps vary.
 */
function looksLikeSeries(values: Int32Array, length: number): boolean {
  let rising = true;
  let falling = true;
  let repeated = 0;
  for (let k = 1; k < length; k += 1) {
    const step = values[k]! - values[k - 1]!;
    if (step < 0) rising = false;
    if (step > 0) falling = false;
    if (k >= 2 && step === values[k - 1]! - values[k - 2]!) repeated += 1;
  }
  return rising || falling || repeated > MAX_REPEATED_STEP_SHARE * (length - 2);
}

/**
 * Values above 255 are Unicode code points (`String.fromCharCode`, `chr`, `ord`): UTF-16 units or
 * whole code points, a surrogate pair joined back into one character. Undefined when a surrogate
 * is unpaired or a value is a C1 control (U+0080–U+009F), which no text holds.
 */
function decodeCodePoints(numbers: NumberList): Units | undefined {
  const { values, starts, ends, length } = numbers;
  const units = new Uint16Array(2 * length);
  const unitStarts = new Int32Array(2 * length);
  const unitEnds = new Int32Array(2 * length);
  let size = 0;
  const emit = (unit: number, k: number) => {
    units[size] = unit;
    unitStarts[size] = starts[k]!;
    unitEnds[size] = ends[k]!;
    size += 1;
  };
  for (let k = 0; k < length; k += 1) {
    const value = values[k]!;
    if ((value >= 0x80 && value <= 0x9f) || (value >= 0xdc00 && value <= 0xdfff)) return undefined;
    if (value >= 0xd800 && value <= 0xdbff) {
      const low = k + 1 < length ? values[k + 1]! : -1;
      if (!(low >= 0xdc00 && low <= 0xdfff)) return undefined;
      emit(value, k);
      emit(low, k + 1);
      k += 1;
    } else if (value > 0xffff) {
      emit(0xd800 + ((value - 0x10000) >> 10), k);
      emit(0xdc00 + ((value - 0x10000) & 0x3ff), k);
    } else {
      emit(value, k);
    }
  }
  return { units, starts: unitStarts, ends: unitEnds, length: size };
}

/**
 * Values up to 255 are bytes: UTF-8 when they decode as UTF-8 without a single error (a Russian or
 * accented text written byte by byte), else Latin-1 code points ("caf 233" is "café"), where the C1
 * controls 128–159 are no text.
 */
function decodeBytes(numbers: NumberList): Units | undefined {
  const { values, starts, ends, length } = numbers;
  if (numbers.largest >= 0x80) {
    const bytes = Uint8Array.from(values.subarray(0, length));
    const decoded = decodeUtf8({ bytes, starts, ends, length });
    if (decoded.invalid === 0) {
      const units = new Uint16Array(decoded.text.length);
      for (let k = 0; k < units.length; k += 1) units[k] = decoded.text.charCodeAt(k);
      return { units, starts: decoded.starts, ends: decoded.ends, length: units.length, utf8Characters: multiByteCharacters(decoded.text) };
    }
    for (let k = 0; k < length; k += 1) if (values[k]! >= 0x80 && values[k]! <= 0x9f) return undefined;
  }
  return { units: Uint16Array.from(values.subarray(0, length)), starts, ends, length };
}

/**
 * Drops the bytes of a UTF-8 character that the budget cut in two at the end of the list (at most
 * three), so the rest still decodes without an error.
 */
function dropCutCharacter(numbers: NumberList): void {
  const { values } = numbers;
  let continuation = 0;
  let k = numbers.length - 1;
  while (k >= 0 && continuation < 3 && values[k]! >= 0x80 && values[k]! <= 0xbf) {
    continuation += 1;
    k -= 1;
  }
  if (k < 0) return;
  const lead = values[k]!;
  const needed = lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xc2 && lead <= 0xdf ? 1 : 0;
  if (needed > continuation) numbers.length = k;
}

/** Turns the run of numbers in `list` into a region when it spells text; `capped` when the budget cut it short. */
function decodeRun(capped: boolean, maxChars: number): DecodedRegion | undefined {
  if (list.invalid || list.length < MIN_CHAR_CODES) return undefined;
  if (looksLikeSeries(list.values, list.length)) return undefined;
  const codePoints = list.largest > 0xff;
  if (capped && !codePoints) dropCutCharacter(list);
  const decoded = codePoints ? decodeCodePoints(list) : decodeBytes(list);
  if (!decoded) return undefined;
  let count = Math.min(decoded.length, maxChars);
  // Never keep half of a surrogate pair the budget cut in two.
  if (count > 0 && count < decoded.length && decoded.units[count - 1]! >= 0xd800 && decoded.units[count - 1]! <= 0xdbff) count -= 1;
  if (count === 0) return undefined;
  const text = unitsToString(decoded.units, count);
  if (!readsAsWords(text, decoded.utf8Characters ?? 0)) return undefined;
  return { start: decoded.starts[0]!, end: decoded.ends[count - 1]!, text, starts: decoded.starts.slice(0, count), ends: decoded.ends.slice(0, count) };
}

/**
 * Reads one run of numbers from the stand-alone number at `from` (ending at `firstEnd`): numbers
 * separated either all by blanks, line breaks and single commas or semicolons, or all by the very
 * same short string (`)+chr(`, ` + `). Ends before a separator of another kind or a number that is
 * not stand-alone. Returns where scanning goes on and the region, when the run spells text.
 */
function readRun(text: string, from: number, firstEnd: number, limit: number, maxChars: number): { next: number; region?: DecodedRegion } {
  list.reset();
  // Enough numbers for the budget even when every character takes four UTF-8 bytes.
  const cap = 4 * maxChars + 3;
  let mode = UNDECIDED;
  let reference = 0;
  let referenceLength = 0;
  let start = from;
  let end = firstEnd;
  let numbers = 0;
  let capped = false;
  for (;;) {
    let value = 0;
    for (let k = start; k < end; k += 1) value = value * 10 + (text.charCodeAt(k) - 0x30);
    list.push(value, start, end);
    numbers += 1;
    if (numbers >= cap) {
      capped = true;
      break;
    }
    let k = end;
    while (k < limit && k - end <= MAX_SEPARATOR && !isDigit(text.charCodeAt(k))) k += 1;
    if (k >= limit || k === end || k - end > MAX_SEPARATOR) break;
    const nextEnd = numberEnd(text, k, limit);
    if (nextEnd < 0) break;
    const simple = isSimpleSeparator(text, end, k);
    if (mode === UNDECIDED) {
      if (simple) mode = SIMPLE;
      else if (!hasLineBreak(text, end, k)) {
        mode = SAME;
        reference = end;
        referenceLength = k - end;
      } else break;
    } else if (mode === SIMPLE ? !simple : !sameSeparator(text, end, k, reference, referenceLength)) {
      break;
    }
    start = k;
    end = nextEnd;
  }
  const region = decodeRun(capped, maxChars);
  if (region) return { next: end, region };
  // The last number may begin a list with separators of another kind ("5, 73)+chr(103)+chr(…").
  return { next: numbers >= 2 && !capped ? start : end };
}

/**
 * Text written as decimal character codes, an evasion of prompt filters: ASCII or UTF-8 byte
 * values ("73 103 110 111 114 101 32 97 108 108", "73,103,110,…"), the same inside code
 * (`String.fromCharCode(73, 103, …)`, `[73, 103]`, `bytes([73, 103])`, `chr(73)+chr(103)`), and
 * Unicode code points when a value exceeds 255 ("20320, 22909" is 你好; `String.fromCharCode`
 * surrogate pairs are joined). Numbers are separated all by blanks, line breaks and single commas
 * or semicolons, or all by one repeated string of up to eight characters.
 *
 * Values up to 255 are UTF-8 bytes when they decode as such, else Latin-1. The region covers the
 * numbers only (not `chr(` or `String.fromCharCode(`), each decoded character mapped to its numbers.
 *
 * Numbers are far more often data, so a run is decoded only when it reads as text: at least six
 * numbers, every one a character (tab, line break, printable ASCII, or above 127: a single 0 or
 * 5 leaves the whole run alone), not sorted, a series or repeats, and decoding to words
 * (readsAsWords: spaced words in English-like letter pairs or in one script, one or two common
 * English words, or Chinese or Japanese with its function characters). Scores, prices, salaries,
 * years, ports, dates, versions, IP addresses, phone numbers, numbered lists, byte arrays of
 * binary data and sequential ranges are left alone, as are numbers glued to a word ("73px",
 * "0x49"), decimal HTML entities (`&#73;`, html-entities.ts decodes them) and backslash escapes
 * (`\151`, escapes.ts).
 */
export const charCodes: Decoder = {
  name: SIGNAL.charCodes,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!SIX_NUMBERS.test(text)) return [];
    const limit = text.length;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let i = 0;
    while (i < limit && regions.length < MAX_REGIONS && budget > 0) {
      if (!isDigit(text.charCodeAt(i))) {
        i += 1;
        continue;
      }
      const end = numberEnd(text, i, limit);
      if (end < 0) {
        // Part of a word or a longer number: skip all of it.
        while (i < limit && isWordUnit(text.charCodeAt(i))) i += 1;
        continue;
      }
      const run = readRun(text, i, end, limit, budget);
      if (run.region) {
        regions.push(run.region);
        budget -= run.region.text.length;
      }
      i = Math.max(run.next, i + 1);
    }
    return regions;
  },
};

/** `text` as its UTF-8 bytes in decimal, separated by `separator`. For examples and tests. */
export function toCharCodes(text: string, separator = ' '): string {
  return [...new TextEncoder().encode(text)].join(separator);
}
