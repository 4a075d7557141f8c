import { MAX_REGIONS } from '../budget.ts';
import { isAsciiLetterUnit } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import { restoreLostPunctuation } from './lost-punctuation.ts';
import type { DecodeSource } from './decode-source.ts';
import { unitsToString } from '../utf8.ts';

/**
 * Code words a run needs, all in a row: a sentence naming Delta, Echo, India or Victor has other
 * words between them.
 */
export const MIN_NATO_WORDS = 5;
/**
 * Letter code words among them: "one, two, three, four, five" is counting, not a spelled text
 * (the digit words alone never make a run).
 */
const MIN_LETTER_WORDS = 3;

/** The NATO/ICAO spelling alphabet, with its common variant spellings. */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ['alfa', 'a'], ['alpha', 'a'], ['bravo', 'b'], ['charlie', 'c'], ['delta', 'd'], ['echo', 'e'],
  ['foxtrot', 'f'], ['golf', 'g'], ['hotel', 'h'], ['india', 'i'], ['juliett', 'j'], ['juliet', 'j'],
  ['kilo', 'k'], ['lima', 'l'], ['mike', 'm'], ['november', 'n'], ['oscar', 'o'], ['papa', 'p'],
  ['quebec', 'q'], ['romeo', 'r'], ['sierra', 's'], ['tango', 't'], ['uniform', 'u'], ['victor', 'v'],
  ['whiskey', 'w'], ['whisky', 'w'], ['xray', 'x'], ['yankee', 'y'], ['zulu', 'z'],
];
/** ICAO's digits, with their radio spellings ("tree", "fower", "fife", "niner"). */
const DIGIT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['zero', '0'], ['one', '1'], ['two', '2'], ['three', '3'], ['tree', '3'], ['four', '4'], ['fower', '4'],
  ['five', '5'], ['fife', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'], ['niner', '9'],
];
/** Spelled-out word breaks ("(space)"). */
const SPACE_WORD = 'space';

const MIN_LENGTH = 3;
const MAX_LENGTH = 8;

/** A word's letters, lower-cased, as a number: 5 bits per letter, at most 8 letters (fits a double exactly). */
function keyOf(text: string, start: number, end: number): number {
  let key = 0;
  for (let k = start; k < end; k += 1) key = key * 32 + ((text.charCodeAt(k) | 0x20) - 0x60);
  return key;
}
const keyOfWord = (word: string) => keyOf(word, 0, word.length);

const LETTER_OF = new Map<number, number>([...WORDS, ...DIGIT_WORDS].map(([word, letter]) => [keyOfWord(word), letter.charCodeAt(0)]));
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
const SPACE_KEY = keyOfWord(SPACE_WORD);
/** What `codeAt` returns for a spelled-out word break. */
const SPACE = -2;
/**
 * Per first two letters (26 × 26): bit n set when some code word (or "space") starting with them
 * has n letters. Filters the words of prose before any lookup: few of them pass. The hint's table
 * has the letter words only: digit words ("the…" of "three", "one", "seven") are everywhere in
 * prose and would keep the hint's streaks alive, and a spelled text has letter words in a row.
 */
function pairLengths(words: readonly string[]): Uint16Array {
  const table = new Uint16Array(26 * 26);
  for (const word of words) table[(word.charCodeAt(0) - 0x61) * 26 + word.charCodeAt(1) - 0x61]! |= 1 << word.length;
  return table;
}
const LETTER_PAIR_LENGTHS = pairLengths([...WORDS.map(([w]) => w), SPACE_WORD]);
const PAIR_LENGTHS = pairLengths([...WORDS.map(([w]) => w), ...DIGIT_WORDS.map(([w]) => w), SPACE_WORD]);

/** "ray" (any case) at `at`, not followed by a letter: the rest of "X-ray". */
const isRay = (text: string, at: number): boolean =>
  (text.charCodeAt(at) | 0x20) === 0x72 &&
  (text.charCodeAt(at + 1) | 0x20) === 0x61 &&
  (text.charCodeAt(at + 2) | 0x20) === 0x79 &&
  !isAsciiLetterUnit(text.charCodeAt(at + 3));

/**
 * The letter (its code) that the whole word [start, end) of ASCII letters spells, SPACE for
 * "space", -1 for any other word. ("X-ray" is handled by the callers: it is two words.)
 */
