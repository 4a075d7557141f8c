/**
 * Reading the words next to a position without regular expressions: the address rules look at up
 * to five words on either side of every house-number candidate, and an unanchored regex over a
 * slice would retry at every start position. These loops touch each character once.
 */
export interface Word {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
}

const LETTER = /\p{L}/u;
const WORD_INNER = new Set(["'", '’', '.', '-']);

/** True for a letter of any script (ASCII fast path). */
export function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(char);
}

const isWordChar = (char: string | undefined) => isLetter(char) || (char !== undefined && WORD_INNER.has(char));

/**
 * Up to `max` words after `index`, each separated from the previous by exactly one space (a
 * comma right after `index` is allowed when `comma` is set). A word starts with a letter and
 * continues with letters, apostrophes, dots and hyphens. Stops at anything else.
 */
export function wordsAfter(text: string, index: number, max: number, comma = false): Word[] {
  const words: Word[] = [];
  let cursor = index;
  if (comma && text[cursor] === ',') cursor += 1;
  while (words.length < max && text[cursor] === ' ' && isLetter(text[cursor + 1])) {
    const start = cursor + 1;
    let end = start + 1;
    while (end < text.length && end - start < 40 && isWordChar(text[end])) end += 1;
    // A closing quote or a dash after the word is not part of it ("'123 Main Street'").
    while (end > start + 1 && (text[end - 1] === "'" || text[end - 1] === '’' || text[end - 1] === '-')) end -= 1;
    words.push({ start, end, text: text.slice(start, end) });
    cursor = end;
  }
  return words;
}

/**
 * Up to `max` words before `index` (nearest last in the result), the nearest one separated from
 * `index` by exactly one space, and each earlier one by one space from the next.
 */
export function wordsBefore(text: string, index: number, max: number): Word[] {
  const words: Word[] = [];
  let cursor = index;
  while (words.length < max && text[cursor - 1] === ' ' && isWordChar(text[cursor - 2])) {
    const end = cursor - 1;
    let start = end;
    while (start > 0 && end - start < 40 && isWordChar(text[start - 1])) start -= 1;
    // Leading apostrophes or hyphens are not part of the word.
    while (start < end && !isLetter(text[start])) start += 1;
    if (start >= end) break;
    words.unshift({ start, end, text: text.slice(start, end) });
    cursor = start;
  }
  return words;
}
