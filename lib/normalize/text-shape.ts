import { charFlags, LETTER, MARK } from './char-class.ts';
import { COMMON_WORDS, CUE_WORDS } from './english-words.ts';

/** Measurements of a piece of (decoded) text: never the text itself. */
export interface TextShape {
  /** Code units measured (at most `limit`). */
  length: number;
  /** Share of units that are not controls, U+FFFD or broken surrogates. */
  printableRatio: number;
  /** Share of non-space units that are letters (any script). */
  letterRatio: number;
  /** Share of non-space units that are letters or ASCII digits. */
  alphanumericRatio: number;
  spaceRatio: number;
  /** Letter runs of two or more (any script). */
  words: number;
  /** ASCII words, and how many of them are common English words / instruction cue words. */
  asciiWords: number;
  englishWords: number;
  cueWords: number;
  /** Letters outside ASCII (CJK text has no spaces, so it is counted by letters). */
  nonAsciiLetters: number;
}

export type ContentKind = 'instruction' | 'prose' | 'data';

/** Controls, U+FFFD and unpaired surrogates (the two halves of an emoji are one printable character). */
const isBadUnit = (unit: number, previous: number, next: number): boolean =>
  (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) ||
  (unit >= 0x7f && unit <= 0x9f) ||
  unit === 0xfffd ||
  (unit >= 0xd800 && unit <= 0xdbff && !(next >= 0xdc00 && next <= 0xdfff)) ||
  (unit >= 0xdc00 && unit <= 0xdfff && !(previous >= 0xd800 && previous <= 0xdbff));

export function describeText(text: string, limit = 4000): TextShape {
  const length = Math.min(text.length, limit);
  let bad = 0;
  let letters = 0;
  let digits = 0;
  let spaces = 0;
  let words = 0;
  let asciiWords = 0;
  let englishWords = 0;
  let cueWords = 0;
  let nonAsciiLetters = 0;
  let run = 0;
  let asciiStart = -1;
  const closeAscii = (end: number) => {
    if (asciiStart < 0) return;
    if (end - asciiStart >= 1 && end - asciiStart <= 24) {
      const word = text.slice(asciiStart, end).toLowerCase();
      asciiWords += 1;
      if (COMMON_WORDS.has(word)) englishWords += 1;
      if (CUE_WORDS.has(word)) cueWords += 1;
    }
    asciiStart = -1;
  };
  for (let i = 0; i < length; i += 1) {
    const unit = text.charCodeAt(i);
    const isAsciiLetter = (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
    if (isAsciiLetter) {
      letters += 1;
      run += 1;
      if (asciiStart < 0) asciiStart = i;
      continue;
    }
    closeAscii(i);
    // Marks count as letters: Indic and Thai vowel signs are part of their words.
    if (unit >= 0x80 && unit < 0xd800 && (charFlags(unit) & (LETTER | MARK)) !== 0) {
      letters += 1;
      nonAsciiLetters += 1;
      run += 1;
      continue;
    }
    if (run >= 2) words += 1;
    run = 0;
    if (unit >= 0x30 && unit <= 0x39) digits += 1;
    else if (unit === 0x20 || unit === 0x0a || unit === 0x09 || unit === 0x0d || unit === 0x3000) spaces += 1;
    else if (isBadUnit(unit, i > 0 ? text.charCodeAt(i - 1) : -1, i + 1 < text.length ? text.charCodeAt(i + 1) : -1)) bad += 1;
  }
  closeAscii(length);
  if (run >= 2) words += 1;
  const nonSpace = Math.max(1, length - spaces);
  return {
    length,
    printableRatio: length === 0 ? 0 : 1 - bad / length,
    letterRatio: letters / nonSpace,
    alphanumericRatio: (letters + digits) / nonSpace,
    spaceRatio: length === 0 ? 0 : spaces / length,
    words,
    asciiWords,
    englishWords,
    cueWords,
    nonAsciiLetters,
  };
}

/** Decoded texts this long are text when printable: random bytes are printable by chance only when short. */
const LONG_DECODING = 16;

/**
 * Is this decoded text worth a view? Printable, and when short mostly letters and digits: random
 * bytes (images, keys, hashes) fail on both counts; prose, JSON, symbols-heavy Morse code and a
 * further encoding (hex inside base64) pass.
 */
export function isPlausibleText(text: string): boolean {
  if (text.length < 3) return false;
  const shape = describeText(text, 512);
  if (shape.printableRatio < 0.95) return false;
  return text.length >= LONG_DECODING || shape.alphanumericRatio >= 0.5;
}

/**
 * What a decoded text looks like: instructions to a model (English words with imperative/attack
 * cues), natural language (words and spaces, or a run of letters in a script written without
 * spaces), or data (JSON, identifiers, numbers, random-looking text).
 */
export function contentKind(shape: TextShape): ContentKind {
  const englishRatio = shape.asciiWords === 0 ? 0 : shape.englishWords / shape.asciiWords;
  if (shape.asciiWords >= 3 && englishRatio >= 0.3 && shape.cueWords >= 2) return 'instruction';
  if (shape.asciiWords >= 4 && englishRatio >= 0.5 && shape.cueWords >= 1) return 'instruction';
  const spaced = shape.spaceRatio >= 0.08 && shape.words >= 3;
  if (shape.letterRatio >= 0.6 && (spaced || shape.nonAsciiLetters >= 6)) return 'prose';
  return 'data';
}
