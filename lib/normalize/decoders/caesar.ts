import { isAsciiVowelUnit } from '../char-class.ts';
import { MAX_REGIONS } from '../budget.ts';
import { COMMON_WORDS } from '../english-words.ts';
import { SIGNAL } from '../signal-kinds.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { bigramLogProbabilities, ENGLISH_LIKE, MIN_GAIN, MIN_PAIRS } from './letter-bigrams.ts';
import { lexiconHashes, shiftMask } from './lexicon-hashes.ts';
import { overlapsAny, readsRotated, wholeStretches, type ReadingEvidence } from './reading-evidence.ts';
import { hashWord, type WordIndex } from './word-index.ts';
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

/** A letter substitution: entry k is the plain letter (0–25) that cipher letter k stands for. */
export type LetterMap = Uint8Array;

/** The map that undoes a Caesar shift by `shift`. */
export function shiftMap(shift: number): LetterMap {
  const map = new Uint8Array(26);
  for (let k = 0; k < 26; k += 1) map[k] = (k - shift + 26) % 26;
  return map;
}

/** Atbash (a↔z, b↔y, …), which is its own inverse. */
export const ATBASH: LetterMap = Uint8Array.from({ length: 26 }, (_, k) => 25 - k);

/** Reads every ASCII letter through `map`, keeping case; everything else unchanged. */
export function mapLetters(text: string, map: LetterMap): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) out += String.fromCharCode(map[lower - 0x61]! + (c === lower ? 0x61 : 0x41));
    else out += text[i];
  }
  return out;
}

/** Shifts every ASCII letter back by `shift`, keeping case; everything else unchanged. */
export const unshift = (text: string, shift: number): string => mapLetters(text, shiftMap(shift));

/** hashWord (word-index.ts) of the word text[start, end) of ASCII letters read through `map`, without building it. */
export function hashMapped(text: string, start: number, end: number, map: LetterMap): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ (map[(text.charCodeAt(i) | 0x20) - 0x61]! + 0x61), 0x01000193);
  return hash >>> 0;
}

interface Thresholds {
  hits: number;
  share: number;
  /** A text that is one stretch throughout (a short prompt) may pass with fewer hits at a higher share. */
  wholeText?: { hits: number; share: number };
}

interface Settings {
  name: typeof SIGNAL.rot13 | typeof SIGNAL.caesar | typeof SIGNAL.atbash;
  /** Bitmask of the keys this decoder tries: shifts 1–25 for the shift ciphers, key 1 for atbash. */
  allowed: number;
  /** The letter map that undoes key `key`. */
  mapOf: (key: number) => LetterMap;
  /** Bitmask of the keys under which word `k` of the index reads as a common English word. */
  wordKeys: (source: DecodeSource, index: WordIndex, k: number) => number;
  /** Common words that are also common under some key: neither evidence for nor against. */
  neutral: () => ReadonlySet<number>;
  minLetters: number;
  plain: Thresholds;
  /** Thresholds when the text names a cipher ("rot13", "caesar", "shifted by"): looser than `plain`. */
  hinted: Thresholds;
  /**
   * Letter pairs decide where the lexicon cannot (short prompts with rare words): only for a
   * cipher with one key, since the best of 24 shifts looks English by chance too often (code does).
   */
  pairsDecide: boolean;
  /** Whole stretches (texts or lines, in any language) that read better under key `key`, decoded before passages. */
  whole?: { key: number; stretches: (source: DecodeSource) => Array<{ start: number; end: number }> };
}

/**
 * Per key: distinct evidence words that decode to English, and their weight (longer words count
 * more). Distinct, because code repeats one identifier ("arr" → "off") dozens of times.
 */
function bestKey(source: DecodeSource, index: WordIndex, forward: Uint8Array, neutral: ReadonlySet<number>, segment: Segment, settings: Settings) {
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
    const mask = settings.wordKeys(source, index, k) & settings.allowed;
    if (mask === 0) continue;
    for (let key = 1; key < 26; key += 1) {
      if (!(mask & (1 << key))) continue;
      hits[key]! += 1;
      weights[key]! += weight;
    }
  }
  let best = 0;
  for (let key = 1; key < 26; key += 1) if (weights[key]! > weights[best]!) best = key;
  return { key: best, hits: hits[best]!, total: seen.size, weightShare: totalWeight === 0 ? 0 : weights[best]! / totalWeight };
}

/** Does the best key of a stretch meet the thresholds? */
const passes = (best: { hits: number; total: number; weightShare: number }, min: { hits: number; share: number }): boolean =>
  best.hits >= min.hits && best.hits >= min.share * best.total && best.weightShare >= MIN_WEIGHTED_SHARE;

