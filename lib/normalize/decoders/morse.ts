import { MAX_REGIONS } from '../budget.ts';
import { charFlags, LETTER } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { isPlausibleText } from '../text-shape.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { unitsToString } from '../utf8.ts';

/** Characters a run must decode to: shorter runs are emoticons ("-.-"), rules and ellipses. */
export const MIN_MORSE_CHARS = 4;
/** Most tokens of a run that may be no Morse code at all, as a share of its tokens. */
const MAX_INVALID_SHARE = 0.2;
/** Distinct characters a run must decode to: dotted leaders and dashed rules give one or two. */
const MIN_DISTINCT = 3;
/** Longest code in the table (`$` is `...-..-`). */
const MAX_CODE_LENGTH = 7;

/** International Morse code (ITU-R M.1677-1): letters, digits and the common punctuation. */
const CODES: ReadonlyArray<readonly [string, string]> = [
  ['a', '.-'], ['b', '-...'], ['c', '-.-.'], ['d', '-..'], ['e', '.'], ['f', '..-.'], ['g', '--.'],
  ['h', '....'], ['i', '..'], ['j', '.---'], ['k', '-.-'], ['l', '.-..'], ['m', '--'], ['n', '-.'],
  ['o', '---'], ['p', '.--.'], ['q', '--.-'], ['r', '.-.'], ['s', '...'], ['t', '-'], ['u', '..-'],
  ['v', '...-'], ['w', '.--'], ['x', '-..-'], ['y', '-.--'], ['z', '--..'],
  ['0', '-----'], ['1', '.----'], ['2', '..---'], ['3', '...--'], ['4', '....-'],
  ['5', '.....'], ['6', '-....'], ['7', '--...'], ['8', '---..'], ['9', '----.'],
  ['.', '.-.-.-'], [',', '--..--'], ['?', '..--..'], ["'", '.----.'], ['!', '-.-.--'], ['/', '-..-.'],
  ['(', '-.--.'], [')', '-.--.-'], ['&', '.-...'], [':', '---...'], [';', '-.-.-.'], ['=', '-...-'],
  ['+', '.-.-.'], ['-', '-....-'], ['_', '..--.-'], ['"', '.-..-.'], ['$', '...-..-'], ['@', '.--.-.'],
];

/** Code key (a leading 1 bit, then 0 per dot and 1 per dash) → character code, or -1. */
const TABLE = new Int16Array(1 << (MAX_CODE_LENGTH + 1)).fill(-1);
for (const [ch, code] of CODES) {
  let key = 1;
  for (const symbol of code) key = key * 2 + (symbol === '-' ? 1 : 0);
  TABLE[key] = ch.charCodeAt(0);
}

/** 0 for a dot, 1 for a dash (ASCII or the typographic look-alikes people paste), -1 otherwise. */
export function morseUnit(unit: number): number {
  if (unit === 0x2e) return 0;
  if (unit === 0x2d || unit === 0x5f) return 1;
  if (unit < 0x80) return -1;
  if (unit === 0xb7 || unit === 0x2022 || unit === 0x2219 || unit === 0x22c5) return 0; // · • ∙ ⋅
  if (unit === 0x2212 || unit === 0x2013 || unit === 0x2014) return 1; // − – —
  return -1;
}

/** A letter or digit right next to a token makes it part of a word ("...args", "--flag", "a.b"). */
const isWordUnit = (unit: number): boolean =>
  unit < 0x80
    ? (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a)
    : unit < 0xd800 && (charFlags(unit) & LETTER) !== 0;

interface Output {
  units: number[];
  starts: number[];
  ends: number[];
}

/**
 * Reads one run of Morse tokens from `from` (a dot or dash that no letter precedes). Letters are
 * separated by one space or tab; words by " / ", "|", a line break or two or more blanks (put out
 * as one space). The run ends at anything else, at a blank line, or before a token glued to a
 * word. Returns where scanning goes on, and the region when the run holds Morse-encoded text.
 */
