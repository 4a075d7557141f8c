import { MAX_REGIONS } from '../budget.ts';
import { isBlankUnit } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { isPlausibleText } from '../text-shape.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { average, scorePairs } from './letter-bigrams.ts';

/** Unicode Braille Patterns: U+2800 (the blank cell) to U+28FF; a cell's dots are the low 8 bits. */
const FIRST_CELL = 0x2800;
const LAST_CELL = 0x28ff;
/** Cells with dot 7 or 8 (offset 0x40 and up) are not six-dot text: they draw Braille art. */
const EIGHT_DOT = 0x40;

/** Letter cells a run must hold: shorter ones are icons, spinners ("⠋⠙⠹⠸") and single symbols. */
export const MIN_LETTER_CELLS = 4;
/** Share of a run's letter, unknown and eight-dot cells that must be letters (signs and punctuation aside). */
const MIN_LETTER_SHARE = 0.6;
/** Most eight-dot cells a run may hold, as a share of its letter, unknown and eight-dot cells. */
const MAX_EIGHT_DOT_SHARE = 0.05;
/**
 * The letters must read like words, by English letter pairs (letter-bigrams.ts): train rows average
 * −2.4 (English, French, Spanish) to −3.1 (Swahili) per pair, the median by language, while random
 * letters and what Braille art and spinners happen to spell ("cccc", "fdvlp") average about −4.4.
 */
const MIN_PAIR_AVERAGE = -3.4;
/**
 * A short run must read that much better: random letters average about −4.4 per pair, and the gain
 * over that, scaled by the square root of the pairs as a z-score would be, must reach this.
 */
const RANDOM_PAIR_AVERAGE = -4.4;
const MIN_PAIR_Z = 3.5;

/** Grade-1 letters a–z, in order. */
const LETTERS = '⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵';
/** Common punctuation (English Braille): cell, character. */
const PUNCTUATION = '⠂,⠆;⠒:⠲.⠖!⠦?⠄\'⠤-';
/** Capital sign (dot 6): the next letter is a capital; doubled, the rest of the word. */
const CAPITAL_SIGN = 0x20;
/** Number sign (dots 3456): the letters a–j that follow are the digits 1–9, 0. */
const NUMBER_SIGN = 0x3c;
/** Grade-1 indicator (dots 56, UEB): ends a number before a letter a–j ("⠼⠁⠰⠁" is "1a"). */
const LETTER_SIGN = 0x30;

/** Per six-dot cell: the letter index 0–25, or -1. */
const LETTER_OF = new Int8Array(64).fill(-1);
for (let k = 0; k < LETTERS.length; k += 1) LETTER_OF[LETTERS.charCodeAt(k) - FIRST_CELL] = k;
/** Per six-dot cell: the punctuation character code, or 0. */
const PUNCTUATION_OF = new Uint16Array(64);
for (let k = 0; k < PUNCTUATION.length; k += 2) PUNCTUATION_OF[PUNCTUATION.charCodeAt(k) - FIRST_CELL] = PUNCTUATION.charCodeAt(k + 1);

const isCell = (unit: number) => unit >= FIRST_CELL && unit <= LAST_CELL;
/**
 * What a run of cells may hold besides cells: blanks, and what converters leave as it is: ASCII
 * punctuation and digits, typographic dashes, quotes and ellipses (U+2010–U+2027).
 */