function codeAt(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < MIN_LENGTH || length > MAX_LENGTH) return -1;
  const pair = ((text.charCodeAt(start) | 0x20) - 0x61) * 26 + ((text.charCodeAt(start + 1) | 0x20) - 0x61);
  if (((PAIR_LENGTHS[pair]! >> length) & 1) === 0) return -1;
  const key = keyOf(text, start, end);
  return key === SPACE_KEY ? SPACE : (LETTER_OF.get(key) ?? -1);
}

/** Is the one-letter word at `start` the "X" of "X-ray"? */
const isXray = (text: string, start: number, end: number) =>
  end - start === 1 && (text.charCodeAt(start) | 0x20) === 0x78 && text.charCodeAt(end) === 0x2d && isRay(text, end + 1);

/** Between two letters: blanks, hyphens, commas, colons, brackets. Between words: the rest of these. */
const LETTER_GAP = 1;
const WORD_GAP = 2;
const GAP = new Uint8Array(128);
for (const ch of ' \t-,:()[]"\'\r') GAP[ch.charCodeAt(0)] = LETTER_GAP;
for (const ch of '\n/|.;!?') GAP[ch.charCodeAt(0)] = WORD_GAP;
const gapOf = (unit: number) => (unit < 128 ? GAP[unit]! : 0);

/**
 * First, cheap pass: stretches of at least five code words with nothing but separators (and
 * spelled-out breaks) between them. No closures or objects in the loop: prose goes through it
 * at about the speed of a bare scan, and nearly all of its words fail the two-letter filter.
 */
function candidateRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const limit = text.length;
  let streak = 0;
  let letterWords = 0;
  let streakStart = 0;
  let streakEnd = 0;
  let i = 0;
  while (i < limit) {
    const unit = text.charCodeAt(i);
    if (!isAsciiLetterUnit(unit)) {
      if (streak > 0 && gapOf(unit) === 0) {
        if (streak >= MIN_NATO_WORDS && letterWords >= MIN_LETTER_WORDS) ranges.push({ start: streakStart, end: streakEnd });
        streak = 0;
        letterWords = 0;
      }
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    while (i < limit && isAsciiLetterUnit(text.charCodeAt(i))) i += 1;
    let code = codeAt(text, start, i);
    if (code === -1 && isXray(text, start, i)) {
      code = 0x78;
      i += 4;
    }
    if (code === SPACE) continue;
    if (code === -1) {
      if (streak >= MIN_NATO_WORDS && letterWords >= MIN_LETTER_WORDS) ranges.push({ start: streakStart, end: streakEnd });
      streak = 0;
      letterWords = 0;
      continue;
    }
    if (streak === 0) streakStart = start;
    streak += 1;
    if (!isDigitCode(code)) letterWords += 1;
    streakEnd = i;
  }
  if (streak >= MIN_NATO_WORDS && letterWords >= MIN_LETTER_WORDS) ranges.push({ start: streakStart, end: streakEnd });
  return ranges;
}

/**
 * Decodes the runs inside a candidate stretch [from, to): letters for code words, one space per
 * word break; a code word glued to a digit, symbol or another script ends a run (and is left out).
 */
