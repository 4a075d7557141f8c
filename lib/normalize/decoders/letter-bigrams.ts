import { COMMON_WORDS } from '../english-words.ts';

/**
 * English letter-pair statistics (log P(next letter | letter), from the lexicon's words), used two
 * ways: as a cheap gate (a line of ordinary English scores high, so the word-level cipher decoders
 * never look at it), and as evidence that a rotated or reversed reading of a line is English.
 * Measured on the dev data: English lines average ≥ −2.73 per pair (1st percentile), their ROT13
 * ≤ −3.41 and their reversal ≤ −3.01 (99th percentile).
 */
export const ENGLISH_LIKE = -2.85;
/** Below this many letter pairs a reading is too short to judge by letter pairs alone. */
export const MIN_PAIRS = 16;
/**
 * The gate's thresholds by line length. A short line's average varies more (a reversed one-liner
 * can score −2.8), so lines of 16–63 letter pairs pass as English only above SHORT_ENGLISH_LIKE
 * (dev data: 90 % of short English lines score ≥ −2.62, 99 % of short reversed lines ≤ −2.74);
 * lines under 16 pairs always go to the cipher decoders (they are cheap to look at).
 */
export const GATE_MIN_PAIRS = 16;
export const LONG_LINE_PAIRS = 64;
export const SHORT_ENGLISH_LIKE = -2.6;
/** A decoded reading must beat the text as written by this much per pair. */
export const MIN_GAIN = 0.5;
let table: Float32Array | undefined;

/** log P(b | a) at index a × 26 + b, built once from the lexicon. */
export function bigramLogProbabilities(): Float32Array {
  if (table) return table;
  const counts = new Float64Array(676).fill(1);
  for (const word of COMMON_WORDS) {
    for (let i = 0; i + 1 < word.length; i += 1) {
      const a = word.charCodeAt(i) - 0x61;
      const b = word.charCodeAt(i + 1) - 0x61;
      if (a >= 0 && a < 26 && b >= 0 && b < 26) counts[a * 26 + b]! += 1;
    }
  }
  const result = new Float32Array(676);
  for (let a = 0; a < 26; a += 1) {
    let row = 0;
    for (let b = 0; b < 26; b += 1) row += counts[a * 26 + b]!;
    for (let b = 0; b < 26; b += 1) result[a * 26 + b] = Math.log(counts[a * 26 + b]! / row);
  }
  table = result;
  return result;
}

const letterOf = (unit: number): number => {
  const lower = unit | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower - 0x61 : -1;
};

export interface PairScore {
  /** Sum of log-probabilities over adjacent letter pairs. */
  sum: number;
  pairs: number;
}

/**
 * Scores text[start, end) as English letter pairs, read with every letter shifted back by `shift`
 * and, when `reversed`, right to left.
 */
export function scorePairs(text: string, start: number, end: number, shift = 0, reversed = false): PairScore {
  const logP = bigramLogProbabilities();
  let sum = 0;
  let pairs = 0;
  let previous = -1;
  if (shift === 0 && !reversed) {
    for (let i = start; i < end; i += 1) {
      const letter = letterOf(text.charCodeAt(i));
      if (letter >= 0 && previous >= 0) {
        sum += logP[previous * 26 + letter]!;
        pairs += 1;
      }
      previous = letter;
    }
    return { sum, pairs };
  }
  for (let i = start; i < end; i += 1) {
    const letter = letterOf(text.charCodeAt(i));
    if (letter < 0) {
      previous = -1;
      continue;
    }
    const current = (letter - shift + 26) % 26;
    if (previous >= 0) {
      sum += reversed ? logP[current * 26 + previous]! : logP[previous * 26 + current]!;
      pairs += 1;
    }
    previous = current;
  }
  return { sum, pairs };
}

export const average = (score: PairScore): number => (score.pairs === 0 ? 0 : score.sum / score.pairs);
