import { charFlags, isAsciiLetterUnit, LETTER as ANY_LETTER, LOWER, MARK, UPPER as CAPITAL } from './char-class.ts';
import { isLetterOrDigit, splitSeparatorWidth } from './spaced-runs.ts';
import { bigramLogProbabilities, ENGLISH_LIKE, GATE_MIN_PAIRS, LONG_LINE_PAIRS, SHORT_ENGLISH_LIKE } from './decoders/letter-bigrams.ts';
import { morseAfterGap, morseUnit } from './decoders/morse.ts';
import { startsBitRun } from './decoders/binary.ts';
import { MIN_NATO_WORDS, natoWordStart } from './decoders/nato.ts';

/**
 * One pass over a text that tells which of the normalizer's scanners can possibly find something,
 * so that ordinary prose (the common case) skips them. Every hint is a cheap necessary condition
 * of its scanner: a false "maybe" only costs time, a false "no" would lose a finding, so each
 * condition below is implied by what the scanner looks for. Hand-written, one table lookup and a
 * few comparisons per character; non-ASCII text turns every hint on (the scanners handle it).
 */
export interface TextHints {
  /** A letter next to a leetspeak digit or symbol ("h4ck", "1gn0re"). */
  leet: boolean;
  /** Two single-character tokens separated by one to three blanks or line breaks ("i g"). */
  spaced: boolean;
  /** A single letter or digit, a split separator (punctuation, symbol or emoji) and another ("i.g", "i•g"). */
  punctuationSplit: boolean;
  /** Three hex byte pairs separated by space, colon or hyphen ("69 67 6e"). */
  hexPairs: boolean;
  /** A run of eight or more base64/base32/hex characters with a digit, "+" or "/", or two capitals and a small letter. */
  tokenRun: boolean;
  /** "%" followed by two hex digits. */
  percent: boolean;
  ampersand: boolean;
  /** `\x` or `0x`. */
  hexPrefix: boolean;
  /** A backslash before "u", "U" or an octal digit (`\u0069`, `\U0001F600`, `\151`). */
  backslashEscape: boolean;
  /** "=" and two hex digits twice in a row (`=C3=A9`, `=69=67`): quoted-printable. */
  equalsHex: boolean;
  /** A dot or dash after a blank, "/" or "|" that follows another dot or dash (". -", "- / -"): Morse code. */
  morse: boolean;
  /** Seven 0/1 digits in a row: binary. */
  binary: boolean;
  /** Five words in a row that start like NATO alphabet code words ("Hotel Echo Lima Lima Oscar"). */
  nato: boolean;
  /** A Unicode Braille Patterns cell (U+2800–U+28FF). */
  braille: boolean;
  /** A quote right after "=" (an assigned literal), or a quote, "+", "." or "||", and a quote (joined literals). */
  concatenation: boolean;
  /**
   * Ranges (lines, or pieces of long lines) that are not plainly English by letter pairs, and lines
   * without Latin letters that show a mark of text written backwards (see backwardsMarkAt).
   */
  cipherRanges: Array<{ start: number; end: number }>;
  /**
   * The candidate runs themselves (see DecodeSource.tokenRuns), found in the same pass; undefined
   * when the text was not scanned here (non-ASCII text).
   */
  tokenRuns?: Array<{ start: number; end: number }>;
}

const LETTER = 1;
const DIGIT = 2;
const UPPER = 4;
const SYMBOL = 8; // + / (and - _, which only count as part of a run)
const LEET = 16; // 0 1 3 4 5 7 @ $
const HEX = 32;
const SEPARATOR = 64; // . - _ * | / + ~ :
const QUOTE = 128;

const CLASS = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c += 1) CLASS[c] = LETTER;
for (let c = 0x41; c <= 0x5a; c += 1) CLASS[c] = LETTER | UPPER;
for (let c = 0x30; c <= 0x39; c += 1) CLASS[c] = DIGIT | HEX;
for (const ch of 'abcdefABCDEF') CLASS[ch.charCodeAt(0)]! |= HEX;
for (const ch of '+/') CLASS[ch.charCodeAt(0)]! |= SYMBOL;

for (const ch of '013457@$') CLASS[ch.charCodeAt(0)]! |= LEET;
for (const ch of '.-_*|/+~:') CLASS[ch.charCodeAt(0)]! |= SEPARATOR;
for (const ch of '"\'`') CLASS[ch.charCodeAt(0)]! |= QUOTE;

const ALNUM = LETTER | DIGIT;
const TOKEN = LETTER | DIGIT | SYMBOL;
const isRunUnit = (unit: number, cls: number) => (cls & TOKEN) !== 0 || unit === 0x2d || unit === 0x5f;
/** Lines longer than this are judged in pieces by letter pairs. */
const CHUNK = 400;

