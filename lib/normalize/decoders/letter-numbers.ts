import { MAX_REGIONS } from '../budget.ts';
import { charFlags, LETTER } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { readsAsWords } from './decoded-words.ts';
import { restoreLostPunctuation } from './lost-punctuation.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

/** Letters a run must spell: shorter lists of small numbers are dates, scores and list numbers. */
export const MIN_LETTER_NUMBERS = 8;
/** Words a run must spell (its word separators plus one): readsAsWords judges spaced text from three words. */
const MIN_WORDS = 3;
/** Longest separator between two numbers: " / " and ", " are the usual word separators. */
const MAX_SEPARATOR = 4;

/**
 * Cheap test before the scan: eight numbers from 1 to 26 (a leading zero allowed) in a row, each
 * separated by one to four blanks or the punctuation a separator uses. Every run the scan accepts
 * has them. Each number is followed by a class it cannot continue with, so the test stays linear.
 */
export const MAY_HOLD_LETTER_NUMBERS = /(?<![0-9A-Za-z_])(?:0?[1-9]|1\d|2[0-6])(?:[\t\n\r ,\-./|;:]{1,4}(?:0?[1-9]|1\d|2[0-6])(?!\d)){7}/;

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;
const isSeparatorUnit = (unit: number) =>
  unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x2c || unit === 0x2d || unit === 0x2e || unit === 0x2f || unit === 0x7c || unit === 0x3b || unit === 0x3a;
const isLineBreak = (unit: number) => unit === 0x0a || unit === 0x0d;

/** A letter, digit or underscore next to a number makes it part of a word or code ("x12", "12px", "v2"). */
const isWordUnit = (unit: number): boolean =>
  unit < 0x80
    ? isDigit(unit) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || unit === 0x5f
    : unit < 0xd800 && (charFlags(unit) & LETTER) !== 0;

/** The end of the stand-alone number from 1 to 26 at `i` (one or two digits, "05" too), or -1. */
function letterNumberEnd(text: string, i: number): number {
  if (i > 0 && isWordUnit(text.charCodeAt(i - 1))) return -1;
  let j = i;
  let value = 0;
  while (j < text.length && isDigit(text.charCodeAt(j))) {
    if (j - i === 2) return -1;
    value = value * 10 + (text.charCodeAt(j) - 0x30);
    j += 1;
  }
  if (j === i || value < 1 || value > 26) return -1;
  if (j < text.length && isWordUnit(text.charCodeAt(j))) return -1;
  return j;
}

/** One run: each number's range, whether it is a number kept as written, and the separator after each but the last. */
interface Run {
  starts: number[];
  ends: number[];
  literal: boolean[];
  separators: string[];
}

/** Digits of a number kept as written (a house or card number): A1Z26 leaves numbers as they are. */
const MAX_LITERAL_DIGITS = 19;
/** Numbers kept as written in a row inside a run: more is a table of numbers, not a sentence. */
const MAX_LITERALS_IN_A_ROW = 2;

/** The end of the stand-alone number at `i` that is no letter's (27 and up, or three digits or more), or -1. */
function literalNumberEnd(text: string, i: number): number {
  if (i > 0 && isWordUnit(text.charCodeAt(i - 1))) return -1;
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j += 1;
  if (j === i || j - i > MAX_LITERAL_DIGITS || (j < text.length && isWordUnit(text.charCodeAt(j)))) return -1;
  return j;
}

const hasBlank = (separator: string) => /[\s/|]/.test(separator);