/** Letter pairs of text[start, end) (letter-bigrams.ts), summed as written and read through `map`, in one pass. */
function pairSums(text: string, start: number, end: number, map: LetterMap): { pairs: number; written: number; decoded: number } {
  const logP = bigramLogProbabilities();
  let pairs = 0;
  let written = 0;
  let decoded = 0;
  let previous = -1;
  for (let i = start; i < end; i += 1) {
    const letter = (text.charCodeAt(i) | 0x20) - 0x61;
    if (letter < 0 || letter > 25) {
      previous = -1;
      continue;
    }
    if (previous >= 0) {
      pairs += 1;
      written += logP[previous * 26 + letter]!;
      decoded += logP[map[previous]! * 26 + map[letter]!]!;
    }
    previous = letter;
  }
  return { pairs, written, decoded };
}

/** The key whose reading is English by letter pairs and clearly better than the text as written; 0 if none. */
function bigramKey(text: string, start: number, end: number, settings: Settings): number {
  let best = 0;
  let bestScore = -Infinity;
  let written = 0;
  for (let key = 1; key < 26; key += 1) {
    if (!(settings.allowed & (1 << key))) continue;
    const sums = pairSums(text, start, end, settings.mapOf(key));
    written = sums.written / sums.pairs;
    if (sums.pairs < MIN_PAIRS || written >= ENGLISH_LIKE) return 0;
    const score = sums.decoded / sums.pairs;
    if (score > bestScore) {
      bestScore = score;
      best = key;
    }
  }
  return bestScore >= ENGLISH_LIKE && bestScore - written >= MIN_GAIN ? best : 0;
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
      const decode = (start: number, end: number, key: number): boolean => {
        if (end - start > budget || regions.length >= MAX_REGIONS) return false;
        budget -= end - start;
        regions.push({ start, end, text: mapLetters(source.text.slice(start, end), settings.mapOf(key)), ...identityPositions(start, end) });
        return true;
      };
      // A whole text or line, in any language (reading-evidence.ts); then passages.
      const { whole } = settings;
      const stretches = whole ? whole.stretches(source) : [];
      for (const stretch of stretches) if (!decode(stretch.start, stretch.end, whole!.key)) break;
      if (index.count < 2) return regions;
      const forward = source.forward();
      const neutral = settings.neutral();
      const segments = segmentWords(index, forward, neutral);
      for (const segment of segments) {
        if (regions.length >= MAX_REGIONS) break;
        const { start, end } = segmentRange(source.text, index, segment);
        if (overlapsAny(stretches, start, end)) continue;
        const best = bestKey(source, index, forward, neutral, segment, settings);
        const isWhole = segment.first === 0 && segment.last === index.count - 1;
        const { plain, hinted } = settings;
        // The hinted thresholds are the looser ones, so the text is searched for a cipher's name
        // (a regex over all of it) only for a stretch that passes them and not the plain ones.
        const accepted =
          passes(best, plain) ||
          (isWhole && plain.wholeText !== undefined && passes(best, plain.wholeText)) ||
          (passes(best, hinted) && source.cipherHint());
        let key = best.key !== 0 && accepted ? best.key : 0;
        if (key === 0 && settings.pairsDecide) key = bigramKey(source.text, start, end, settings);
        if (key === 0) continue;
        if (!decode(start, end, key)) break;
      }
      return regions.sort((a, b) => a.start - b.start);
    },
  };
}

const ROT13_MAP = shiftMap(13);

/**
 * ROT13: three or more distinct words (of two letters or more) that are English once rotated, at
 * least 40 % of the stretch's words; a short prompt rotated throughout needs two and 60 %.
 */
export const rot13 = makeDecoder({
  name: SIGNAL.rot13,
  allowed: 1 << 13,
  mapOf: () => ROT13_MAP,
  wordKeys: (_source, index, k) => (lexiconHashes().common.has(index.rot13[k]!) ? 1 << 13 : 0),
  neutral: () => lexiconHashes().neutralRot13,
  minLetters: 2,
  plain: { hits: 3, share: 0.4, wholeText: { hits: 2, share: 0.6 } },
  hinted: { hits: 2, share: 0.3 },
  pairsDecide: true,
  whole: { key: 13, stretches: (source) => wholeStretches(source, readsRotated) },
});

const ALL_BUT_13 = ((1 << 26) - 2) & ~(1 << 13);

/**
 * Other Caesar shifts: stricter (words of three letters or more), since 24 more shifts give more
 * chances of a coincidence. A short prompt shifted throughout ("Krz gr L jhw d vha urerw?") has
 * few words that count (a common word that is common under another shift too counts for neither):
 * there three hits that are three in four of its words pass.
 */
