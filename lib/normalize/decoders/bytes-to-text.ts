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

/**
 * Non-ASCII units a UTF-16 text in one script needs: random units fall in one 128-character block
 * one time in 512, in Hangul one time in six, in Han or kana two times in five.
 */
const MIN_SCRIPT_UNITS = 4;
const MIN_HANGUL_UNITS = 6;
const MIN_HAN_UNITS = 12;
const ARABIC_GROUP = -1;
const HANGUL_GROUP = -2;
const HAN_GROUP = -3;

/**
 * The script group of a non-ASCII UTF-16 unit: Han, kana and CJK or full-width punctuation are one
 * group (Japanese mixes them), Hangul another, Arabic with its presentation forms a third; anything
 * else below U+2000 is its 128-code-point block (Cyrillic, Greek, Hebrew, Devanagari, Thai…);
 * general punctuation (U+2000–U+206F) is neutral (undefined), and the rest has no group (null).
 */
function scriptGroup(unit: number): number | null | undefined {
  if ((unit >= 0x3000 && unit <= 0x30ff) || (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xff00 && unit <= 0xffef)) return HAN_GROUP;
  if ((unit >= 0xac00 && unit <= 0xd7af) || (unit >= 0x1100 && unit <= 0x11ff) || (unit >= 0x3130 && unit <= 0x318f)) return HANGUL_GROUP;
  if ((unit >= 0x0600 && unit <= 0x06ff) || (unit >= 0x0750 && unit <= 0x077f) || (unit >= 0xfb50 && unit <= 0xfdff) || (unit >= 0xfe70 && unit <= 0xfeff)) {
    return ARABIC_GROUP;
  }
  if (unit >= 0x2000 && unit <= 0x206f) return undefined;
  return unit < 0x2000 ? unit >> 7 : null;
}

/** Groups by size, smallest first: a 128-character block, Arabic, Hangul, Han and kana. */
const groupRank = (group: number): number => (group >= 0 ? 0 : -group);

/**
 * The script group that, with printable ASCII and neutral punctuation, makes nine in ten units in
 * this byte order; undefined when none does.
 */
function oneScriptGroup(bytes: Uint8Array, length: number, littleEndian: boolean): number | undefined {
  const units = length >> 1;
  const counts = new Map<number, number>();
  let ascii = 0;
  let neutral = 0;
  for (let i = 0; i + 1 < length; i += 2) {
    const unit = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (unit < 0x80) {
      if (isPrintableAscii(unit)) ascii += 1;
      continue;
    }
    const group = scriptGroup(unit);
    if (group === undefined) neutral += 1;
    else if (group !== null) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  let group = 0;
  let inGroup = 0;
  for (const [candidate, count] of counts) {
    if (count > inGroup) [group, inGroup] = [candidate, count];
  }
  const needed = group === HAN_GROUP ? MIN_HAN_UNITS : group === HANGUL_GROUP ? MIN_HANGUL_UNITS : MIN_SCRIPT_UNITS;
  return inGroup >= needed && ascii + neutral + inGroup >= UTF16_SHARE * units ? group : undefined;
}

/**
 * UTF-16 without a byte order mark in a script other than Latin (a Chinese, Arabic or Russian
 * prompt encoded the way PowerShell's -EncodedCommand encodes): `LITTLE_ENDIAN`, `BIG_ENDIAN` or 0.
 * Nine in ten units must be printable ASCII (spaces, digits, punctuation) or belong to one script
 * group; random bytes spread over every block, so they pass only by chance (see the minimums
 * above). When both byte orders read as one script, the smaller group wins: Cyrillic read in the
 * wrong order is Han (U+0438 → U+3804), Greek is Hangul (U+03B3 → U+B303). Asked only after the
 * bytes failed as UTF-8, so UTF-8 text is never read as UTF-16.
 */
export function oneScriptUtf16Order(bytes: Uint8Array, length: number): number {
  if (length < 2 * MIN_SCRIPT_UNITS || length % 2 !== 0) return 0;
  const little = oneScriptGroup(bytes, length, true);
  const big = oneScriptGroup(bytes, length, false);
  if (little === undefined) return big === undefined ? 0 : BIG_ENDIAN;
  return big === undefined || groupRank(little) <= groupRank(big) ? LITTLE_ENDIAN : BIG_ENDIAN;
}

/**
 * Cheap binary test on raw bytes, before any UTF-8 work: images and keys fail here (UTF-16 text
 * does not, in any script: Arabic or Chinese UTF-16 is full of control bytes).
 */
export function looksBinary(bytes: Uint8Array, length: number): boolean {
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) controls += 1;
  }
  return controls > MAX_CONTROL_SHARE * length && utf16Order(bytes, length) === 0 && oneScriptUtf16Order(bytes, length) === 0;
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
 * Turns decoded bytes into a region when they are plausibly text: UTF-16 (see utf16Order), valid
 * UTF-8 (a few bad bytes tolerated), or else UTF-16 in one non-Latin script (oneScriptUtf16Order);
 * printable, mostly letters. Otherwise undefined: binary data does not become a view.
 */
export function bytesToRegion(sink: ByteSink, start: number, end: number): DecodedRegion | undefined {
  if (sink.length < 3) return undefined;
  const order = utf16Order(sink.bytes, sink.length);
  if (order !== 0) return utf16Region(sink, order, start, end);
  // looksBinary has already asked oneScriptUtf16Order: bytes it calls binary are no UTF-16 either.
  if (looksBinary(sink.bytes, sink.length)) return undefined;
  const decoded = decodeUtf8(sink.view());
  if (decoded.invalid <= Math.max(1, decoded.text.length * 0.02) && isPlausibleText(decoded.text)) {
    return { start, end, text: decoded.text, starts: decoded.starts, ends: decoded.ends };
  }
  const scriptOrder = oneScriptUtf16Order(sink.bytes, sink.length);
  return scriptOrder === 0 ? undefined : utf16Region(sink, scriptOrder, start, end);
}