const classAt = (text: string, i: number): number => {
  const unit = text.charCodeAt(i);
  return unit < 128 ? CLASS[unit]! : 0;
};
const isPairSeparator = (unit: number) => unit === 0x20 || unit === 0x3a || unit === 0x2d;

/** Records a candidate run with the "=" padding that follows it (at most six). */
function addTokenRun(runs: Array<{ start: number; end: number }>, text: string, start: number, end: number): void {
  let padded = end;
  while (padded < text.length && padded - end < 6 && text.charCodeAt(padded) === 0x3d) padded += 1;
  runs.push({ start, end: padded });
}

/** A letter of any script, marks excluded (char-class's isLetterUnit counts them). */
const isBaseLetterUnit = (unit: number): boolean =>
  unit < 0x80 ? (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a : unit < 0xd800 && (charFlags(unit) & ANY_LETTER) !== 0;

/**
 * Widens each range over the whole lines without letters before and after it ("53-320", "",
 * "---"), merging ranges that only such lines separate: a text obfuscated as a whole keeps its
 * paragraphs and its lines of numbers, and those belong to what it says. Each scan stops at the
 * first letter, so every character is looked at twice at most.
 */
function widenOverLetterless(ranges: Array<{ start: number; end: number }>, text: string): Array<{ start: number; end: number }> {
  const widened: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    let start = range.start;
    if (start === 0 || text.charCodeAt(start - 1) === 0x0a) {
      for (let k = start - 1; k >= 0; k -= 1) {
        const unit = text.charCodeAt(k);
        if (isBaseLetterUnit(unit)) break;
        if (k === 0) start = 0;
        else if (text.charCodeAt(k - 1) === 0x0a) start = k;
      }
    }
    let end = range.end;
    if (end === text.length || text.charCodeAt(end) === 0x0a) {
      for (let k = end; k < text.length; k += 1) {
        const unit = text.charCodeAt(k);
        if (isBaseLetterUnit(unit)) break;
        if (k + 1 === text.length) end = text.length;
        else if (text.charCodeAt(k + 1) === 0x0a) end = k + 1;
      }
    }
    const last = widened[widened.length - 1];
    if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
    else widened.push({ start, end });
  }
  return widened;
}

/**
 * Records a line piece whose letter pairs do not read as plain English (or are too few to tell), or
 * that shows a mark of being written backwards (`backwards`); a piece without Latin letter pairs
 * only in that case.
 */
function addCipherRange(
  ranges: Array<{ start: number; end: number }>,
  start: number,
  end: number,
  sum: number,
  pairs: number,
  backwards: boolean,
): void {
  const englishLike = pairs >= GATE_MIN_PAIRS && sum / pairs >= (pairs >= LONG_LINE_PAIRS ? ENGLISH_LIKE : SHORT_ENGLISH_LIKE);
  // A mark of reversal decides whatever the letter pairs say: reversed English reads nearly as well
  // as English pair by pair ("?ssenisub lagelli na trats").
  if (!backwards && (pairs === 0 || englishLike)) return;
  const last = ranges[ranges.length - 1];
  if (last && last.end >= start - 1) last.end = end;
  else ranges.push({ start, end });
}

/** Sentence punctuation of the common scripts (Latin, Devanagari danda, Arabic, CJK full stops and commas). */
export const isSentencePunctuation = (unit: number): boolean =>
  unit === 0x2e ||
  unit === 0x2c ||
  unit === 0x3b ||
  unit === 0x3a ||
  unit === 0x21 ||
  unit === 0x3f ||
  unit === 0x964 ||
  unit === 0x61f ||
  unit === 0x60c ||
  unit === 0x3002 ||
  unit === 0x3001 ||
  unit === 0xff0c ||
  unit === 0xff1f ||
  unit === 0xff01;

const isBreak = (unit: number) => unit !== unit || unit <= 0x20;

/**
 * Does the non-ASCII character at `i` show text written backwards, whatever the script? A
 * combining mark at the start of a word (a vowel sign before its consonant), a capital at the end
 * of a word ("ςενεμύογηορπ ςιτ ετσήονγΑ"), or sentence punctuation before a word (" .ادرا", "？吗").
 * Ordinary text has none of these, so lines without Latin letters are read by the reversal decoder
 * only when they do.
 */
