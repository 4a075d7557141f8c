import type { JsonHazardKind } from './json-hazards.ts';

export type HazardReporter = (kind: JsonHazardKind, start: number, end: number) => void;

export type DecodedJsonString =
  | {
      closed: true;
      value: string;
      /** Offset just past the closing quote. */
      end: number;
    }
  /** The string was not closed: `end` is where reading stopped (the limit, or a line break). */
  | { closed: false; end: number };

export interface DecodeOptions {
  /** Receives the offset in `text` of each decoded UTF-16 unit's source, then the closing quote's. */
  offsets?: number[];
  /** A raw line break ends the string unclosed (JSON found inside prose is read line by line). */
  stopAtLineBreak?: boolean;
}

const isHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** BMP noncharacters (I-JSON §2.1); the astral ones (U+xFFFE/U+xFFFF) are checked on pairs. */
const isBmpNoncharacter = (code: number) => (code >= 0xfdd0 && code <= 0xfdef) || code === 0xfffe || code === 0xffff;
const isAstralNoncharacter = (high: number, low: number) => (((high - 0xd800) * 0x400 + (low - 0xdc00)) & 0xfffe) === 0xfffe;

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function hexAt(text: string, at: number, limit: number): number {
  if (at + 4 > limit) return -1;
  for (let i = at; i < at + 4; i += 1) if (!isHex(text.charCodeAt(i))) return -1;
  return parseInt(text.slice(at, at + 4), 16);
}

/**
 * Decodes the string literal whose opening quote (`"`, or `'` as a JSON5 extension) is at
 * `start`, reporting every character-level hazard at its position in `text`: raw control
 * characters, raw or escaped lone surrogates, noncharacters, escaped NUL, raw U+2028/2029 and
 * escapes JSON does not define (decoded the way JSON5 would, so the value stays usable).
 * `closed: false` when the string is not closed before `limit`. When `offsets` is given, it receives,
 * for each decoded UTF-16 unit, the offset in `text` where its source starts, then the offset of
 * the closing quote — the map that lets a JSON document found *inside* this string (a tool call's
 * `arguments`) report spans in the original reply. Linear in the literal's length.
 */
export function decodeJsonString(
  text: string,
  start: number,
  limit: number,
  report: HazardReporter,
  options: DecodeOptions = {},
): DecodedJsonString {
  const { offsets, stopAtLineBreak = false } = options;
  const quote = text.charCodeAt(start);
  let value = '';
  let runStart = start + 1;
  let pos = runStart;
  let escape: EscapeResult | undefined;
  while (pos < limit) {
    const code = text.charCodeAt(pos);
    // The common case (printable BMP text) costs one comparison chain per character.
    if (code >= 0x20 && code !== quote && code !== 92 && code < 0xd800 && code !== 0x2028 && code !== 0x2029) {
      pos += 1;
      continue;
    }
    if (code === quote) {
      value += text.slice(runStart, pos);
      if (offsets) {
        for (let i = runStart; i < pos; i += 1) offsets.push(i);
        offsets.push(pos);
      }
      return { closed: true, value, end: pos + 1 };
    }
    if (code === 92) {
      const next = text.charCodeAt(pos + 1);
      if (stopAtLineBreak && (next === 0x0a || next === 0x0d)) return { closed: false, end: pos + 1 };
      value += text.slice(runStart, pos);
      if (offsets) for (let i = runStart; i < pos; i += 1) offsets.push(i);
      escape ??= { decoded: '', next: 0 };
      if (!decodeEscape(text, pos, limit, quote, report, escape)) return { closed: false, end: limit };
      value += escape.decoded;
      if (offsets) for (let i = 0; i < escape.decoded.length; i += 1) offsets.push(pos);
      pos = escape.next;
      runStart = pos;
      continue;
    }
    if (code < 0x20) {
      if (stopAtLineBreak && (code === 0x0a || code === 0x0d)) return { closed: false, end: pos };
      report('raw-control-character', pos, pos + 1);
    } else if (code === 0x2028 || code === 0x2029) report('line-separator', pos, pos + 1);
    else if (isHighSurrogate(code)) {
      const next = pos + 1 < limit ? text.charCodeAt(pos + 1) : 0;
      if (isLowSurrogate(next)) {
        if (isAstralNoncharacter(code, next)) report('noncharacter', pos, pos + 2);
        pos += 2;
        continue;
      }
      report('lone-surrogate', pos, pos + 1);
    } else if (isLowSurrogate(code)) report('lone-surrogate', pos, pos + 1);
    else if (isBmpNoncharacter(code)) report('noncharacter', pos, pos + 1);
    pos += 1;
  }
  return { closed: false, end: limit };
}

/** What one escape decodes to and where the text goes on (reused across a string's escapes). */
interface EscapeResult {
  decoded: string;
  next: number;
}

const done = (result: EscapeResult, decoded: string, next: number): true => {
  result.decoded = decoded;
  result.next = next;
  return true;
};

/** Decodes the escape at `pos` (a backslash) into `result`; false when the text ends inside it. */
function decodeEscape(text: string, pos: number, limit: number, quote: number, report: HazardReporter, result: EscapeResult): boolean {
  if (pos + 1 >= limit) return false;
  const letter = text[pos + 1]!;
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) return done(result, simple, pos + 2);
  if (letter === 'u') return decodeUnicodeEscape(text, pos, limit, report, result);
  // \' is JSON5's escape inside a single-quoted string: the quote style is the hazard there.
  if (letter === "'" && quote === 39) return done(result, "'", pos + 2);
  if (letter === 'x' && pos + 4 <= limit && isHex(text.charCodeAt(pos + 2)) && isHex(text.charCodeAt(pos + 3))) {
    report('invalid-escape', pos, pos + 4);
    return done(result, String.fromCharCode(parseInt(text.slice(pos + 2, pos + 4), 16)), pos + 4);
  }
  if (letter === '\r' || letter === '\n' || letter === '\u2028' || letter === '\u2029') {
    // JSON5 line continuation: the backslash and the line break vanish.
    const after = letter === '\r' && text[pos + 2] === '\n' ? pos + 3 : pos + 2;
    report('invalid-escape', pos, after);
    return done(result, '', after);
  }
  report('invalid-escape', pos, pos + 2);
  return done(result, letter, pos + 2);
}

function decodeUnicodeEscape(text: string, pos: number, limit: number, report: HazardReporter, result: EscapeResult): boolean {
  const code = hexAt(text, pos + 2, limit);
  if (code < 0) {
    report('invalid-escape', pos, pos + 2);
    return done(result, 'u', pos + 2);
  }
  if (isHighSurrogate(code)) {
    const low = text.charCodeAt(pos + 6) === 92 && text[pos + 7] === 'u' ? hexAt(text, pos + 8, limit) : -1;
    if (low >= 0 && isLowSurrogate(low)) {
      if (isAstralNoncharacter(code, low)) report('noncharacter', pos, pos + 12);
      return done(result, String.fromCharCode(code, low), pos + 12);
    }
    report('lone-surrogate', pos, pos + 6);
  } else if (isLowSurrogate(code)) report('lone-surrogate', pos, pos + 6);
  else if (code === 0) report('nul-character', pos, pos + 6);
  else if (isBmpNoncharacter(code)) report('noncharacter', pos, pos + 6);
  return done(result, String.fromCharCode(code), pos + 6);
}
