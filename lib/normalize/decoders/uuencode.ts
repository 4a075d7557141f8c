import { MAX_REGIONS } from '../budget.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { isPlausibleText } from '../text-shape.ts';
import { ByteSink, decodeUtf8 } from '../utf8.ts';
import { bytesToRegion } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

/** Most bytes one line holds: 45 (length character "M"), what every uuencoder writes per full line. */
export const MAX_LINE_BYTES = 45;
/** Characters a quartet uses for three bytes. */
const QUARTET = 4;
/**
 * Characters a line may lack at its end: trailing spaces encode zero bits, and chat boxes, editors
 * and templates strip them. Text never has three zero bytes in a row, so its last quartet always
 * has one character left.
 */
const MAX_STRIPPED = 3;

/**
 * Bytes a bare run (no "begin" header before it) must hold: "#TODO" and "$325.00" have the
 * length their first character asks for, and short lines of capitals, digits and punctuation
 * decode to printable ASCII by chance (measured on random ones of the right length: one in forty
 * of 3 bytes, one in 300 to 1,300 of 4 and 5; one in 400 of 6, one in 4,000 of 7 to 9, none longer).
 */
const MIN_BARE_BYTES = 6;
/**
 * A bare run shorter than this many bytes must decode to printable ASCII, and a bare single line
 * to valid UTF-8: random capitals and punctuation of the right length otherwise pass the text
 * test as Latin Extended letters, or as CJK read from UTF-16, a few times in ten thousand.
 */
const SHORT_BARE_BYTES = 16;

const SPACE = 0x20;
const TAB = 0x09;
const LENGTH_BASE = 0x20;

/** uuencode's characters: space (or backtick) for 0 up to "_" for 63. */
const isUuUnit = (unit: number) => unit >= 0x20 && unit <= 0x60;
/** A character's six bits: space and backtick are both 0. */
const sixBits = (unit: number) => (unit - LENGTH_BASE) & 0x3f;
const isLineBlank = (unit: number) => unit === SPACE || unit === TAB;
/** Characters after the length character of a line of `bytes` bytes. */
const lineChars = (bytes: number) => Math.ceil(bytes / 3) * QUARTET;

/**
 * Does a data line start at `at` and end (trailing blanks stripped) at `end`? Its length character
 * says n bytes (1–45, "!"…"M") and exactly ceil(n / 3) × 4 characters follow, up to MAX_STRIPPED
 * of them stripped. The caller has checked that every character is a uuencode character.
 */
function fitsLength(text: string, at: number, end: number): boolean {
  const bytes = text.charCodeAt(at) - LENGTH_BASE;
  if (bytes < 1 || bytes > MAX_LINE_BYTES) return false;
  const expected = lineChars(bytes);
  const present = end - at - 1;
  return present <= expected && present >= expected - MAX_STRIPPED;
}