/** Reads numbers from the one at `from` while separators stay short and the next number is a letter's. */
function readRun(text: string, from: number, firstEnd: number): Run {
  const run: Run = { starts: [from], ends: [firstEnd], literal: [false], separators: [] };
  let end = firstEnd;
  let literals = 0;
  for (;;) {
    let k = end;
    let breaks = 0;
    while (k < text.length && k - end <= MAX_SEPARATOR && isSeparatorUnit(text.charCodeAt(k))) {
      if (isLineBreak(text.charCodeAt(k))) breaks += 1;
      k += 1;
    }
    if (k === end || k - end > MAX_SEPARATOR || breaks > 2 || k >= text.length) break;
    const separator = text.slice(end, k);
    let nextEnd = letterNumberEnd(text, k);
    // A number that is no letter's stands between words ("via tasso 129 street"): kept as written.
    const literal = nextEnd < 0 && hasBlank(separator) && literals < MAX_LITERALS_IN_A_ROW;
    if (literal) nextEnd = literalNumberEnd(text, k);
    if (nextEnd < 0) break;
    literals = literal ? literals + 1 : 0;
    run.separators.push(separator);
    run.starts.push(k);
    run.ends.push(nextEnd);
    run.literal.push(literal);
    end = nextEnd;
  }
  // Numbers after the last letter are not part of the sentence the run spells.
  while (run.literal[run.literal.length - 1]) {
    run.literal.pop();
    run.starts.pop();
    run.ends.pop();
    run.separators.pop();
  }
  return run;
}

