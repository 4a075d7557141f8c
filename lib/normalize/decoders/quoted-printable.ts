import { MAX_REGIONS } from '../budget.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { ByteSink } from '../utf8.ts';
import { regionsFromByteRuns } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { pushSourceCharacter } from './escapes.ts';
import { nibble } from './hex-digit.ts';

/** "a=1&b=2", "color=FF0000" and "width=10 height=20" hold one or two escape-looking pairs at most. */
export const MIN_QP_ESCAPES = 3;
/** Most plain characters between two escapes of one run (RFC 2045 lines are at most 76 long). */
export const MAX_GAP = 76;
/** Blanks allowed between "=" and the line break of a soft break (RFC 2045 transport padding). */
const MAX_PADDING = 16;

const NONE = 0;
/** `=XX`: a byte. */
const ESCAPE = 1;
/** `=` at the end of a line: the line goes on (nothing decoded). */
const SOFT_BREAK = 2;

// What readEquals last read: module state instead of an object per "=".
let kind = NONE;
let value = 0;
let size = 1;

/** Reads what the "=" at `i` starts (bounded look-ahead). */
function readEquals(text: string, i: number): void {
  const high = nibble(text.charCodeAt(i + 1));
  const low = high >= 0 ? nibble(text.charCodeAt(i + 2)) : -1;
  if (low >= 0) {
    kind = ESCAPE;
    value = (high << 4) | low;
    size = 3;
    return;
  }
  let k = i + 1;
  while (k - i <= MAX_PADDING && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k += 1;
  if (text.charCodeAt(k) === 0x0d && text.charCodeAt(k + 1) === 0x0a) k += 1;
  if (text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d) {
    kind = SOFT_BREAK;
    size = k + 1 - i;
    return;
  }
  kind = NONE;
  value = 0x3d;
  size = 1;
}

/** Escapes of printable bytes count (UTF-8 lead and continuation bytes included). */
const escapeCounts = () => kind === ESCAPE && value >= 0x20 && value !== 0x7f;

/** Characters of the line before the first escape that a run takes along: not "=" or "?" (RFC 2047 "=?utf-8?Q?…?="). */
const isContextUnit = (unit: number) => unit !== 0x0a && unit !== 0x0d && unit !== 0x3d && unit !== 0x3f && unit !== 0x2028 && unit !== 0x2029;

/**
 * Stretches of quoted-printable text: from one escape to the next across at most MAX_GAP
 * characters of one line (soft line breaks join lines; a hard one or a bare "=" ends the run),
 * plus at most MAX_GAP characters of the line before the first escape and after the last. A run needs MIN_QP_ESCAPES escapes of
 * printable bytes and two of them side by side ("=C3=A9", "=69=67"): an encoder writes letters as
 * they are, so scattered single escapes are assignments ("x=41&y=42&z=43"), not quoted-printable.
 */
export function quotedPrintableRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  const length = text.length;
  let covered = 0;
  let at = text.indexOf('=');
  while (at !== -1 && runs.length < 4 * MAX_REGIONS) {
    readEquals(text, at);
    if (!escapeCounts()) {
      at = text.indexOf('=', at + size);
      continue;
    }
    let counted = 1;
    let adjacent = false;
    let lastEnd = at + 3;
    let j = lastEnd;
    while (j < length && j - lastEnd <= MAX_GAP) {
      const unit = text.charCodeAt(j);
      if (unit === 0x3d) {
        readEquals(text, j);
        if (kind === NONE) break;
        if (escapeCounts()) {
          counted += 1;
          if (j === lastEnd) adjacent = true;
          lastEnd = j + 3;
        }
        j += size;
        continue;
      }
      if (unit === 0x0a || unit === 0x0d) break;
      j += 1;
    }
    let start = at;
    while (start > covered && at - start < MAX_GAP && isContextUnit(text.charCodeAt(start - 1))) start -= 1;
    if (counted >= MIN_QP_ESCAPES && adjacent) {
      runs.push({ start, end: j });
      covered = j;
    }
    // No counted escape lies between lastEnd and j.
    at = text.indexOf('=', j);
  }
  return runs;
}

function decodeRun(text: string, start: number, end: number, maxBytes: number): ByteSink {
  const sink = new ByteSink(Math.min(maxBytes, end - start));
  let i = start;
  while (i < end && sink.length < maxBytes) {
    if (text.charCodeAt(i) !== 0x3d) {
      i = pushSourceCharacter(sink, text, i);
      continue;
    }
    readEquals(text, i);
    if (kind !== SOFT_BREAK) sink.push(value, i, i + size);
    i += size;
  }
  // A character's last bytes may overshoot the budget: cut there (one broken character at most).
  if (sink.length > maxBytes) sink.length = maxBytes;
  return sink;
}

/**
 * Quoted-printable (RFC 2045 §6.7): `=XX` bytes (upper-case hex per the RFC, lower-case
 * accepted), soft line breaks `=\n` and `=\r\n`, UTF-8 underneath.
 */
export const quotedPrintable: Decoder = {
  name: SIGNAL.quotedPrintable,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    if (!source.hints.equalsHex) return [];
    return regionsFromByteRuns(source.text, quotedPrintableRuns(source.text), decodeRun, maxChars);
  },
};
