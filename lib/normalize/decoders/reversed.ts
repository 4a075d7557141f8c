import { MAX_REGIONS } from '../budget.ts';
import { isGluedToCode } from '../char-class.ts';
import { SIGNAL } from '../signal-kinds.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { average, ENGLISH_LIKE, MIN_GAIN, MIN_PAIRS, scorePairs } from './letter-bigrams.ts';
import { lexiconHashes } from './lexicon-hashes.ts';
import { overlapsAny, readsReversed, wholeStretches } from './reading-evidence.ts';
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

/** text[start, end) read right to left, by code point, each unit mapped to its source. */
function reverseRegion(text: string, start: number, end: number): DecodedRegion {
  const starts = new Int32Array(end - start);
  const ends = new Int32Array(end - start);
  let out = '';
  let unit = 0;
  for (let k = end; k > start; ) {
    const low = text.charCodeAt(k - 1);
    const high = text.charCodeAt(k - 2);
    const pair = low >= 0xdc00 && low <= 0xdfff && k - 2 >= start && high >= 0xd800 && high <= 0xdbff;
    const from = pair ? k - 2 : k - 1;
    out += text.slice(from, k);
    for (let u = from; u < k; u += 1) {
      starts[unit] = from;
      ends[unit] = k;
      unit += 1;
    }
    k = from;
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
