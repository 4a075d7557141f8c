import { charFlags, DIGIT, isBlankUnit, LETTER, MARK, SPACE } from './char-class.ts';

/** Half-open range of a run in a text. */
export interface Run {
  start: number;
  end: number;
}

/** Hand-written scanners (no regex): linear, allocation-free until a run is found. */

/** What stands around a single character: any control or space, no-break and ideographic spaces. */
const isWhite = (unit: number) => unit <= 0x20 || unit === 0xa0 || unit === 0x3000;

/** Letters and digits (astral ones are not looked at: spaced-out text is written in common scripts). */
export const isLetterOrDigit = (unit: number): boolean => {
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  return unit < 0xd800 && (charFlags(unit) & (LETTER | DIGIT)) !== 0;
};

const SEPARATORS = new Set([...'.-_*·|/+~:'].map((ch) => ch.charCodeAt(0)));

/**
 * Is this UTF-16 unit part of a split separator: ASCII punctuation of the split set, or a symbol
 * or emoji outside ASCII ("i•g•n", "i🔹g🔹n": between single letters no script uses those as
 * orthography). CJK and full-width punctuation are not ("甲、乙、丙" lists one-character words).
 * Surrogates count: astral letters never enter a run (isLetterOrDigit skips them), so a pair
 * inside one is an emoji.
 */
export const isSplitSeparator = (unit: number): boolean => {
  // Written so that NaN (a position past the end) is no separator.
  if (!(unit >= 0x80)) return SEPARATORS.has(unit);
  if (unit >= 0xd800 && unit <= 0xdfff) return true;
  if ((unit >= 0x3000 && unit <= 0x303f) || (unit >= 0xff00 && unit <= 0xffef)) return false;
  return (charFlags(unit) & (LETTER | DIGIT | MARK | SPACE)) === 0;
};

/** Width in UTF-16 units of the split separator at `i`: 0 when there is none, 2 for an astral symbol. */
export function splitSeparatorWidth(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (!isSplitSeparator(unit)) return 0;
  if (unit < 0xd800 || unit > 0xdbff) return unit >= 0xdc00 && unit <= 0xdfff ? 0 : 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff && (charFlags(text.codePointAt(i)!) & (LETTER | DIGIT)) === 0 ? 2 : 0;
}

/** Width in UTF-16 units of the code point at `i` (a surrogate pair is one character). */
const widthAt = (text: string, i: number) => {
  const unit = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
};

/** Is the character at `i` a token of its own (blank or the text's edge on both sides)? */
const isSingle = (text: string, i: number) => {
  const width = widthAt(text, i);
  return !isWhite(text.charCodeAt(i)) && (i === 0 || isWhite(text.charCodeAt(i - 1))) && (i + width >= text.length || isWhite(text.charCodeAt(i + width)));
};

/** Two or more single visible characters separated by one to three spaces, tabs or line breaks: "i g n o r e   a l l". */
export function spacedRuns(text: string): Run[] {
  const runs: Run[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (isWhite(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    // A token: jump over it unless it is a single character.
    const width = widthAt(text, i);
    if (i + width < length && !isWhite(text.charCodeAt(i + width))) {
      while (i < length && !isWhite(text.charCodeAt(i))) i += 1;
      continue;
    }
    const start = i;
    let end = i + width;
    let count = 1;
    for (;;) {
      let j = end;
      // Blanks between spaced-out characters: one character per line is spacing too.
      while (j < length && j - end < 4 && isBlankUnit(text.charCodeAt(j))) j += 1;
      const gap = j - end;
      if (gap < 1 || gap > 3 || j >= length || !isSingle(text, j)) break;
      end = j + widthAt(text, j);
      count += 1;
    }
    if (count >= 2) runs.push({ start, end });
    i = end;
  }
  return runs;
}

/**
 * Where the next single letter of a split run stands after the letter at `at` (a separator, then
 * a letter or digit), or -1.
 */
function nextSplitLetter(text: string, at: number): number {
  const width = splitSeparatorWidth(text, at + 1);
  return width > 0 && isLetterOrDigit(text.charCodeAt(at + 1 + width)) ? at + 1 + width : -1;
}

/** Single letters or digits joined by one punctuation character, symbol or emoji each: "i.g.n.o.r.e", "a-l-l", "a•l•l". */
export function punctuationSplitRuns(text: string): Run[] {
  const runs: Run[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isLetterOrDigit(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    // At the start of a word: a split run begins only with a single character and a separator.
    if (nextSplitLetter(text, i) < 0) {
      while (i < length && isLetterOrDigit(text.charCodeAt(i))) i += 1;
      continue;
    }
    let last = i;
    for (;;) {
      const next = nextSplitLetter(text, last);
      if (next < 0 || (next + 1 < length && isLetterOrDigit(text.charCodeAt(next + 1)))) break;
      last = next;
    }
    if (last > i) runs.push({ start: i, end: last + 1 });
    i = last + 1;
    // Skip the rest of the word the run ended in, so it is not taken for a new start.
    while (i < length && isLetterOrDigit(text.charCodeAt(i))) i += 1;
  }
  return runs;
}
