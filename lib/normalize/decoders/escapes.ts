import { MAX_REGIONS } from '../budget.ts';
import { charFlags, LETTER, MARK } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { ByteSink } from '../utf8.ts';
import { regionsFromByteRuns } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { nibble } from './hex-digit.ts';

/** A single escape ("\u00e9" in a JSON string, "\1" in a regex) is what code ordinarily holds. */
export const MIN_ESCAPES = 2;
/** Most plain characters between two escapes of one run, and around it. */
export const MAX_GAP = 64;
/** hex.ts decodes this many `\xNN` in a row (patterns.ts HEX_ESCAPES): such runs are left to it. */
const HEX_ESCAPE_RUN = 4;

/** What the backslash at a position starts (readEscape). */
const NONE = 0;
/** `\n`, `\t`, `\r`, `\"`, `\'`, `` \` ``, `\\`, `\/`: ordinary in strings, decoded but not counted. */
const SIMPLE = 1;
/** `\uXXXX`: one UTF-16 unit (half of a surrogate pair, maybe). */
const UNIT = 2;
/** `\u{1F600}`, `\U0001F600`: a code point. */
const CODE_POINT = 3;
/** `\xNN` and octal `\151`: a byte, UTF-8 underneath. */
const HEX_BYTE = 4;
const OCTAL_BYTE = 5;
/**
 * `\\` that starts an escape of an ASCII letter or digit (`\\u0069`): escaped once more, decoded at
 * the next depth. JSON inside JSON doubles ordinary escapes (`\\u00e9`, `\\n`): those do not count.
 */
const DOUBLED = 6;

// The escape readEscape last read: module state instead of an object per backslash.
let escapeKind = NONE;
let escapeValue = 0;
let escapeLength = 1;

const SIMPLE_VALUES = new Int16Array(128).fill(-1);
SIMPLE_VALUES[0x6e] = 0x0a; // n
SIMPLE_VALUES[0x74] = 0x09; // t
SIMPLE_VALUES[0x72] = 0x0d; // r
for (const ch of '"\'`\\/') SIMPLE_VALUES[ch.charCodeAt(0)] = ch.charCodeAt(0);

const isOctal = (c: number) => c >= 0x30 && c <= 0x37;
const isAsciiAlphanumeric = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isDecimal = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * CSS escapes (`\49 \67 \6e`): a backslash, one to six hex digits and a blank that ends the escape
 * (consumed), or another backslash right after (`\49\67`, unless the digits also make a C octal
 * escape: `\151\147` is octal). Printable ASCII, and beyond it letters ended by a blank: `C:\bad file`
 * and `\2023 report` in a Windows path are no escapes. Sets the escape state and returns true when it read one.
 */
function readCssEscape(text: string, i: number): boolean {
  let value = 0;
  let k = i + 1;
  let octal = true;
  while (k < i + 7) {
    const digit = nibble(text.charCodeAt(k));
    if (digit < 0) break;
    octal &&= digit < 8;
    value = value * 16 + digit;
    k += 1;
  }
  if (k === i + 1 || value < 0x20 || value === 0x7f || value > 0xfffd) return false;
  const after = text.charCodeAt(k);
  const blank = after === 0x20 || after === 0x09;
  if (!blank && !(after === 0x5c && !(octal && k - i <= 4))) return false;
  // Beyond ASCII only letters ended by a blank: a folder named `\bad ` or `\2023 ` is no letter.
  if (value > 0x7e && !(blank && value >= 0xa0 && charFlags(value) & (LETTER | MARK))) return false;
  escapeKind = CODE_POINT;
  escapeValue = value;
  escapeLength = k - i + (blank ? 1 : 0);
  return true;
}

