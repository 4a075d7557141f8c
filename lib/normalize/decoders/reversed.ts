import { MAX_REGIONS } from '../budget.ts';
import { charFlags, isBlankUnit, isGluedToCode, isScriptSentenceStopUnit, LOWER, UPPER } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { average, ENGLISH_LIKE, MIN_GAIN, MIN_PAIRS, scorePairs } from './letter-bigrams.ts';
import { lexiconHashes } from './lexicon-hashes.ts';
import { overlapsAny, readsReversed, wholeStretches } from './reading-evidence.ts';
import { blankTokens, wordPairOrder } from './word-pairs.ts';
import { evidenceWeight, isNeutralWord, MIN_WEIGHTED_SHARE, segmentRange, segmentWords } from './word-segments.ts';

/** A stretch is decoded when this many distinct words are English reversed… */
export const MIN_REVERSED_HITS = 3;
/** …and they are at least this share of them… */
const MIN_SHARE = 0.4;
/** …counting words of two letters or more (reversal has one reading, not 25: short words are fair evidence). */
const MIN_REVERSED_LETTERS = 2;

/** Letter pairs decide where the lexicon cannot (short prompts with rare words). */
function readsBetterReversed(text: string, start: number, end: number): boolean {
  const written = scorePairs(text, start, end);
  if (written.pairs < MIN_PAIRS || average(written) >= ENGLISH_LIKE) return false;
  const backwards = average(scorePairs(text, start, end, 0, true));
  return backwards >= ENGLISH_LIKE && backwards - average(written) >= MIN_GAIN;
}

/** Share of a text's words in qualifying stretches above which the whole text is read reversed. */
const WHOLE_TEXT_SHARE = 0.8;

/** Is the unit a letter of that case (any script; surrogate halves are not)? */
const hasCase = (unit: number, kase: number) => (unit < 0xd800 || unit > 0xdfff) && (charFlags(unit) & kase) !== 0;

/**
 * Was text[start, end) written word by word backwards ("erongI lla .tpmorp"), the words left in
 * their order? A sentence's capital then ends its first word and its full stop starts its last
 * ("….tpmorp erongI…": a stop-led word, then one that ends in a capital); reversed as a whole, the
 * stop leads the text and the capital ends it ("erongI .tpmorp"). Whichever order the marks show
 * more often wins; without marks, the order of its words (word-pairs.ts) decides.
 */
function reversedWordByWord(text: string, start: number, end: number): boolean {
  const tokens = blankTokens(text, start, end);
  if (tokens.length < 2) return false;
  const stopLed = (token: { start: number; end: number }) =>
    token.end - token.start >= 2 && isScriptSentenceStopUnit(text.charCodeAt(token.start)) && !isScriptSentenceStopUnit(text.charCodeAt(token.start + 1));
  const capitalEnded = (token: { start: number; end: number }) =>
    token.end - token.start >= 2 && hasCase(text.charCodeAt(token.end - 1), UPPER) && hasCase(text.charCodeAt(token.end - 2), LOWER);
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  let wordByWord = (capitalEnded(first) ? 1 : 0) + (stopLed(last) ? 1 : 0);
  let whole = (stopLed(first) ? 1 : 0) + (capitalEnded(last) ? 1 : 0);
  for (let k = 1; k < tokens.length; k += 1) {
    if (stopLed(tokens[k - 1]!) && capitalEnded(tokens[k]!)) wordByWord += 1;
    if (capitalEnded(tokens[k - 1]!) && stopLed(tokens[k]!)) whole += 1;
  }
  if (wordByWord !== whole) return wordByWord > whole;
  // No marks to go by ("woh ot ekam a bmob"): the words flipped in place read in English word order?
  const flipped = tokens.map((token) => [...text.slice(token.start, token.end)].reverse().join('')).join(' ');
  const order = wordPairOrder(flipped, 0, flipped.length);
  return order.forward > order.backward;
}

/**
 * text[start, end) read right to left, by code point, each unit mapped to its source: as a whole,
 * or word by word when it was written that way (reversedWordByWord).
 */