export const caesar = makeDecoder({
  name: SIGNAL.caesar,
  allowed: ALL_BUT_13,
  mapOf: shiftMap,
  wordKeys: (_source, index, k) => shiftMask(index.shape[k]!, index.first[k]!),
  neutral: () => lexiconHashes().neutralCaesar,
  minLetters: MIN_EVIDENCE_LETTERS,
  plain: { hits: 4, share: 0.5, wholeText: { hits: 3, share: 0.75 } },
  hinted: { hits: 3, share: 0.4 },
  pairsDecide: false,
});

/** Atbash has one reading, filed under key 1. */
const ATBASH_KEY = 1;
let neutralAtbash: ReadonlySet<number> | undefined;

/** Common words whose atbash is common too ("hold" ↔ "slow", "glow" ↔ "told"). */
function atbashNeutral(): ReadonlySet<number> {
  neutralAtbash ??= new Set([...COMMON_WORDS].filter((word) => /^[a-z]+$/.test(word) && COMMON_WORDS.has(mapLetters(word, ATBASH))).map(hashWord));
  return neutralAtbash;
}

/** What a one-key reading does not fill in (reversal and orthography). */
const NO_EVIDENCE: ReadingEvidence = {
  words: 0, writtenForRot13: 0, rot13: 0, writtenForReversal: 0, reversed: 0, writtenWeight: 0, reversedWeight: 0, totalWeight: 0,
  pairs: 0, written: 0, rotated: 0, backwards: 0, capitalFirst: 0, capitalLast: 0, punctuationAfter: 0, punctuationBefore: 0, markFirst: 0,
};

const atbashCommon = new WeakMap<WordIndex, Uint8Array>();

/** Per word of the source's index: 1 when it is a common English word under atbash (computed once per source). */
function atbashFlags(source: DecodeSource): Uint8Array {
  const index = source.words();
  let flags = atbashCommon.get(index);
  if (flags) return flags;
  const common = lexiconHashes().common;
  flags = new Uint8Array(index.count);
  for (let k = 0; k < index.count; k += 1) {
    if (index.foreign[k] === 0 && common.has(hashMapped(source.text, index.starts[k]!, index.ends[k]!, ATBASH))) flags[k] = 1;
  }
  atbashCommon.set(index, flags);
  return flags;
}

/**
 * The atbash evidence of words first..last and of the letters of text[start, end), in the fields
 * that ROT13's judgement reads (readsRotated, reading-evidence.ts): atbash also has one reading, so
 * it is the same question. Words common both ways ("hold" ↔ "slow") count for neither. Stricter
 * than ROT13 in two ways, since atbash swaps common letters with common letters (i↔r, h↔s, g↔t,
 * l↔o, m↔n), so short tokens turn English more often: only words of three letters or more count
 * for atbash (codes such as "SR", "vm", "rg" read "hi", "en", "it"), and letter pairs speak only
 * alongside at least one such word (a CSV of chemistry abbreviations has English-like pairs under
 * atbash). Train split: no benign row reads under atbash, 97.9 % of English attacks do.
 */
const seenWords = new Set<number>();

function atbashEvidence(source: DecodeSource, first: number, last: number, start: number, end: number): ReadingEvidence {
  const index = source.words();
  const forward = source.forward();
  const underAtbash = atbashFlags(source);
  // One set for every stretch (a new one per line would cost more than the counting), emptied after.
  const seen = seenWords;
  let words = 0;
  let written = 0;
  let decoded = 0;
  for (let k = first; k <= last; k += 1) {
    const letters = index.ends[k]! - index.starts[k]!;
    if (index.foreign[k] === 1 || letters < 2 || seen.has(index.forward[k]!)) continue;
    seen.add(index.forward[k]!);
    words += 1;
    const readsCommon = underAtbash[k] === 1;
    if (forward[k] === 1 && !readsCommon) written += 1;
    if (readsCommon && forward[k] === 0 && letters >= MIN_EVIDENCE_LETTERS) decoded += 1;
  }
  seen.clear();
  const pairs = decoded > 0 ? pairSums(source.text, start, end, ATBASH) : { pairs: 0, written: 0, decoded: 0 };
  return { ...NO_EVIDENCE, words, writtenForRot13: written, rot13: decoded, pairs: pairs.pairs, written: pairs.written, rotated: pairs.decoded };
}

/**
 * Stretches that read better under atbash as a whole, as ROT13's do (wholeStretches): each block of
 * lines that are not plainly English when it does, otherwise each of its lines that does.
 */