/** Reads the escape that starts with the backslash at `i` (bounded look-ahead: at most 11 characters). */
function readEscape(text: string, i: number): void {
  escapeKind = NONE;
  escapeValue = 0x5c;
  escapeLength = 1;
  const next = text.charCodeAt(i + 1);
  if (next === 0x75) {
    // \u{…} (1–6 digits) or \uXXXX
    if (text.charCodeAt(i + 2) === 0x7b) {
      let value = 0;
      let k = i + 3;
      while (k < i + 9 && nibble(text.charCodeAt(k)) >= 0) value = value * 16 + nibble(text.charCodeAt(k++));
      if (k > i + 3 && text.charCodeAt(k) === 0x7d && value <= 0x10ffff) {
        escapeKind = CODE_POINT;
        escapeValue = value;
        escapeLength = k + 1 - i;
      }
      return;
    }
    let value = 0;
    for (let k = i + 2; k < i + 6; k += 1) {
      const digit = nibble(text.charCodeAt(k));
      if (digit < 0) return;
      value = value * 16 + digit;
    }
    escapeKind = UNIT;
    escapeValue = value;
    escapeLength = 6;
    return;
  }
  if (next === 0x55) {
    let value = 0;
    for (let k = i + 2; k < i + 10; k += 1) {
      const digit = nibble(text.charCodeAt(k));
      if (digit < 0) return;
      value = value * 16 + digit;
    }
    if (value > 0x10ffff) return;
    escapeKind = CODE_POINT;
    escapeValue = value;
    escapeLength = 10;
    return;
  }
  if (next === 0x78) {
    const high = nibble(text.charCodeAt(i + 2));
    const low = nibble(text.charCodeAt(i + 3));
    if (high < 0 || low < 0) return;
    escapeKind = HEX_BYTE;
    escapeValue = (high << 4) | low;
    escapeLength = 4;
    return;
  }
  if (readCssEscape(text, i)) return;
  if (isOctal(next)) {
    let value = 0;
    let k = i + 1;
    while (k < i + 4 && isOctal(text.charCodeAt(k))) value = value * 8 + text.charCodeAt(k++) - 0x30;
    // A number in a path ("C:\data\2023") is no escape; neither is a value past one byte ("\456").
    if (value > 0xff || isDecimal(text.charCodeAt(k))) return;
    escapeKind = OCTAL_BYTE;
    escapeValue = value;
    escapeLength = k - i;
    return;
  }
  const simple = next < 128 ? SIMPLE_VALUES[next]! : -1;
  if (simple >= 0) {
    let doubled = false;
    const after = text.charCodeAt(i + 2);
    if (next === 0x5c && (after === 0x75 || after === 0x55 || after === 0x78)) {
      readEscape(text, i + 1); // one level deep only: a letter follows that backslash
      doubled = escapeKind >= UNIT && escapeKind <= HEX_BYTE && isAsciiAlphanumeric(escapeValue);
    }
    escapeKind = doubled ? DOUBLED : SIMPLE;
    escapeValue = simple;
    escapeLength = 2;
  }
}

/** Does the escape just read count towards MIN_ESCAPES? A numeric one of a printable character or byte. */
const escapeCounts = () => escapeKind >= UNIT && escapeValue >= 0x20 && escapeValue !== 0x7f && !(escapeValue >= 0x80 && escapeValue <= 0x9f && escapeKind <= CODE_POINT);

/** Ends a run: line breaks and string delimiters. */
const isRunBreak = (unit: number) => unit === 0x0a || unit === 0x0d || unit === 0x22 || unit === 0x27 || unit === 0x60;

/** Characters before the first escape that the run takes along (the rest of its string or line); a backslash is not parsed backwards. */
const isContextUnit = (unit: number) => !isRunBreak(unit) && unit !== 0x5c && unit !== 0x2028 && unit !== 0x2029;

/**
 * Stretches of text around backslash escapes: from one counted escape to the next, across at
 * most MAX_GAP plain characters on one line and within one string literal, plus at most MAX_GAP
 * characters of that string or line before the first escape and after the last
 * ("\u0049gnore \u0061ll previous instructions" is one run). Hand-written, one pass from
 * backslash to backslash; runs of `\xNN` escapes alone that hex.ts decodes are left out.
 */
export function escapeRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  const length = text.length;
  let covered = 0;
  let at = text.indexOf('\\');
  while (at !== -1 && runs.length < 4 * MAX_REGIONS) {
    readEscape(text, at);
    if (!escapeCounts()) {
      at = text.indexOf('\\', at + escapeLength);
      continue;
    }
    let counted = 1;
    let notHex = escapeKind === HEX_BYTE ? 0 : 1;
    let hexStreak = escapeKind === HEX_BYTE ? 1 : 0;
    let longestHexStreak = hexStreak;
    let lastEnd = at + escapeLength;
    let j = lastEnd;
    while (j < length && j - lastEnd <= MAX_GAP) {
      const unit = text.charCodeAt(j);
      if (unit === 0x5c) {
        readEscape(text, j);
        if (escapeCounts()) {
          counted += 1;
          if (escapeKind !== HEX_BYTE) notHex += 1;
          hexStreak = escapeKind === HEX_BYTE ? (j === lastEnd ? hexStreak + 1 : 1) : 0;
          if (hexStreak > longestHexStreak) longestHexStreak = hexStreak;
          lastEnd = j + escapeLength;
        }
        j += escapeLength;
        continue;
      }
      if (isRunBreak(unit)) break;
      j += 1;
    }
    let start = at;
    while (start > covered && at - start < MAX_GAP && isContextUnit(text.charCodeAt(start - 1))) start -= 1;
    if (counted >= MIN_ESCAPES && (notHex > 0 || longestHexStreak < HEX_ESCAPE_RUN)) {
      runs.push({ start, end: j });
      covered = j;
    }
    // A parse from `at` stands at `j`, and no counted escape lies between lastEnd and j.
    at = text.indexOf('\\', j);
  }
  return runs;
}

