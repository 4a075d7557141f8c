import { charFlags, DIGIT, LETTER, MARK, SPACE } from '../char-class.ts';
import { isPlausibleText } from '../text-shape.ts';
import { decodeUtf8, unitsToString, type ByteSink } from '../utf8.ts';
import { MAX_REGIONS } from '../budget.ts';
import type { DecodedRegion } from './decoder.ts';

/** Share of bytes that may be controls before a byte string counts as binary. */
const MAX_CONTROL_SHARE = 0.05;
/** Share of high (or low) bytes that must be zero, and of the others printable ASCII, for UTF-16 without a BOM. */
const UTF16_SHARE = 0.9;
/** Shortest UTF-16 without a BOM: three characters. */
const MIN_UTF16_BYTES = 6;
/** Units of decoded UTF-16 checked for being text (letters, digits, blanks, punctuation). */
const UTF16_PROBE_UNITS = 4096;

export const LITTLE_ENDIAN = 1;
export const BIG_ENDIAN = 2;
/** Added to the byte order when the bytes start with a byte order mark. */
export const WITH_BOM = 4;

const isPrintableAscii = (b: number) => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Are these bytes UTF-16 text? `LITTLE_ENDIAN` or `BIG_ENDIAN` (plus `WITH_BOM`) when they start
 * with a byte order mark (FF FE, FE FF), or when — even length, at least three units — nine in ten
 * high bytes are zero and nine in ten low bytes printable ASCII (PowerShell's -EncodedCommand,
 * Windows tools); 0 otherwise. One pass over the bytes.
 */
export function utf16Order(bytes: Uint8Array, length: number): number {
  if (length >= 4) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return LITTLE_ENDIAN | WITH_BOM;
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return BIG_ENDIAN | WITH_BOM;
  }
  if (length < MIN_UTF16_BYTES || length % 2 !== 0) return 0;
  let evenZero = 0;
  let oddZero = 0;
  let evenPrintable = 0;
  let oddPrintable = 0;
  for (let i = 0; i < length; i += 2) {
    const even = bytes[i]!;
    const odd = bytes[i + 1]!;
    if (even === 0) evenZero += 1;
    else if (isPrintableAscii(even)) evenPrintable += 1;
    if (odd === 0) oddZero += 1;
    else if (isPrintableAscii(odd)) oddPrintable += 1;
  }
  const units = length / 2;
  if (oddZero >= UTF16_SHARE * units && evenPrintable >= UTF16_SHARE * units) return LITTLE_ENDIAN;
  if (evenZero >= UTF16_SHARE * units && oddPrintable >= UTF16_SHARE * units) return BIG_ENDIAN;
  return 0;
}

/** Cheap binary test on raw bytes, before any UTF-8 work: images and keys fail here (UTF-16 text does not). */
export function looksBinary(bytes: Uint8Array, length: number): boolean {
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) controls += 1;
  }
  return controls > MAX_CONTROL_SHARE * length && utf16Order(bytes, length) === 0;
}

/**
 * Is decoded UTF-16 made of text characters? Random bytes behind a byte order mark decode to
 * printable units of every block (half of the BMP is CJK letters), but also to private-use,
 * unassigned and symbol units, which text rarely has in such numbers.
 */
function isUtf16Text(units: Uint16Array, length: number): boolean {
  const count = Math.min(length, UTF16_PROBE_UNITS);
  let good = 0;
  for (let k = 0; k < count; k += 1) {
    const unit = units[k]!;
    if (unit < 0x80) {
      if (isPrintableAscii(unit)) good += 1;
    } else if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < length && units[k + 1]! >= 0xdc00 && units[k + 1]! <= 0xdfff) {
      good += 2; // an astral character (emoji) and its low half
      k += 1;
    } else if ((unit >= 0x2000 && unit <= 0x206f) || (unit >= 0x3000 && unit <= 0x303f) || (unit >= 0xff00 && unit <= 0xffef)) {
      good += 1; // general, CJK and full-width punctuation
    } else if (!(unit >= 0xd800 && unit <= 0xdfff) && (charFlags(unit) & (LETTER | MARK | DIGIT | SPACE)) !== 0) {
      good += 1;
    }
  }
  return good >= UTF16_SHARE * count;
}

/** Decodes UTF-16 bytes, each unit mapped to the source range of its two bytes. */
function utf16Region(sink: ByteSink, order: number, start: number, end: number): DecodedRegion | undefined {
  const { bytes, starts, ends } = sink;
  const from = order & WITH_BOM ? 2 : 0;
  let count = (sink.length - from) >> 1;
  const littleEndian = (order & LITTLE_ENDIAN) !== 0;
  const units = new Uint16Array(count);
  const unitStarts = new Int32Array(count);
  const unitEnds = new Int32Array(count);
  for (let k = 0; k < count; k += 1) {
    const b = from + 2 * k;
    units[k] = littleEndian ? bytes[b]! | (bytes[b + 1]! << 8) : (bytes[b]! << 8) | bytes[b + 1]!;
    unitStarts[k] = Math.min(starts[b]!, starts[b + 1]!);
    unitEnds[k] = Math.max(ends[b]!, ends[b + 1]!);
  }
  while (count > 0 && units[count - 1] === 0) count -= 1; // a C string's terminator
  let invalid = 0;
  for (let k = 0; k < count; k += 1) {
    const unit = units[k]!;
    if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < count && units[k + 1]! >= 0xdc00 && units[k + 1]! <= 0xdfff) k += 1;
    else if (unit >= 0xd800 && unit <= 0xdfff) invalid += 1;
  }
  if (invalid > Math.max(1, count * 0.02) || !isUtf16Text(units, count)) return undefined;
  const text = unitsToString(units, count);
  if (!isPlausibleText(text)) return undefined;
  return { start, end, text, starts: unitStarts.slice(0, count), ends: unitEnds.slice(0, count) };
}

/**
 * The regions of `runs` (source ranges of one encoding) that decode to plausible text: each run is
 * decoded to bytes by `decodeRun` within what is left of `maxChars`, at most MAX_REGIONS kept.
 */
export function regionsFromByteRuns(
  text: string,
  runs: ReadonlyArray<{ start: number; end: number }>,
  decodeRun: (text: string, start: number, end: number, maxBytes: number) => ByteSink,
  maxChars: number,
): DecodedRegion[] {
  const regions: DecodedRegion[] = [];
  let budget = maxChars;
  for (const run of runs) {
    if (regions.length >= MAX_REGIONS || budget <= 0) break;
    const region = bytesToRegion(decodeRun(text, run.start, run.end, budget), run.start, run.end);
    if (!region) continue;
    budget -= region.text.length;
    regions.push(region);
  }
  return regions;
}

/**
 * Turns decoded bytes into a region when they are plausibly text: UTF-16 (see utf16Order), or
 * valid UTF-8 (a few bad bytes tolerated); printable, mostly letters. Otherwise undefined: binary
 * data does not become a view.
 */
export function bytesToRegion(sink: ByteSink, start: number, end: number): DecodedRegion | undefined {
  if (sink.length < 3) return undefined;
  const order = utf16Order(sink.bytes, sink.length);
  if (order !== 0) return utf16Region(sink, order, start, end);
  if (looksBinary(sink.bytes, sink.length)) return undefined;
  const decoded = decodeUtf8(sink.view());
  if (decoded.invalid > Math.max(1, decoded.text.length * 0.02)) return undefined;
  if (!isPlausibleText(decoded.text)) return undefined;
  return { start, end, text: decoded.text, starts: decoded.starts, ends: decoded.ends };
}