function atbashStretches(source: DecodeSource): Array<{ start: number; end: number }> {
  const text = source.text;
  const index = source.words();
  const stretches: Array<{ start: number; end: number }> = [];
  // Words that count for atbash (common under it, not as written, three letters or more, Latin):
  // readsRotated needs one at least (atbashEvidence reads letter pairs only alongside one), so a
  // stretch without one is not judged. candidatesBefore[k]: how many among the first k words.
  const underAtbash = atbashFlags(source);
  const forward = source.forward();
  const candidatesBefore = new Int32Array(index.count + 1);
  for (let k = 0; k < index.count; k += 1) {
    const candidate = underAtbash[k] === 1 && forward[k] === 0 && index.foreign[k] === 0 && index.ends[k]! - index.starts[k]! >= MIN_EVIDENCE_LETTERS;
    candidatesBefore[k + 1] = candidatesBefore[k]! + (candidate ? 1 : 0);
  }
  const hasCandidates = (first: number, last: number) => last >= first && candidatesBefore[last + 1]! > candidatesBefore[first]!;
  /** Adds text[start, end) without the blanks around it. */
  const push = (start: number, end: number) => {
    while (start < end && text.charCodeAt(start) <= 0x20) start += 1;
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end -= 1;
    if (end > start) stretches.push({ start, end });
  };
  const judge = (first: number, last: number, start: number, end: number): boolean => {
    if (!hasCandidates(first, last) || !readsRotated(atbashEvidence(source, first, last, start, end))) return false;
    push(start, end);
    return true;
  };
  for (const block of source.evidenceBlocks()) {
    if (judge(block.first, block.last, block.start, block.end)) continue;
    // Its lines hold none of the block's words that count, if it has none: only vowels can tell.
    const candidates = hasCandidates(block.first, block.last);
    let k = block.first;
    for (let lineStart = block.start; lineStart < block.end; ) {
      const lineEnd = endOfLine(text, lineStart, block.end);
      let judged = false;
      if (candidates) {
        const first = k;
        while (k <= block.last && index.starts[k]! < lineEnd) k += 1;
        // A block of one line was judged as a whole.
        judged = !(lineStart === block.start && lineEnd === block.end) && judge(first, k - 1, lineStart, lineEnd);
      }
      if (!judged && readsAtbashByVowels(text, lineStart, lineEnd)) push(lineStart, lineEnd);
      lineStart = lineEnd + 1;
    }
  }
  return stretches;
}

const endOfLine = (text: string, from: number, limit: number): number => {
  const at = text.indexOf('\n', from);
  return at < 0 || at > limit ? limit : at;
};

/**
 * Vowels give atbash away in any Latin-script language, lexicon or none: it writes a, e, i, o, u
 * as z, v, r, l, f, so a line of Swahili, Vietnamese or English in atbash is poor in vowels as
 * written and rich in them read back ("Zrmz tzmr az yvmpr…" is "Aina gani za benki…"). Train split:
 * of 47,839 benign rows none has a line that passes (code, LaTeX and config lines come nearest), of
 * the 18,733 attack rows written in atbash 12,296 have one (the rest are short or in other scripts).
 * Only lines of words: ≥ 20 ASCII letters, ≥ 3 of them words, letters ≥ 60 % of what is not blank.
 */
const VOWEL_LINE = { minLetters: 20, minWords: 3, minLetterShare: 0.6, maxWrittenVowels: 0.22, minReadVowels: 0.36 };

function readsAtbashByVowels(text: string, start: number, end: number): boolean {
  let letters = 0;
  let nonBlank = 0;
  let written = 0;
  let read = 0;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit <= 0x20) {
      inWord = false;
      continue;
    }
    nonBlank += 1;
    const lower = unit | 0x20;
    if (unit >= 0x80 || lower < 0x61 || lower > 0x7a) continue;
    letters += 1;
    if (!inWord) words += 1;
    inWord = true;
    if (isAsciiVowelUnit(lower)) written += 1;
    if (isAsciiVowelUnit(0x7a - (lower - 0x61))) read += 1;
  }
  return (
    letters >= VOWEL_LINE.minLetters &&
    words >= VOWEL_LINE.minWords &&
    letters >= VOWEL_LINE.minLetterShare * nonBlank &&
    written <= VOWEL_LINE.maxWrittenVowels * letters &&
    read >= VOWEL_LINE.minReadVowels * letters
  );
}

/**
 * Atbash (a↔z, b↔y, …): one reading like ROT13, so the same evidence and thresholds (whole stretches,
 * then passages), with its words hashed on demand (the word index keeps ROT13 and shape hashes only).
 */
export const atbash = makeDecoder({
  name: SIGNAL.atbash,
  allowed: 1 << ATBASH_KEY,
  mapOf: () => ATBASH,
  wordKeys: (source, _index, k) => (atbashFlags(source)[k] === 1 ? 1 << ATBASH_KEY : 0),
  neutral: atbashNeutral,
  minLetters: 2,
  plain: { hits: 3, share: 0.4, wholeText: { hits: 2, share: 0.6 } },
  hinted: { hits: 2, share: 0.3 },
  pairsDecide: true,
  whole: { key: ATBASH_KEY, stretches: atbashStretches },
});
