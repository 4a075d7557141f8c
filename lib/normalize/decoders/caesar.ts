import { MAX_REGIONS } from '../budget.ts';
import { SIGNAL } from '../signal-kinds.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { average, ENGLISH_LIKE, MIN_GAIN, MIN_PAIRS, scorePairs } from './letter-bigrams.ts';
import { lexiconHashes, shiftMask } from './lexicon-hashes.ts';
import { overlapsAny, readsRotated, wholeStretches } from './reading-evidence.ts';
import type { WordIndex } from './word-index.ts';
import {
  evidenceWeight,
  identityPositions,
  isNeutralWord,
  MIN_EVIDENCE_LETTERS,
  MIN_WEIGHTED_SHARE,
  segmentRange,
  segmentWords,
  type Segment,
} from './word-segments.ts';

/** Shifts every ASCII letter back by `shift`, keeping case; everything else unchanged. */
export function unshift(text: string, shift: number): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) out += String.fromCharCode(((c - 0x61 + 26 - shift) % 26) + 0x61);
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(((c - 0x41 + 26 - shift) % 26) + 0x41);
    else out += text[i];
  }
  return out;
}

interface Thresholds {
  hits: number;
  share: number;
  /** A text that is one stretch throughout (a short prompt) may pass with fewer hits at a higher share. */
  wholeText?: { hits: number; share: number };
}

interface Settings {
  name: typeof SIGNAL.rot13 | typeof SIGNAL.caesar;
  /** Bitmask of the shifts this decoder tries. */
  allowed: number;
  minLetters: number;
  plain: Thresholds;
  /** Thresholds when the text names a cipher ("rot13", "caesar", "shifted by"): looser than `plain`. */
  hinted: Thresholds;
}

/**
 * Per shift: distinct evidence words that decode to English, and their weight (longer words count
 * more). Distinct, because code repeats one identifier ("arr" → "off") dozens of times.
 */
function bestShift(index: WordIndex, forward: Uint8Array, neutral: ReadonlySet<number>, segment: Segment, settings: Settings) {
  const rot13Only = settings.name === SIGNAL.rot13;
  const common = lexiconHashes().common;
  const hits = new Array<number>(26).fill(0);
  const weights = new Array<number>(26).fill(0);
  const seen = new Set<number>();
  let totalWeight = 0;
  for (let k = segment.first; k <= segment.last; k += 1) {
    const letters = index.ends[k]! - index.starts[k]!;
    if (letters < settings.minLetters || isNeutralWord(index, forward, neutral, k) || seen.has(index.forward[k]!)) continue;
    seen.add(index.forward[k]!);
    const weight = evidenceWeight(index, k);
    totalWeight += weight;
    const mask = (rot13Only ? (common.has(index.rot13[k]!) ? 1 << 13 : 0) : shiftMask(index.shape[k]!, index.first[k]!)) & settings.allowed;
    if (mask === 0) continue;
    for (let shift = 1; shift < 26; shift += 1) {
      if (!(mask & (1 << shift))) continue;
      hits[shift]! += 1;
      weights[shift]! += weight;
    }
  }
  let best = 0;
  for (let shift = 1; shift < 26; shift += 1) if (weights[shift]! > weights[best]!) best = shift;
  return { shift: best, hits: hits[best]!, total: seen.size, weightShare: totalWeight === 0 ? 0 : weights[best]! / totalWeight };
}

/** Does the best shift of a stretch meet the thresholds? */
const passes = (best: { hits: number; total: number; weightShare: number }, min: { hits: number; share: number }): boolean =>
  best.hits >= min.hits && best.hits >= min.share * best.total && best.weightShare >= MIN_WEIGHTED_SHARE;