function backwardsMarkAt(text: string, i: number, unit: number): boolean {
  if (unit >= 0xd800 && unit <= 0xdfff) return false;
  const before = text.charCodeAt(i - 1);
  if (isSentencePunctuation(unit)) {
    const next = text.charCodeAt(i + 1);
    return isBreak(before) && next >= 0x80 && next < 0xd800 && (charFlags(next) & ANY_LETTER) !== 0;
  }
  const flags = charFlags(unit);
  // A mark with a blank after it too is a letter spaced out code point by code point ("ম ি").
  if (flags & MARK) return (isBreak(before) || isSentencePunctuation(before)) && !isBreak(text.charCodeAt(i + 1));
  if (!(flags & CAPITAL)) return false;
  const after = text.charCodeAt(i + 1);
  const afterFlags = after >= 0x80 && after < 0xd800 ? charFlags(after) : (after | 0x20) >= 0x61 && (after | 0x20) <= 0x7a ? ANY_LETTER : 0;
  return before >= 0x80 && before < 0xd800 && (charFlags(before) & LOWER) !== 0 && !(afterFlags & (ANY_LETTER | MARK));
}

/**
 * Does the ASCII sentence punctuation at `i` show a line written backwards ("?ssenisub", "?어들만")?
 * A question or exclamation mark after a blank, directly before a word, is one; a full stop or comma
 * only before a letter of another script (".gitignore", ".NET" and ",x" are ordinary in Latin text).
 */
function asciiBackwardsMarkAt(text: string, i: number, unit: number): boolean {
  if (!isBreak(text.charCodeAt(i - 1))) return false;
  const next = text.charCodeAt(i + 1);
  if (next >= 0x80) return !(next >= 0xd800 && next <= 0xdfff) && (charFlags(next) & ANY_LETTER) !== 0;
  if (unit !== 0x3f && unit !== 0x21) return false;
  // A word of letters after it, up to a blank or the end ("?ssenisub"): ROT47's "?F>36Cn" and a
  // query's "?page=2" are no words, and each would send its whole line to the cipher readers.
  let k = i + 1;
  while (k < text.length && isAsciiLetterUnit(text.charCodeAt(k))) k += 1;
  return k > i + 1 && (k === text.length || isBreak(text.charCodeAt(k)));
}

/** Does a single letter at `i` (a word start) begin "i.g", "i•g" or "i🔹g"? */
function startsSplitRun(text: string, i: number): boolean {
  const width = splitSeparatorWidth(text, i + 1);
  return width > 0 && isLetterOrDigit(text.charCodeAt(i + 1 + width)) && !isLetterOrDigit(text.charCodeAt(i + 2 + width));
}

/**
 * The hints of `text`. Text with non-ASCII characters is scanned the same way: the hints of the
 * Unicode-aware scanners (spaced and punctuation-split letters) look at non-ASCII characters too,
 * and every other scanner looks for ASCII only. (`ascii` is kept for callers that know it.)
 */