const isPassThrough = (unit: number) =>
  unit < 0x80 ? isBlankUnit(unit) || (unit > 0x20 && unit < 0x7f && !((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a)) : unit >= 0x2010 && unit <= 0x2027;

/**
 * Decodes text[start, end), a run of cells (with blanks and ASCII punctuation between them), when
 * it holds Grade-1 text: at least four letter cells, mostly letters, next to no eight-dot cells,
 * letters that read like words. Each character maps to its cell, together with the capital or
 * number sign before it; signs put out nothing, unknown six-dot cells (Grade-2 contractions) stay.
 */
function decodeRun(text: string, start: number, end: number): DecodedRegion | undefined {
  const starts = new Int32Array(end - start);
  const ends = new Int32Array(end - start);
  let out = '';
  const put = (unit: number, from: number, to: number) => {
    starts[out.length] = from;
    ends[out.length] = to;
    out += String.fromCharCode(unit);
  };
  let letters = 0;
  let cells = 0;
  let eightDot = 0;
  let capital = 0; // 1: the next letter, 2: the rest of the word
  let numeric = false;
  let signAt = -1; // the capital or number sign that belongs to the next character
  for (let i = start; i < end; i += 1) {
    const unit = text.charCodeAt(i);
    if (!isCell(unit) || unit === FIRST_CELL) {
      if (isBlankUnit(unit) || unit === FIRST_CELL) {
        capital = 0;
        numeric = false;
      }
      put(unit === FIRST_CELL ? 0x20 : unit, i, i + 1);
      signAt = -1;
      continue;
    }
    const cell = unit - FIRST_CELL;
    if (cell >= EIGHT_DOT) {
      cells += 1;
      eightDot += 1;
      put(unit, i, i + 1);
      continue;
    }
    if (cell === CAPITAL_SIGN || cell === NUMBER_SIGN || cell === LETTER_SIGN) {
      if (cell === CAPITAL_SIGN) capital = i > start && text.charCodeAt(i - 1) === unit ? 2 : 1;
      numeric = cell === NUMBER_SIGN;
      if (signAt < 0) signAt = i;
      continue;
    }
    const from = signAt >= 0 ? signAt : i;
    signAt = -1;
    const letter = LETTER_OF[cell]!;
    const punctuation = PUNCTUATION_OF[cell]!;
    if (letter >= 0 && numeric && letter < 10) {
      put(letter === 9 ? 0x30 : 0x31 + letter, from, i + 1);
    } else if (letter >= 0) {
      cells += 1;
      letters += 1;
      numeric = false;
      put((capital !== 0 ? 0x41 : 0x61) + letter, from, i + 1);
      if (capital === 1) capital = 0;
    } else if (punctuation !== 0) {
      // A decimal point or thousands separator keeps a number going ("⠼⠁⠲⠑" is "1.5").
      numeric &&= punctuation === 0x2e || punctuation === 0x2c;
      put(punctuation, from, i + 1);
    } else {
      cells += 1;
      numeric = false;
      put(unit, from, i + 1);
    }
  }
  if (letters < MIN_LETTER_CELLS || letters < MIN_LETTER_SHARE * cells || eightDot > MAX_EIGHT_DOT_SHARE * cells) return undefined;
  const pairs = scorePairs(out, 0, out.length);
  const pairAverage = average(pairs);
  if (pairAverage < MIN_PAIR_AVERAGE || (pairAverage - RANDOM_PAIR_AVERAGE) * Math.sqrt(pairs.pairs) < MIN_PAIR_Z || !isPlausibleText(out)) return undefined;
  return { start, end, text: out, starts: starts.slice(0, out.length), ends: ends.slice(0, out.length) };
}

/**
 * Grade-1 Braille of ASCII text (the inverse of the decoder, for tests and rule examples): capital
 * and number signs, the punctuation above, other characters kept as they are.
 */
export function toBraille(text: string): string {
  let out = '';
  let numeric = false;
  for (const ch of text) {
    const unit = ch.charCodeAt(0);
    const letter = (unit | 0x20) - 0x61;
    if (unit >= 0x30 && unit <= 0x39) {
      if (!numeric) out += String.fromCharCode(FIRST_CELL + NUMBER_SIGN);
      numeric = true;
      out += LETTERS[unit === 0x30 ? 9 : unit - 0x31];
    } else if (unit < 0x80 && letter >= 0 && letter < 26) {
      if (numeric && letter < 10) out += String.fromCharCode(FIRST_CELL + LETTER_SIGN);
      numeric = false;
      out += (unit < 0x61 ? String.fromCharCode(FIRST_CELL + CAPITAL_SIGN) : '') + LETTERS[letter];
    } else {
      const at = PUNCTUATION.indexOf(ch, 1);
      numeric &&= ch === '.' || ch === ',';
      out += at > 0 && at % 2 === 1 ? PUNCTUATION[at - 1] : ch;
    }
  }
  return out;
}

/**
 * Grade-1 (uncontracted) English Braille written with Unicode Braille Patterns ("⠠⠊⠛⠝⠕⠗⠑ ⠁⠇⠇"
 * → "Ignore all"): letters, the capital and number signs, common punctuation, U+2800 or spaces
 * between words. Braille art (mostly eight-dot cells), spinners and icons are left alone.
 */
export const braille: Decoder = {
  name: SIGNAL.braille,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    if (!source.hints.braille) return [];
    const text = source.text;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let i = 0;
    while (i < text.length && regions.length < MAX_REGIONS) {
      if (!isCell(text.charCodeAt(i))) {
        i += 1;
        continue;
      }
      // A run: cells and what may stand between them, up to its last character that is not blank.
      let end = i + 1;
      let j = i;
      let cells = 0;
      let eightDot = 0;
      for (; j < text.length; j += 1) {
        const unit = text.charCodeAt(j);
        if (isCell(unit)) {
          if (unit !== FIRST_CELL) cells += 1;
          if (unit >= FIRST_CELL + EIGHT_DOT) eightDot += 1;
        } else if (!isPassThrough(unit)) break;
        if (!isBlankUnit(unit)) end = j + 1;
      }
      // Braille art is turned down without decoding it (decodeRun would, on fewer cells).
      const region = eightDot > MAX_EIGHT_DOT_SHARE * cells ? undefined : decodeRun(text, i, end);
      if (region && region.text.length <= budget) {
        regions.push(region);
        budget -= region.text.length;
      }
      i = j;
    }
    return regions;
  },
};