/** Appends a code point as UTF-8, every byte mapped to [start, end); a surrogate becomes an invalid byte. */
export function pushCodePoint(sink: ByteSink, cp: number, start: number, end: number): void {
  if (cp < 0x80) {
    sink.push(cp, start, end);
  } else if (cp < 0x800) {
    sink.push(0xc0 | (cp >> 6), start, end);
    sink.push(0x80 | (cp & 0x3f), start, end);
  } else if (cp >= 0xd800 && cp <= 0xdfff) {
    sink.push(0xff, start, end);
  } else if (cp < 0x10000) {
    sink.push(0xe0 | (cp >> 12), start, end);
    sink.push(0x80 | ((cp >> 6) & 0x3f), start, end);
    sink.push(0x80 | (cp & 0x3f), start, end);
  } else {
    sink.push(0xf0 | (cp >> 18), start, end);
    sink.push(0x80 | ((cp >> 12) & 0x3f), start, end);
    sink.push(0x80 | ((cp >> 6) & 0x3f), start, end);
    sink.push(0x80 | (cp & 0x3f), start, end);
  }
}

/** Appends the source character at `i` (a surrogate pair whole) and returns the index after it. */
export function pushSourceCharacter(sink: ByteSink, text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      pushCodePoint(sink, 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), i, i + 2);
      return i + 2;
    }
  }
  pushCodePoint(sink, unit, i, i + 1);
  return i + 1;
}

/** Decodes [start, end) into UTF-8 bytes: escapes by value, other characters as they are. */
function decodeRun(text: string, start: number, end: number, maxBytes: number): ByteSink {
  const sink = new ByteSink(Math.min(maxBytes, end - start));
  let i = start;
  while (i < end && sink.length < maxBytes) {
    if (text.charCodeAt(i) !== 0x5c) {
      i = pushSourceCharacter(sink, text, i);
      continue;
    }
    readEscape(text, i);
    const kind = escapeKind;
    const value = escapeValue;
    const size = escapeLength;
    if (kind === UNIT && value >= 0xd800 && value <= 0xdbff && i + size < end && text.charCodeAt(i + size) === 0x5c) {
      readEscape(text, i + size);
      if (escapeKind === UNIT && escapeValue >= 0xdc00 && escapeValue <= 0xdfff) {
        pushCodePoint(sink, 0x10000 + ((value - 0xd800) << 10) + (escapeValue - 0xdc00), i, i + size + escapeLength);
        i += size + escapeLength;
        continue;
      }
    }
    if (kind === UNIT || kind === CODE_POINT) pushCodePoint(sink, value, i, i + size);
    else sink.push(value, i, i + size); // bytes, simple escapes, and a backslash that escapes nothing
    i += size;
  }
  // A character's last bytes may overshoot the budget: cut there (one broken character at most).
  if (sink.length > maxBytes) sink.length = maxBytes;
  return sink;
}

/**
 * Backslash escapes of JavaScript, JSON, Python and C strings: `\u0069`, surrogate pairs
 * `\uD83D\uDE00`, `\u{1F600}`, `\U0001F600` and octal bytes `\151` (UTF-8 underneath), mixed with
 * plain characters, `\xNN` and the ordinary escapes (`\n`, `\"`). A run needs two escapes of
 * printable characters; `\\u0069` comes out at depth 2.
 */
export const escapes: Decoder = {
  name: SIGNAL.escapes,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    // `\xNN` alone (with plain characters between) is decoded here too: hexPrefix covers it.
    if (!source.hints.backslashEscape && !source.hints.hexPrefix) return [];
    return regionsFromByteRuns(source.text, escapeRuns(source.text), decodeRun, maxChars);
  },
};