/** End of a line's content: before "\r\n" or "\n", trailing spaces and tabs stripped. */
function contentEnd(text: string, lineStart: number, lineEnd: number): number {
  let end = lineEnd;
  if (end > lineStart && text.charCodeAt(end - 1) === 0x0d) end -= 1;
  while (end > lineStart && isLineBlank(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

/**
 * Where the data line in `lineStart`…`end` starts, or -1. With `allowPrefix`, the data may follow
 * a blank after other text on the line, as in "Encoded: M…" or "What does this mean? +…" (prompt
 * templates put the first line of a payload there); the longest such line wins. Linear in the
 * line: the characters after the last non-uuencode one are the only possible data.
 */
function dataStart(text: string, lineStart: number, end: number, allowPrefix: boolean): number {
  let firstData = end;
  while (firstData > lineStart && isUuUnit(text.charCodeAt(firstData - 1))) firstData -= 1;
  if (firstData === lineStart && end > lineStart && fitsLength(text, lineStart, end)) return lineStart;
  if (!allowPrefix) return -1;
  for (let at = Math.max(firstData, lineStart + 1); at < end; at += 1) {
    if (isLineBlank(text.charCodeAt(at - 1)) && !isLineBlank(text.charCodeAt(at)) && fitsLength(text, at, end)) return at;
  }
  return -1;
}

/** "begin 644 name": the header the uuencode tool writes before the data lines. */
function isBeginLine(text: string, start: number, end: number): boolean {
  if (!text.startsWith('begin ', start)) return false;
  let k = start + 6;
  const modeStart = k;
  while (k < end && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x37) k += 1;
  return k - modeStart >= 3 && k - modeStart <= 4 && text.charCodeAt(k) === SPACE && k + 1 < end;
}

/** The six bits of the character at `at`, 0 past the line's content (a stripped trailing space). */
const bitsAt = (text: string, at: number, end: number) => (at < end ? sixBits(text.charCodeAt(at)) : 0);

/**
 * Are the bits past a line's last byte zero? Encoders pad the last quartet with zero bits (Python's
 * b2a_uu, GNU uuencode), and random capitals and punctuation rarely do: asked of lines without a
 * header, where structure is the thinner evidence.
 */
function hasZeroPadding(text: string, at: number, end: number): boolean {
  const bytes = text.charCodeAt(at) - LENGTH_BASE;
  const last = at + 1 + lineChars(bytes) - QUARTET;
  const used = bytes % 3;
  if (used === 0) return true;
  const c1 = bitsAt(text, last + 1, end);
  const c2 = bitsAt(text, last + 2, end);
  const c3 = bitsAt(text, last + 3, end);
  return used === 1 ? (c1 & 0x0f) === 0 && c2 === 0 && c3 === 0 : (c2 & 0x03) === 0 && c3 === 0;
}

/**
 * Can data lines without a "begin" header before them be uuencode? Python writes 45-byte lines
 * and zero-pads the last one; lines of three to five bytes ("#TODO", "$325.00" and a price list
 * under it) and padding bits that are not zero are chance.
 */
function isBareRun(text: string, lines: readonly number[], width: number): boolean {
  if (width < MIN_BARE_BYTES) return false;
  for (let k = 0; k < lines.length; k += 2) if (!hasZeroPadding(text, lines[k]!, lines[k + 1]!)) return false;
  return true;
}

/** Are the bytes printable ASCII (blanks and line breaks included)? */
function isPrintableAscii(sink: ByteSink): boolean {
  for (let k = 0; k < sink.length; k += 1) {
    const byte = sink.bytes[k]!;
    if (!((byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d)) return false;
  }
  return true;
}

/**
 * The bytes of a bare run that is one line or short, as text: held to more than bytesToRegion
 * asks (see MIN_BARE_BYTES, SHORT_BARE_BYTES), UTF-8 only.
 */
function bareRunRegion(sink: ByteSink, start: number, end: number): DecodedRegion | undefined {
  if (sink.length < MIN_BARE_BYTES || (sink.length < SHORT_BARE_BYTES && !isPrintableAscii(sink))) return undefined;
  const decoded = decodeUtf8(sink.view());
  if (decoded.invalid > 0 || !isPlausibleText(decoded.text)) return undefined;
  return { start, end, text: decoded.text, starts: decoded.starts, ends: decoded.ends };
}

/** Appends the bytes of the data line at `at` (content ending at `end`), each mapped to its quartet. */
function decodeLine(sink: ByteSink, text: string, at: number, end: number, maxBytes: number): void {
  const bytes = text.charCodeAt(at) - LENGTH_BASE;
  for (let done = 0, q = at + 1; done < bytes && sink.length < maxBytes; done += 3, q += QUARTET) {
    const c0 = bitsAt(text, q, end);
    const c1 = bitsAt(text, q + 1, end);
    const c2 = bitsAt(text, q + 2, end);
    const c3 = bitsAt(text, q + 3, end);
    const quartetEnd = Math.min(q + QUARTET, end);
    sink.push(((c0 << 2) | (c1 >> 4)) & 0xff, q, quartetEnd);
    if (done + 1 < bytes) sink.push(((c1 << 4) | (c2 >> 2)) & 0xff, q, quartetEnd);
    if (done + 2 < bytes) sink.push(((c2 << 6) | c3) & 0xff, q, quartetEnd);
  }
}

/**
 * uuencoded text: data lines whose length character ("!"…"M" for 1–45 bytes) matches the
 * characters that follow (ceil(n / 3) × 4 of space…backtick, trailing padding or its stripping
 * allowed), as Python's `binascii.b2a_uu` writes them one 45-byte chunk at a time and as the
 * `uuencode` tool writes them between "begin 644 name" and "`"/"end". Consecutive data lines are
 * one run when all but the last have the same length; the first may follow other text and a blank
 * ("Encoded: M…"). UTF-8 or UTF-16 underneath.
 *
 * Left alone: lowercase prose (lowercase letters are no uuencode characters), lines whose length
 * does not match their length character, runs whose bytes are not plausible text (bytes-to-text.ts),
 * and, without a "begin" header, runs of lines under MIN_BARE_BYTES, lines whose last quartet is
 * not zero-padded, and single lines or short runs that are not valid UTF-8 (printable ASCII when
 * short): capitals, digits and punctuation that happen to have the right length ("#TODO",
 * "$325.00", "(SEE NOTE 12)").
 */
export const uuencode: Decoder = {
  name: SIGNAL.uuencode,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    const length = text.length;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    // The open run: its data lines as (start, content end) pairs, and the byte count of its first line.
    const lines: number[] = [];
    let width = 0;
    let closed = false;
    let headed = false;
    let afterHeader = false;

    const finishRun = () => {
      if (lines.length === 0) return;
      if (regions.length < MAX_REGIONS && budget > 0 && (headed || isBareRun(text, lines, width))) {
        const sink = new ByteSink(Math.min(budget, (lines.length / 2) * MAX_LINE_BYTES));
        for (let k = 0; k < lines.length && sink.length < budget; k += 2) decodeLine(sink, text, lines[k]!, lines[k + 1]!, budget);
        // A quartet's last bytes may overshoot the budget: cut there.
        if (sink.length > budget) sink.length = budget;
        const start = lines[0]!;
        const end = lines[lines.length - 1]!;
        const strict = !headed && (lines.length === 2 || sink.length < SHORT_BARE_BYTES);
        const region = strict ? bareRunRegion(sink, start, end) : bytesToRegion(sink, start, end);
        if (region) {
          regions.push(region);
          budget -= region.text.length;
        }
      }
      lines.length = 0;
    };

    let lineStart = 0;
    while (lineStart <= length && regions.length < MAX_REGIONS && budget > 0) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = length;
      const end = contentEnd(text, lineStart, lineEnd);
      const open = lines.length > 0;
      const at = dataStart(text, lineStart, end, !open);
      const bytes = at >= 0 ? text.charCodeAt(at) - LENGTH_BASE : 0;
      if (open && (at < 0 || closed || bytes > width)) {
        finishRun();
      }
      if (lines.length === 0) {
        // The line that ended the run may start the next one, after a prefix or not.
        const start = open ? dataStart(text, lineStart, end, true) : at;
        if (start >= 0) {
          lines.push(start, end);
          width = text.charCodeAt(start) - LENGTH_BASE;
          closed = false;
          headed = afterHeader;
        }
      } else {
        lines.push(at, end);
        closed = bytes < width;
      }
      afterHeader = isBeginLine(text, lineStart, end);
      lineStart = lineEnd + 1;
    }
    finishRun();
    return regions;
  },
};

/**
 * uuencoded UTF-8 bytes as `binascii.b2a_uu` writes them (garak's InjectUU): one line per 45
 * bytes, a length character first, a blank for zero (a backtick with `backtick`, as the `uuencode`
 * tool writes). For examples, tests and `lib/eval/obfuscate.ts`.
 */
export function toUuencode(text: string, backtick = false): string {
  const bytes = new TextEncoder().encode(text);
  const char = (value: number) => String.fromCharCode(value === 0 && backtick ? 0x60 : 0x20 + value);
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 45) {
    const chunk = bytes.subarray(i, i + 45);
    let line = char(chunk.length);
    for (let k = 0; k < chunk.length; k += 3) {
      const triple = (chunk[k]! << 16) | ((chunk[k + 1] ?? 0) << 8) | (chunk[k + 2] ?? 0);
      for (let shift = 18; shift >= 0; shift -= 6) line += char((triple >> shift) & 63);
    }
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}
