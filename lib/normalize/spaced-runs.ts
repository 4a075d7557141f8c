import { charFlags, DIGIT, LETTER } from './char-class.ts';

/** Half-open range of a run in a text. */
export interface Run {
  start: number;
  end: number;
}

/** Hand-written scanners (no regex): linear, allocation-free until a run is found. */

const isBlank = (unit: number) => unit === 0x20 || unit === 0x09;
const isWhite = (unit: number) => unit <= 0x20 || unit === 0xa0 || unit === 0x3000;

/** Letters and digits (astral ones are not looked at: spaced-out text is written in common scripts). */
export const isLetterOrDigit = (unit: number): boolean => {
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  return unit < 0xd800 && (charFlags(unit) & (LETTER | DIGIT)) !== 0;
};

const SEPARATORS = new Set([...'.-_*·|/+~:'].map((ch) => ch.charCodeAt(0)));
export const isSplitSeparator = (unit: number): boolean => SEPARATORS.has(unit);

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

/** Two or more single visible characters separated by one to three spaces or tabs: "i g n o r e   a l l". */
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
      while (j < length && j - end < 4 && isBlank(text.charCodeAt(j))) j += 1;
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

/** Single letters or digits joined by one punctuation character each: "i.g.n.o.r.e", "a-l-l". */
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
    const single = i + 2 < length && isSplitSeparator(text.charCodeAt(i + 1)) && isLetterOrDigit(text.charCodeAt(i + 2));
    if (!single) {
      while (i < length && isLetterOrDigit(text.charCodeAt(i))) i += 1;
      continue;
    }
    let last = i;
    while (
      last + 2 < length &&
      isSplitSeparator(text.charCodeAt(last + 1)) &&
      isLetterOrDigit(text.charCodeAt(last + 2)) &&
      !(last + 3 < length && isLetterOrDigit(text.charCodeAt(last + 3)))
    ) {
      last += 2;
    }
    if (last > i) runs.push({ start: i, end: last + 1 });
    i = last + 1;
    // Skip the rest of the word the run ended in, so it is not taken for a new start.
    while (i < length && isLetterOrDigit(text.charCodeAt(i))) i += 1;
  }
  return runs;
}