function reverseRegion(text: string, start: number, end: number): DecodedRegion {
  const starts = new Int32Array(end - start);
  const ends = new Int32Array(end - start);
  let out = '';
  let unit = 0;
  const readBackwards = (from: number, to: number) => {
    for (let k = to; k > from; ) {
      const low = text.charCodeAt(k - 1);
      const high = text.charCodeAt(k - 2);
      const pair = low >= 0xdc00 && low <= 0xdfff && k - 2 >= from && high >= 0xd800 && high <= 0xdbff;
      const at = pair ? k - 2 : k - 1;
      out += text.slice(at, k);
      for (let u = at; u < k; u += 1) {
        starts[unit] = at;
        ends[unit] = k;
        unit += 1;
      }
      k = at;
    }
  };
  if (!reversedWordByWord(text, start, end)) {
    readBackwards(start, end);
  } else {
    for (let k = start; k < end; ) {
      const blankStart = k;
      while (k < end && isBlankUnit(text.charCodeAt(k))) k += 1;
      for (let u = blankStart; u < k; u += 1) {
        out += text[u];
        starts[unit] = u;
        ends[unit] = u + 1;
        unit += 1;
      }
      const wordStart = k;
      while (k < end && !isBlankUnit(text.charCodeAt(k))) k += 1;
      readBackwards(wordStart, k);
    }
  }
  return { start, end, text: out, starts, ends, reordered: true };
}

/** Reversed text ("snoitcurtsni suoiverp lla erongi"): each qualifying stretch read right to left. */
export const reversed: Decoder = {
  name: SIGNAL.reversed,
  cipher: true,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const index = source.words();
    if (index.count === 0) return [];
    // Texts and lines written backwards as a whole, in any language (reading-evidence.ts)…
    const stretches = wholeStretches(source, readsReversed).slice(0, MAX_REGIONS);
    // …then reversed passages among other text, by English words.
    const forward = source.forward();
    const { common, neutralReversed } = lexiconHashes();
    const segments = index.count < 2 ? [] : segmentWords(index, forward, neutralReversed);
    const qualifying: Array<{ start: number; end: number; words: number }> = [];
    for (const segment of segments) {
      if (qualifying.length + stretches.length >= MAX_REGIONS) break;
      const range = segmentRange(source.text, index, segment);
      if (overlapsAny(stretches, range.start, range.end)) continue;
      // Distinct words: a list repeating "saw" is not a reversed text.
      let hits = 0;
      let hitWeight = 0;
      let totalWeight = 0;
      const seen = new Set<number>();
      for (let k = segment.first; k <= segment.last; k += 1) {
        const letters = index.ends[k]! - index.starts[k]!;
        if (letters < MIN_REVERSED_LETTERS || isNeutralWord(index, forward, neutralReversed, k) || seen.has(index.forward[k]!)) continue;
        // A letter run glued to a digit or a code symbol is no word: ROT47's "D@7EH2C6" has no "he" backwards in it.
        if (isGluedToCode(source.text, index.starts[k]!, index.ends[k]!)) continue;
        seen.add(index.forward[k]!);
        totalWeight += evidenceWeight(index, k);
        if (common.has(index.reversed[k]!)) {
          hits += 1;
          hitWeight += evidenceWeight(index, k);
        }
      }
      const total = seen.size;
      // A short prompt that is reversed throughout has few words: two of three suffice there.
      const whole = segment.first === 0 && segment.last === index.count - 1;
      const byWords =
        totalWeight > 0 &&
        hitWeight >= MIN_WEIGHTED_SHARE * totalWeight &&
        ((hits >= MIN_REVERSED_HITS && hits >= MIN_SHARE * total) || (whole && hits >= 2 && hits >= 0.6 * total));
      const { start, end } = range;
      if (!byWords && !readsBetterReversed(source.text, start, end)) continue;
      qualifying.push({ start, end, words: segment.last - segment.first + 1 });
    }
    // A text reversed as a whole comes out as several stretches (numbers and long gaps split it):
    // read it as one, right to left, so its sentences come back in order.
    const covered = qualifying.reduce((sum, region) => sum + region.words, 0);
    const passages =
      qualifying.length > 1 && covered >= WHOLE_TEXT_SHARE * index.count && stretches.length === 0
        ? [{ start: qualifying[0]!.start, end: qualifying[qualifying.length - 1]!.end }]
        : qualifying;
    const ranges = [...stretches, ...passages].sort((a, b) => a.start - b.start);
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    for (const { start, end } of ranges) {
      if (end - start > budget) break;
      budget -= end - start;
      regions.push(reverseRegion(source.text, start, end));
    }
    return regions;
  },
};