export function scanHints(text: string, ascii: boolean): TextHints {
  const logP = bigramLogProbabilities();
  // Locals, not object properties, in the loop: they stay in registers.
  let leet = false;
  let spaced = false;
  let punctuationSplit = false;
  let hexPairs = false;
  let tokenRun = false;
  let percent = false;
  let ampersand = false;
  let hexPrefix = false;
  let backslashEscape = false;
  let equalsHex = false;
  let morse = false;
  let binary = false;
  let nato = false;
  let natoStreak = 0;
  let braille = false;
  let concatenation = false;
  const cipherRanges: Array<{ start: number; end: number }> = [];
  const length = text.length;
  let previousClass = 0;
  // Token-run state.
  let runLength = 0;
  let runSeen = 0;
  let runUpper = 0;
  let runLower = 0;
  const tokenRuns: Array<{ start: number; end: number }> = [];
  // Spaced-letters state: where the current token started, and whether the last one was a single character.
  let tokenStart = -1;
  let lastSingleEnd = -8;
  // Letter-pair state of the current line piece.
  let lineStart = 0;
  let previousLetter = -1;
  let sum = 0;
  let pairs = 0;
  let backwards = false;


  for (let i = 0; i < length; i += 1) {
    const unit = text.charCodeAt(i);
    const cls = unit < 128 ? CLASS[unit]! : 0;

    // Fast path for the common case, a letter inside a word: of all the checks below only the
    // letter pairs and the token run concern it (it starts nothing and follows no digit or symbol).
    if (cls & LETTER && previousClass & LETTER) {
      const letter = (unit | 0x20) - 0x61;
      sum += logP[previousLetter * 26 + letter]!;
      pairs += 1;
      previousLetter = letter;
      runLength += 1;
      runSeen |= cls;
      if (cls & UPPER) runUpper += 1;
      else runLower += 1;
      previousClass = cls;
      continue;
    }

    // Fast paths for a space and for a character outside ASCII: they end a letter pair and a token
    // run; a space ends a token, anything else starts or continues one. (The checks below that
    // are left out cannot apply to them: they look for ASCII letters, digits and symbols.)
    if (unit === 0x20 || unit >= 0x80) {
      previousLetter = -1;
      if (runLength > 0) {
        if (runLength >= 8 && (runSeen & (DIGIT | SYMBOL) || (runUpper >= 2 && runLower > 0))) {
          tokenRun = true;
          addTokenRun(tokenRuns, text, i - runLength, i);
        }
        runLength = 0;
        runSeen = 0;
        runUpper = 0;
        runLower = 0;
      }
      if (unit === 0x20) {
        if (i - lineStart > CHUNK) {
          addCipherRange(cipherRanges, lineStart, i, sum, pairs, backwards);
          lineStart = i + 1;
          sum = 0;
          pairs = 0;
          backwards = false;
        }
        if (tokenStart >= 0) {
          const high = text.charCodeAt(tokenStart);
          if (i - tokenStart === 1 || (i - tokenStart === 2 && high >= 0xd800 && high <= 0xdbff)) {
            const gap = tokenStart - lastSingleEnd;
            if (gap >= 1 && gap <= 3) spaced = true;
            lastSingleEnd = i;
          }
          tokenStart = -1;
        }
      } else {
        if (!backwards && pairs === 0) backwards = backwardsMarkAt(text, i, unit);
        if (unit >= 0x2800 && unit <= 0x28ff) braille = true;
        // Typographic dots and dashes of Morse code (· • − – —).
        if (!morse && (unit === 0xb7 || (unit >= 0x2013 && unit <= 0x22c5)) && morseUnit(unit) >= 0) morse = morseAfterGap(text, i);
        // A non-ASCII letter followed by a split separator may start "ж.ж.ж".
        if (!punctuationSplit && isLetterOrDigit(unit) && !isLetterOrDigit(text.charCodeAt(i - 1))) punctuationSplit = startsSplitRun(text, i);
        if (tokenStart < 0) tokenStart = i;
      }
      previousClass = 0;
      continue;
    }

    // From here on `unit` is ASCII and not a space (the fast paths above took the rest).
    // A question or exclamation mark before a word marks it anywhere in the line: text reversed word
    // by word ends with "?ssenisub" (FlipAttack's FCW); a full stop or comma only where the line starts.
    if (!backwards && (unit === 0x3f || unit === 0x21 || (pairs === 0 && (unit === 0x2e || unit === 0x2c)))) backwards = asciiBackwardsMarkAt(text, i, unit);
    // Letter pairs, per line piece.
    if (cls & LETTER) {
      const letter = (unit | 0x20) - 0x61;
      if (previousLetter >= 0) {
        sum += logP[previousLetter * 26 + letter]!;
        pairs += 1;
      }
      previousLetter = letter;
    } else {
      previousLetter = -1;
      if (unit === 0x0a) {
        // No closure here: variables a closure captures live on the heap and slow the whole loop.
        addCipherRange(cipherRanges, lineStart, i, sum, pairs, backwards);
        lineStart = i + 1;
        sum = 0;
        pairs = 0;
        backwards = false;
      }
    }

    // Leetspeak: a letter and a leet character side by side.
    if (((cls & LETTER) && (previousClass & LEET) && !(previousClass & LETTER)) || ((cls & LEET) && !(cls & LETTER) && (previousClass & LETTER))) {
      leet = true;
    }

    // Runs of the base64/base32/hex alphabet ("-" and "_" are in base64url but prove nothing alone:
    // kebab-case and snake_case words have them).
    if (isRunUnit(unit, cls)) {
      runLength += 1;
      runSeen |= cls;
      if (cls & UPPER) runUpper += 1;
      else if (cls & LETTER) runLower += 1;
    } else if (runLength > 0) {
      if (runLength >= 8 && (runSeen & (DIGIT | SYMBOL) || (runUpper >= 2 && runLower > 0))) {
        tokenRun = true;
        addTokenRun(tokenRuns, text, i - runLength, i);
      }
      runLength = 0;
      runSeen = 0;
      runUpper = 0;
      runLower = 0;
    }

    // Word starts: split letters and hex pairs are recognised from the first character of a word.
    if (cls & ALNUM && !(previousClass & ALNUM)) {
      if (!punctuationSplit && (classAt(text, i + 1) & SEPARATOR || text.charCodeAt(i + 1) >= 0x80)) punctuationSplit = startsSplitRun(text, i);
      if (
        !hexPairs &&
        cls & HEX &&
        classAt(text, i + 1) & HEX &&
        isPairSeparator(text.charCodeAt(i + 2)) &&
        classAt(text, i + 3) & HEX &&
        classAt(text, i + 4) & HEX &&
        isPairSeparator(text.charCodeAt(i + 5)) &&
        classAt(text, i + 6) & HEX &&
        classAt(text, i + 7) & HEX
      ) {
        hexPairs = true;
      }
    }

    // Single-character tokens two in a row, one to three blanks (or line breaks) apart.
    if (unit > 0x20) {
      if (tokenStart < 0) tokenStart = i;
    } else {
      if (tokenStart >= 0) {
        const high = text.charCodeAt(tokenStart);
        if (i - tokenStart === 1 || (i - tokenStart === 2 && high >= 0xd800 && high <= 0xdbff)) {
          const gap = tokenStart - lastSingleEnd;
          if (gap >= 1 && gap <= 3) spaced = true;
          lastSingleEnd = i;
        }
        tokenStart = -1;
      }
    }

    if (unit === 0x25 && classAt(text, i + 1) & HEX && classAt(text, i + 2) & HEX) percent = true;
    else if (unit === 0x26) ampersand = true;
    else if ((unit === 0x78 || unit === 0x58) && (text.charCodeAt(i - 1) === 0x5c || text.charCodeAt(i - 1) === 0x30)) hexPrefix = true;
    else if (unit === 0x5c) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x75 || next === 0x55 || (next >= 0x30 && next <= 0x37)) backslashEscape = true;
    } else if (unit === 0x3d && !equalsHex && classAt(text, i + 1) & HEX && classAt(text, i + 2) & HEX && text.charCodeAt(i + 3) === 0x3d) {
      equalsHex = (classAt(text, i + 4) & HEX) !== 0 && (classAt(text, i + 5) & HEX) !== 0;
    }
    if (cls & LETTER) {
      // NATO spelling: five words in a row that start like code words (a letter here starts a
      // word: letters after letters took the fast path).
      if (!nato) {
        const step = natoWordStart(text, i);
        if (step < 0) natoStreak = 0;
        else if (step > 0 && ++natoStreak >= MIN_NATO_WORDS) nato = true;
      }
    } else if (unit <= 0x31 && unit >= 0x2d) {
      // Binary: seven 0/1 digits in a row. Morse code: a dot or dash that a separator and another
      // dot or dash precede ("- .", ".- / -").
      if (unit >= 0x30) binary ||= startsBitRun(text, i);
      else if (unit !== 0x2f) morse ||= morseAfterGap(text, i);
    } else if (unit === 0x5f) morse ||= morseAfterGap(text, i);
    if (cls & QUOTE && !concatenation) {
      // `= "…"` (assigned literal) or `"…" + "…"` (joined literals), looking back over blanks.
      let k = i - 1;
      while (k >= 0 && i - k <= 8 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k -= 1;
      const before = text.charCodeAt(k);
      if (before === 0x3d) concatenation = true;
      else if (before === 0x2b || before === 0x2e || before === 0x7c) {
        let q = k - 1;
        if (before === 0x7c || (before === 0x2e && text.charCodeAt(q) === 0x2e)) q -= 1;
        while (q >= 0 && k - q <= 9 && (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09)) q -= 1;
        if (q >= 0 && CLASS[text.charCodeAt(q)]! & QUOTE) concatenation = true;
      }
    }
    previousClass = cls;
  }
  if (runLength >= 8 && (runSeen & (DIGIT | SYMBOL) || (runUpper >= 2 && runLower > 0))) {
    tokenRun = true;
    addTokenRun(tokenRuns, text, length - runLength, length);
  }
  if (tokenStart >= 0) {
    const high = text.charCodeAt(tokenStart);
    const single = length - tokenStart === 1 || (length - tokenStart === 2 && high >= 0xd800 && high <= 0xdbff);
    if (single && tokenStart - lastSingleEnd >= 1 && tokenStart - lastSingleEnd <= 3) spaced = true;
  }
  addCipherRange(cipherRanges, lineStart, length, sum, pairs, backwards);
  void ascii;
  return {
    leet,
    spaced,
    punctuationSplit,
    hexPairs,
    tokenRun,
    percent,
    ampersand,
    hexPrefix,
    backslashEscape,
    equalsHex,
    morse,
    binary,
    nato,
    braille,
    concatenation,
    cipherRanges: cipherRanges.length === 0 ? cipherRanges : widenOverLetterless(cipherRanges, text),
    tokenRuns,
  };
}