/** The shift (among `allowed`) whose reading is English by letter pairs and clearly better than the text as written; 0 if none. */
function bigramShift(text: string, start: number, end: number, allowed: number): number {
  const written = scorePairs(text, start, end);
  if (written.pairs < MIN_PAIRS || average(written) >= ENGLISH_LIKE) return 0;
  let best = 0;
  let bestScore = -Infinity;
  for (let shift = 1; shift < 26; shift += 1) {
    if (!(allowed & (1 << shift))) continue;
    const score = average(scorePairs(text, start, end, shift));
    if (score > bestScore) {
      bestScore = score;
      best = shift;
    }
  }
  return bestScore >= ENGLISH_LIKE && bestScore - average(written) >= MIN_GAIN ? best : 0;
}

function makeDecoder(settings: Settings): Decoder {
  return {
    name: settings.name,
    cipher: true,
    find(source: DecodeSource, maxChars: number): DecodedRegion[] {
      const index = source.words();
      if (index.count === 0) return [];
      const regions: DecodedRegion[] = [];
      let budget = maxChars;
      const decode = (start: number, end: number, shift: number): boolean => {
        if (end - start > budget || regions.length >= MAX_REGIONS) return false;
        budget -= end - start;
        regions.push({ start, end, text: unshift(source.text.slice(start, end), shift), ...identityPositions(start, end) });
        return true;
      };
      // ROT13 of a whole text or line, in any language (reading-evidence.ts); then passages.
      const stretches = settings.name === SIGNAL.rot13 ? wholeStretches(source, readsRotated) : [];
      for (const stretch of stretches) if (!decode(stretch.start, stretch.end, 13)) break;
      if (index.count < 2) return regions;
      const forward = source.forward();
      const lexicon = lexiconHashes();
      const neutral = settings.name === SIGNAL.rot13 ? lexicon.neutralRot13 : lexicon.neutralCaesar;
      const segments = segmentWords(index, forward, neutral);
      for (const segment of segments) {
        if (regions.length >= MAX_REGIONS) break;
        const { start, end } = segmentRange(source.text, index, segment);
        if (overlapsAny(stretches, start, end)) continue;
        const best = bestShift(index, forward, neutral, segment, settings);
        const whole = segment.first === 0 && segment.last === index.count - 1;
        const { plain, hinted } = settings;
        // The hinted thresholds are the looser ones, so the text is searched for a cipher's name
        // (a regex over all of it) only for a stretch that passes them and not the plain ones.
        const accepted =
          passes(best, plain) ||
          (whole && plain.wholeText !== undefined && passes(best, plain.wholeText)) ||
          (passes(best, hinted) && source.cipherHint());
        let shift = best.shift !== 0 && accepted ? best.shift : 0;
        // Letter pairs decide where the lexicon cannot (short prompts with rare words); only for
        // ROT13, since the best of 24 other shifts looks English by chance too often (code does).
        if (shift === 0 && settings.name === SIGNAL.rot13) shift = bigramShift(source.text, start, end, settings.allowed);
        if (shift === 0) continue;
        if (!decode(start, end, shift)) break;
      }
      return regions.sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * ROT13: three or more distinct words (of two letters or more) that are English once rotated, at
 * least 40 % of the stretch's words; a short prompt rotated throughout needs two and 60 %.
 */
export const rot13 = makeDecoder({
  name: SIGNAL.rot13,
  allowed: 1 << 13,
  minLetters: 2,
  plain: { hits: 3, share: 0.4, wholeText: { hits: 2, share: 0.6 } },
  hinted: { hits: 2, share: 0.3 },
});

const ALL_BUT_13 = ((1 << 26) - 2) & ~(1 << 13);

/** Other Caesar shifts: stricter (words of three letters or more), since 24 more shifts give more chances of a coincidence. */
export const caesar = makeDecoder({
  name: SIGNAL.caesar,
  allowed: ALL_BUT_13,
  minLetters: MIN_EVIDENCE_LETTERS,
  plain: { hits: 4, share: 0.5 },
  hinted: { hits: 3, share: 0.4 },
});