function decodeRange(text: string, from: number, to: number, regions: DecodedRegion[], budget: number): number {
  let units: number[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  let words = 0;
  let letterWords = 0;
  let runStart = -1;
  let runEnd = -1;
  let gap = 0; // the separator since the last word: 0 none, else LETTER_GAP | WORD_GAP bits
  let blanks = 0; // blanks in a row inside it
  let gapStart = 0;
  let spent = 0;
  const close = () => {
    if (words >= MIN_NATO_WORDS && letterWords >= MIN_LETTER_WORDS && regions.length < MAX_REGIONS && budget - spent > 0) {
      // The code words carried no punctuation: what the words say it was is put back.
      const decoded = restoreLostPunctuation(unitsToString(units), starts, ends, runEnd);
      regions.push({ start: runStart, end: runEnd, text: decoded.text, starts: Int32Array.from(decoded.starts), ends: Int32Array.from(decoded.ends) });
      spent += decoded.text.length;
    }
    if (words > 0) {
      units = [];
      starts = [];
      ends = [];
      words = 0;
      letterWords = 0;
    }
    gap = 0;
    blanks = 0;
  };
  let i = from;
  while (i < to) {
    const unit = text.charCodeAt(i);
    if (!isAsciiLetterUnit(unit)) {
      const kind = gapOf(unit);
      if (kind === 0) close();
      else {
        if (gap === 0) gapStart = i;
        gap |= kind;
        blanks = unit === 0x20 || unit === 0x09 ? blanks + 1 : 0;
        if (blanks >= 2) gap |= WORD_GAP;
      }
      i += 1;
      continue;
    }
    const start = i;
    while (i < to && isAsciiLetterUnit(text.charCodeAt(i))) i += 1;
    let letter = codeAt(text, start, i);
    if (letter === -1 && isXray(text, start, i)) {
      letter = 0x78;
      i += 4;
    }
    const end = i;
    const glued = (start > 0 && gapOf(text.charCodeAt(start - 1)) === 0) || (end < text.length && gapOf(text.charCodeAt(end)) === 0);
    if (glued || letter === -1 || (letter === SPACE && words === 0)) {
      close();
      continue;
    }
    if (letter === SPACE) {
      // A spelled-out break joins the separator around it.
      if (gap === 0) gapStart = start;
      gap |= WORD_GAP;
      blanks = 0;
      continue;
    }
    if (words === 0) runStart = start;
    if (spent + units.length + 2 <= budget) {
      if (words > 0 && gap & WORD_GAP) {
        units.push(0x20);
        starts.push(gapStart);
        ends.push(start);
      }
      units.push(letter);
      starts.push(start);
      ends.push(end);
    }
    words += 1;
    if (!isDigitCode(letter)) letterWords += 1;
    runEnd = end;
    gap = 0;
    blanks = 0;
  }
  close();
  return spent;
}

/**
 * The NATO/ICAO spelling alphabet ("Hotel Echo Lima Lima Oscar / Whiskey Oscar Romeo Lima Delta"),
 * in any case, decoded to lower-case letters, and its digits ("Four Two" is 42: a card number or
 * a street number spelled out is still one). Letters are separated by blanks, hyphens or commas;
 * words by " / ", "|", a line break, a full stop, two or more blanks, or a spelled-out "(space)".
 * A run is nothing but code words (any other word, a digit or another symbol ends it) and needs
 * five of them, three of them letters. Hand-written and linear: the hint (five words in a row that
 * start like code words) keeps prose out, a cheap pass finds stretches of code words, and only those
 * are decoded.
 */
export const nato: Decoder = {
  name: SIGNAL.nato,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    if (!source.hints.nato) return [];
    const text = source.text;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    for (const range of candidateRanges(text)) {
      if (regions.length >= MAX_REGIONS || budget <= 0) break;
      budget -= decodeRange(text, range.start, range.end, regions, budget);
    }
    return regions;
  },
};

const WORD_OF = new Map<string, string>();
for (const [word, letter] of [...WORDS, ...DIGIT_WORDS]) if (!WORD_OF.has(letter)) WORD_OF.set(letter, word[0]!.toUpperCase() + word.slice(1));
WORD_OF.set('x', 'X-ray');

/** `text` spelled in the NATO alphabet, digits included (letters by spaces, words by " / "); other characters are left out. For examples and tests. */
export function toNato(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => [...word].map((ch) => WORD_OF.get(ch)).filter((code) => code !== undefined).join(' '))
    .filter((word) => word.length > 0)
    .join(' / ');
}

/**
 * Hint for text-hints.ts, called at the first letter of every ASCII word: 1 when the word may be
 * a code word (or "space") by its first two letters, 0 for the "ray" of "X-ray", -1 otherwise.
 * Five 1s with no -1 between them are necessary for a run.
 */
export function natoWordStart(text: string, i: number): number {
  const first = (text.charCodeAt(i) | 0x20) - 0x61;
  const second = text.charCodeAt(i + 1);
  if (first === 23 && second === 0x2d) return 1;
  if (!isAsciiLetterUnit(second)) return -1;
  if (LETTER_PAIR_LENGTHS[first * 26 + (second | 0x20) - 0x61] !== 0) return 1;
  if (first === 17 && text.charCodeAt(i - 1) === 0x2d && (text.charCodeAt(i - 2) | 0x20) === 0x78) return 0;
  return -1;
}