function readRun(text: string, from: number, limit: number, maxChars: number): { next: number; region?: DecodedRegion } {
  const out: Output = { units: [], starts: [], ends: [] };
  let valid = 0;
  let invalid = 0;
  let sawDot = false;
  let sawDash = false;
  const seen = new Uint8Array(128);
  let distinct = 0;
  let gapStart = -1;
  let gapEnd = -1;
  let letterGaps = 0;
  let wordGaps = 0;
  let runEnd = from;
  let j = from;
  while (j < limit) {
    const tokenStart = j;
    let key = 1;
    let length = 0;
    let dots = false;
    let dashes = false;
    for (let u = morseUnit(text.charCodeAt(j)); j < limit && u >= 0; u = morseUnit(text.charCodeAt(j))) {
      if (u === 0) dots = true;
      else dashes = true;
      if (length < MAX_CODE_LENGTH + 1) key = key * 2 + u;
      length += 1;
      j += 1;
    }
    // A token glued to a word is not Morse; the run ends before it.
    if (j < limit && isWordUnit(text.charCodeAt(j))) break;
    const ch = length <= MAX_CODE_LENGTH ? TABLE[key]! : -1;
    if (ch >= 0) {
      if (out.units.length >= maxChars) break;
      if (gapStart >= 0 && out.units.length > 0) {
        out.units.push(0x20);
        out.starts.push(gapStart);
        out.ends.push(gapEnd);
      }
      gapStart = -1;
      out.units.push(ch);
      out.starts.push(tokenStart);
      out.ends.push(j);
      valid += 1;
      sawDot ||= dots;
      sawDash ||= dashes;
      if (seen[ch] === 0) {
        seen[ch] = 1;
        distinct += 1;
      }
    } else {
      invalid += 1;
    }
    runEnd = j;
    // The separator after the token.
    let k = j;
    let blanks = 0;
    let newlines = 0;
    let word = false;
    for (; k < limit; k += 1) {
      const c = text.charCodeAt(k);
      if (c === 0x20 || c === 0x09) blanks += 1;
      else if (c === 0x0a) {
        newlines += 1;
        word = true;
      } else if (c === 0x2f || c === 0x7c) word = true;
      else if (c !== 0x0d) break;
    }
    if (k === j || k >= limit || newlines >= 2 || morseUnit(text.charCodeAt(k)) < 0) break;
    if (word || blanks >= 2) {
      if (gapStart < 0) gapStart = j;
      gapEnd = k;
      wordGaps += 1;
    } else {
      letterGaps += 1;
    }
    j = k;
  }
  const next = Math.max(j, from + 1);
  const tokens = valid + invalid;
  if (valid < MIN_MORSE_CHARS || invalid > MAX_INVALID_SHARE * tokens || !sawDot || !sawDash || distinct < MIN_DISTINCT) return { next };
  // Words of text have several letters: a grid of dots, dashes, "/" and "|" (ASCII art, puzzle
  // maps) splits its "codes" by line breaks and slashes, never by single blanks.
  if (letterGaps < wordGaps) return { next };
  const decoded = unitsToString(out.units);
  if (!isPlausibleText(decoded)) return { next };
  return {
    next,
    region: { start: from, end: runEnd, text: decoded, starts: Int32Array.from(out.starts), ends: Int32Array.from(out.ends) },
  };
}

/**
 * International Morse code written with dots and dashes (".... . .-.. .-.. --- / .-- --- .-. .-.. -.."),
 * decoded to lower-case text. Ellipses, markdown rules, CLI flags and ASCII art are left alone:
 * tokens glued to words end a run, and a run must decode to at least four characters, three of
 * them distinct, from both dots and dashes, with at most a fifth of its tokens no code at all and
 * at least as many letter gaps as word gaps.
 */
export const morse: Decoder = {
  name: SIGNAL.morse,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    if (!source.hints.morse) return [];
    const text = source.text;
    const limit = text.length;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let i = 0;
    while (i < limit && regions.length < MAX_REGIONS && budget > 0) {
      const unit = text.charCodeAt(i);
      if (morseUnit(unit) < 0) {
        i += 1;
        continue;
      }
      if (i > 0 && isWordUnit(text.charCodeAt(i - 1))) {
        // Dots and dashes inside a word ("a...b", "x--y"): skip them.
        while (i < limit && morseUnit(text.charCodeAt(i)) >= 0) i += 1;
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

const isRunSeparator = (unit: number) => unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x2f || unit === 0x7c;

/**
 * Hint for text-hints.ts: is the dot or dash at `i` the second token of a run, i.e. preceded by a
 * separator (blanks, line breaks, "/", "|") that another dot or dash precedes? Every run the
 * decoder accepts has such a token. Each separator is walked back over once, from the unit after it.
 */
export function morseAfterGap(text: string, i: number): boolean {
  let k = i - 1;
  if (k < 0 || !isRunSeparator(text.charCodeAt(k))) return false;
  while (k >= 0 && isRunSeparator(text.charCodeAt(k))) k -= 1;
  return k >= 0 && morseUnit(text.charCodeAt(k)) >= 0;
}

const CODE_OF = new Map<string, string>(CODES);

/** `text` in Morse code (letters by spaces, words by " / "); characters without a code are left out. For examples and tests. */
export function toMorse(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => [...word].map((ch) => CODE_OF.get(ch)).filter((code) => code !== undefined).join(' '))
    .filter((word) => word.length > 0)
    .join(' / ');
}