/** The separator used most often between two letters: the one between the letters of a word (words have several letters). */
function letterSeparator(run: Run): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (let k = 0; k < run.separators.length; k += 1) {
    if (run.literal[k] || run.literal[k + 1]) continue;
    const separator = run.separators[k]!;
    const count = (counts.get(separator) ?? 0) + 1;
    counts.set(separator, count);
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

/** Words (each with a vowel) and letters a run needs to be read without an English test, and its share of vowels. */
const MIN_FOREIGN_WORDS = 4;
const MIN_FOREIGN_LETTERS = 16;
const MIN_VOWEL_SHARE = 0.38;
const MAX_CONSONANT_RUN = 3;
const MAX_WORD_LETTERS = 16;
const isVowel = (unit: number) => unit === 0x61 || unit === 0x65 || unit === 0x69 || unit === 0x6f || unit === 0x75 || unit === 0x79;

/**
 * Words in a language English letter pairs do not describe ("tai sao nguoi an lai ban thiu nhu vay",
 * "kon ndeleng wong tuwek ki piye"): A1Z26 drops accents, so readsAsWords sees Latin letters it cannot
 * judge. Languages written in Latin letters put a vowel (or y) in every word, rarely four consonants
 * in a row, and vowels are well over a third of their letters; numbers from 1 to 26 picked at random
 * spell a four-letter word without a vowel about every other time, and vowels a fifth of the time.
 * Of 1,000 random runs of four to nine such words, 7 pass (the test); a wrong reading costs little:
 * decoded prose is not reported as hiding by itself (encoding.md), and the models read gibberish.
 */
function spellsWordsOfSomeLanguage(decoded: string): boolean {
  const words = decoded.split(' ');
  if (words.length < MIN_FOREIGN_WORDS) return false;
  let letters = 0;
  let vowels = 0;
  for (const word of words) {
    if (word.length > MAX_WORD_LETTERS) return false;
    let wordVowels = 0;
    let consonants = 0;
    for (let k = 0; k < word.length; k += 1) {
      if (isVowel(word.charCodeAt(k))) {
        wordVowels += 1;
        consonants = 0;
      } else if (++consonants > MAX_CONSONANT_RUN) return false;
    }
    if (wordVowels === 0) return false;
    letters += word.length;
    vowels += wordVowels;
  }
  return letters >= MIN_FOREIGN_LETTERS && vowels >= MIN_VOWEL_SHARE * letters;
}

/** Decodes a run when it spells words: letters between the letter separators, a blank at every other one. */
function decodeRun(text: string, run: Run, maxChars: number): DecodedRegion | undefined {
  const count = run.starts.length;
  if (run.literal.filter((literal) => !literal).length < MIN_LETTER_NUMBERS) return undefined;
  const inner = letterSeparator(run);
  // A separator beside a number kept as written is a word break, whatever it is.
  const breaksWord = (k: number) => run.separators[k] !== inner || run.literal[k]! || run.literal[k + 1]!;
  let words = 1;
  for (let k = 0; k < run.separators.length; k += 1) if (breaksWord(k) && !run.literal[k + 1]) words += 1;
  if (words < MIN_WORDS) return undefined;
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  /** The decoded letters alone (numbers kept as written left out), for the tests of words. */
  let letterText = '';
  for (let k = 0; k < count; k += 1) {
    const wordStart = k > 0 && breaksWord(k - 1);
    // The budget counts decoded units; a blank is only written with the letter after it.
    if (units.length + (wordStart ? 2 : 1) > maxChars) break;
    if (wordStart) {
      units.push(0x20);
      starts.push(run.ends[k - 1]!);
      ends.push(run.starts[k]!);
    }
    if (run.literal[k]) {
      for (let i = run.starts[k]!; i < run.ends[k]!; i += 1) {
        units.push(text.charCodeAt(i));
        starts.push(i);
        ends.push(i + 1);
      }
      continue;
    }
    let value = 0;
    for (let i = run.starts[k]!; i < run.ends[k]!; i += 1) value = value * 10 + (text.charCodeAt(i) - 0x30);
    if (wordStart && letterText.length > 0) letterText += ' ';
    letterText += String.fromCharCode(0x60 + value);
    units.push(0x60 + value);
    starts.push(run.starts[k]!);
    ends.push(run.ends[k]!);
  }
  const letters = String.fromCharCode(...units);
  if (!readsAsWords(letterText, 0) && !spellsWordsOfSomeLanguage(letterText)) return undefined;
  const end = ends[ends.length - 1]!;
  // The numbers carried no punctuation: what the words say it was is put back.
  const decoded = restoreLostPunctuation(letters, starts, ends, end);
  return { start: starts[0]!, end, text: decoded.text, starts: Int32Array.from(decoded.starts), ends: Int32Array.from(decoded.ends) };
}

/**
 * The A1Z26 cipher (a letter by its place in the alphabet: "9-7-14-15-18-5 1-12-12" is "ignore
 * all"), which cipher jailbreaks ask models to read. Numbers from 1 to 26 stand alone, the letters
 * of a word separated one way ("-", ",", ".", a blank) and the words another (a blank, " / ", " | ",
 * a line break): the separator used most is taken as the letters' one. A number that is no letter's
 * (a house or card number) between words, after a blank, is kept as written (at most two in a row, none
 * after the last letter). A run is decoded only when it
 * spells at least eight letters in three words or more that read as words (decoded-words.ts):
 * dates, scores, list numbers and tables of small numbers spell letters at random.
 */
export const letterNumbers: Decoder = {
  name: SIGNAL.letterNumbers,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!MAY_HOLD_LETTER_NUMBERS.test(text)) return [];
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let i = 0;
    while (i < text.length && regions.length < MAX_REGIONS && budget > 0) {
      if (!isDigit(text.charCodeAt(i))) {
        i += 1;
        continue;
      }
      const end = letterNumberEnd(text, i);
      if (end < 0) {
        while (i < text.length && isWordUnit(text.charCodeAt(i))) i += 1;
        continue;
      }
      const run = readRun(text, i, end);
      const region = decodeRun(text, run, budget);
      if (region) {
        regions.push(region);
        budget -= region.text.length;
      }
      i = run.ends[run.ends.length - 1]!;
    }
    return regions;
  },
};

/** `text` in A1Z26: letters (accents dropped) as numbers joined by `inner`, words joined by `between`; other words kept. For examples and tests. */
export function toLetterNumbers(text: string, inner = '-', between = ' '): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const letters = [...word.normalize('NFD').toLowerCase()].filter((ch) => ch >= 'a' && ch <= 'z');
      return letters.length === 0 ? word : letters.map((ch) => ch.charCodeAt(0) - 0x60).join(inner);
    })
    .join(between);
}
