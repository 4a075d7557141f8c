import { charFlags, isBlankUnit, isGluedToCode, LETTER, LOWER, MARK, UPPER } from '../char-class.ts';
import { isSentencePunctuation } from '../text-hints.ts';
import type { DecodeSource } from './decode-source.ts';
import { bigramLogProbabilities } from './letter-bigrams.ts';
import { lexiconHashes } from './lexicon-hashes.ts';
import type { WordIndex } from './word-index.ts';

/**
 * Whether a whole stretch of text (a block of lines that are not plainly English, or one line of
 * it) reads better rotated by 13 or right to left than as written. The word-level decoders
 * (word-segments.ts) find encoded passages inside English text; these judgements catch what they
 * cannot: a text obfuscated as a whole, in any language, with names, numbers and addresses that no
 * English lexicon knows ("Yrbaneq Neagfra, 353 Ohreyvn 227", "।ेंरक ाखेदनअ ोक ंोशेद्रिन").
 *
 * Three kinds of evidence, each a count of things that point one way or the other:
 * - the lexicon: distinct words that are common English under the reading vs as written;
 * - letter pairs: how much more English-like the reading's letter pairs are (letter-bigrams.ts),
 *   scaled by the square root of the number of pairs, as a z-score would be;
 * - orthography (reversal only, any script with capitals, sentence punctuation or combining
 *   marks): written text has capitals at the start of words, punctuation after the word it ends
 *   and combining marks after their letter; reversed text has them at the end, before and before.
 *
 * Thresholds were set on the train split of the dev data (all rows as written must read as
 * written; their ROT13 and reversal must not) and are checked on validation only.
 */
export interface ReadingEvidence {
  /** Distinct words of two letters or more, ASCII letters only (what a Latin cipher can hide). */
  words: number;
  /** Distinct words common as written (ROT13-neutral ones such as "be"/"or" left out). */
  writtenForRot13: number;
  /** Distinct words common once rotated (neutral ones left out). */
  rot13: number;
  /** Same for reversal, with their evidence weight (letters − 1: long words rarely collide). */
  writtenForReversal: number;
  reversed: number;
  writtenWeight: number;
  reversedWeight: number;
  totalWeight: number;
  /** Letter pairs, and the sums of their log-probabilities as written, rotated and reversed. */
  pairs: number;
  written: number;
  rotated: number;
  backwards: number;
  /** Words with one capital: at the start (written order) or at the end (distinct words, reversed order). */
  capitalFirst: number;
  capitalLast: number;
  /** Sentence punctuation after a word ("word. ") or before one (" .drow"). */
  punctuationAfter: number;
  punctuationBefore: number;
  /** Words that start with a combining mark (a vowel sign before its consonant: reversed Indic text). */
  markFirst: number;
}

const isBlankOrEdge = (unit: number) => unit !== unit || unit === 0x20 || unit === 0x0a || unit === 0x09 || unit === 0x0d;

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

// Per-word facts, computed once per source (word-facts bits).
const COMMON = 1;
const ROT13_COMMON = 2;
const REVERSED_COMMON = 4;
const ROT13_NEUTRAL = 8;
const REVERSED_NEUTRAL = 16;
const CAPITAL_FIRST = 32;
const CAPITAL_LAST = 64;
const PUNCTUATION_BEFORE = 128;
const PUNCTUATION_AFTER = 256;
const MARK_FIRST = 512;

/** What each word of a source says, one bit per fact, and a hash of words with a capital at the end. */
export interface WordFacts {
  bits: Uint16Array;
  /** Hash of the word (all its units, lower-cased ASCII) where CAPITAL_LAST is set, else 0. */
  capitalLastHash: Uint32Array;
}

/** The facts of every word of the source's index (lexicon readings and orthography). */
export function wordFacts(source: DecodeSource): WordFacts {
  const text = source.text;
  const index = source.words();
  const forward = source.forward();
  const { common, neutralRot13, neutralReversed } = lexiconHashes();
  const bits = new Uint16Array(index.count);
  const capitalLastHash = new Uint32Array(index.count);
  for (let k = 0; k < index.count; k += 1) {
    const start = index.starts[k]!;
    const end = index.ends[k]!;
    let facts = orthography(text, start, end, capitalLastHash, k);
    if (index.foreign[k] === 0) {
      const hash = index.forward[k]!;
      if (forward[k] === 1) {
        facts |= COMMON;
        if (neutralRot13.has(hash)) facts |= ROT13_NEUTRAL;
        if (neutralReversed.has(hash)) facts |= REVERSED_NEUTRAL;
      }
      if (common.has(index.rot13[k]!)) facts |= ROT13_COMMON;
      if (common.has(index.reversed[k]!)) facts |= REVERSED_COMMON;
    }
    bits[k] = facts;
  }
  return { bits, capitalLastHash };
}

/**
 * A set of 32-bit hashes that is emptied in constant time (each entry carries the generation it was
 * added in): the evidence of every block and line counts distinct words, and a new Set each time
 * would cost more than the counting.
 */
class DistinctHashes {
  private readonly keys: Uint32Array;
  private readonly stamps: Uint32Array;
  // Stamps start at 0, so generation 0 would mark every slot as taken.
  private generation = 1;

  /** Room for `capacity` / 2 entries (a power of two). */
  constructor(capacity: number) {
    this.keys = new Uint32Array(capacity);
    this.stamps = new Uint32Array(capacity);
  }

  /** A set with room for `expected` entries: this one emptied when it is big enough, else a new one. */
  static forEntries(shared: DistinctHashes, expected: number): DistinctHashes {
    if (expected * 2 > shared.keys.length) {
      let capacity = shared.keys.length;
      while (capacity < expected * 2) capacity *= 2;
      return new DistinctHashes(capacity);
    }
    shared.generation += 1;
    if (shared.generation === 0xffffffff) {
      shared.stamps.fill(0);
      shared.generation = 1;
    }
    return shared;
  }

  /** Adds `hash`; true when it was not there yet. */
  add(hash: number): boolean {
    const mask = this.keys.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= mask;
      if (this.stamps[slot] !== this.generation) {
        this.stamps[slot] = this.generation;
        this.keys[slot] = hash;
        return true;
      }
      if (this.keys[slot] === hash >>> 0) return false;
      slot += 1;
    }
  }
}

/**
 * Kept between calls for the common case (a stretch of up to 2,048 words, 32 KiB each); a larger
 * stretch gets sets of its own, so a hostile megabyte does not leave megabytes allocated behind it.
 */
const SHARED_CAPACITY = 4096;
const sharedWords = new DistinctHashes(SHARED_CAPACITY);
const sharedCapitalLast = new DistinctHashes(SHARED_CAPACITY);

/** Capitals, punctuation and marks at the edges of the word text[start, end). */
function orthography(text: string, start: number, end: number, capitalLastHash: Uint32Array, k: number): number {
  // A run of ASCII letters glued to a digit or a code symbol is no word: its edges say nothing of
  // the text's direction (ROT47 writes "n" as "?", so "?F>36Cn" has sentence punctuation "before a
  // word"). Chinese and Japanese sit next to digits without a blank ("2010年，"): those stay words.
  if (text.charCodeAt(start) < 0x80 && isGluedToCode(text, start, end)) return 0;
  let facts = 0;
  if (isSentencePunctuation(text.charCodeAt(start - 1)) && isBlankOrEdge(text.charCodeAt(start - 2))) facts |= PUNCTUATION_BEFORE;
  if (isSentencePunctuation(text.charCodeAt(end)) && isBlankOrEdge(text.charCodeAt(end + 1))) facts |= PUNCTUATION_AFTER;
  const firstUnit = text.charCodeAt(start);
  // Most words begin and end with a small ASCII letter: no capital or mark at either edge.
  const lastUnit = text.charCodeAt(end - 1);
  if (firstUnit >= 0x61 && firstUnit <= 0x7a && lastUnit >= 0x61 && lastUnit <= 0x7a) return facts;
  // A mark standing alone is letters spaced out one code point at a time ("ম ি"), not a word reversed.
  if (end - start >= 2 && firstUnit >= 0x300 && firstUnit < 0xd800 && (charFlags(firstUnit) & MARK) !== 0) facts |= MARK_FIRST;
  // Capitals: only words of three letters or more, all of a cased script, with exactly one capital.
  let letters = 0;
  let capitals = 0;
  let firstIsCapital = false;
  let lastIsCapital = false;
  let hash = OFFSET;
  for (let i = start; i < end; i += 1) {
    const unit = text.charCodeAt(i);
    let flags: number;
    if (unit < 0x80) flags = unit <= 0x5a ? LETTER | UPPER : LETTER | LOWER;
    else if (unit >= 0xd800) return facts;
    else flags = charFlags(unit);
    if (flags & MARK) continue;
    if (!(flags & (UPPER | LOWER))) return facts;
    const upper = (flags & UPPER) !== 0;
    if (upper) capitals += 1;
    if (letters === 0) firstIsCapital = upper;
    lastIsCapital = upper;
    letters += 1;
    hash = Math.imul(hash ^ (upper && unit < 0x80 ? unit | 0x20 : unit), PRIME);
  }
  if (letters < 3 || capitals !== 1) return facts;
  if (firstIsCapital) return facts | CAPITAL_FIRST;
  if (!lastIsCapital) return facts;
  capitalLastHash[k] = hash >>> 0 || 1;
  return facts | CAPITAL_LAST;
}

/**
 * The evidence of the words index.first..last (inclusive) and of the letters of text[start, end).
 * Linear in the words and the range.
 */
export function readingEvidence(source: DecodeSource, first: number, last: number, start: number, end: number): ReadingEvidence {
  const index: WordIndex = source.words();
  const { bits, capitalLastHash } = source.facts();
  const evidence: ReadingEvidence = {
    words: 0,
    writtenForRot13: 0,
    rot13: 0,
    writtenForReversal: 0,
    reversed: 0,
    writtenWeight: 0,
    reversedWeight: 0,
    totalWeight: 0,
    pairs: 0,
    written: 0,
    rotated: 0,
    backwards: 0,
    capitalFirst: 0,
    capitalLast: 0,
    punctuationAfter: 0,
    punctuationBefore: 0,
    markFirst: 0,
  };
  const distinctWords = DistinctHashes.forEntries(sharedWords, last - first + 1);
  const distinctCapitalLast = DistinctHashes.forEntries(sharedCapitalLast, last - first + 1);
  for (let k = first; k <= last; k += 1) {
    const facts = bits[k]!;
    if (facts & PUNCTUATION_BEFORE) evidence.punctuationBefore += 1;
    if (facts & PUNCTUATION_AFTER) evidence.punctuationAfter += 1;
    if (facts & MARK_FIRST) evidence.markFirst += 1;
    if (facts & CAPITAL_FIRST) evidence.capitalFirst += 1;
    // Distinct words: code repeats one identifier ("pointA", "themI") many times.
    if (facts & CAPITAL_LAST && distinctCapitalLast.add(capitalLastHash[k]!)) evidence.capitalLast += 1;
    const letters = index.ends[k]! - index.starts[k]!;
    if (index.foreign[k] === 1 || letters < 2 || !distinctWords.add(index.forward[k]!)) continue;
    evidence.words += 1;
    const isCommon = (facts & COMMON) !== 0;
    if (isCommon && !(facts & ROT13_NEUTRAL)) evidence.writtenForRot13 += 1;
    if (facts & ROT13_COMMON && !(isCommon && facts & ROT13_NEUTRAL)) evidence.rot13 += 1;
    if (isCommon && facts & REVERSED_NEUTRAL) continue;
    const weight = letters - 1;
    evidence.totalWeight += weight;
    if (isCommon) {
      evidence.writtenForReversal += 1;
      evidence.writtenWeight += weight;
    }
    if (facts & REVERSED_COMMON) {
      evidence.reversed += 1;
      evidence.reversedWeight += weight;
    }
  }
  // A stretch of English as written reads as written under both ciphers: its letter pairs are not needed.
  if (contradicted(evidence.writtenForRot13, evidence.words) && contradicted(evidence.writtenForReversal, evidence.words)) return evidence;
  const pairs = scoreReadings(source.text, start, end);
  evidence.pairs = pairs.pairs;
  evidence.written = pairs.written;
  evidence.rotated = pairs.rotated;
  evidence.backwards = pairs.backwards;
  return evidence;
}

/** Letter pairs of text[start, end) scored as written, rotated by 13 and read backwards, in one pass. */
function scoreReadings(text: string, start: number, end: number): { pairs: number; written: number; rotated: number; backwards: number } {
  const logP = bigramLogProbabilities();
  let pairs = 0;
  let written = 0;
  let rotated = 0;
  let backwards = 0;
  let previous = -1;
  for (let i = start; i < end; i += 1) {
    const lower = text.charCodeAt(i) | 0x20;
    if (lower < 0x61 || lower > 0x7a) {
      previous = -1;
      continue;
    }
    const letter = lower - 0x61;
    if (previous >= 0) {
      pairs += 1;
      written += logP[previous * 26 + letter]!;
      rotated += logP[((previous + 13) % 26) * 26 + ((letter + 13) % 26)]!;
      backwards += logP[letter * 26 + previous]!;
    }
    previous = letter;
  }
  return { pairs, written, rotated, backwards };
}

/** Letter pairs needed before their average says anything. */
const MIN_PAIRS = 16;
/** The reading must beat the text as written by this much per pair… */
const MIN_PAIR_GAIN = 0.3;
/** …by this many "standard errors" (gain × √pairs) for ROT13, and this many for reversal (weaker evidence)… */
const MIN_ROT13_Z = 2;
const MIN_REVERSED_Z = 3.5;
/** …and read at least this well: random letters (base64, hashes) average −4.4 and gain by chance. */
const MIN_READING_AVERAGE = -3.6;

/**
 * Words that are common English as written, beyond what a cipher produces by chance: a stretch with
 * more of them holds English as written ("Please decode this:" above a rotated line), so it is not
 * rotated or reversed as a whole (its lines are judged one by one).
 */
const contradicted = (written: number, words: number) => written > 1 + 0.1 * words;

/** Does the stretch read better rotated by 13? */
export function readsRotated(evidence: ReadingEvidence): boolean {
  if (contradicted(evidence.writtenForRot13, evidence.words)) return false;
  const byWords =
    evidence.rot13 >= 2 && evidence.rot13 >= 2 * Math.max(evidence.writtenForRot13, 0.5) && evidence.rot13 >= 0.3 * evidence.words;
  if (byWords) return true;
  if (evidence.pairs < MIN_PAIRS) return false;
  const gain = (evidence.rotated - evidence.written) / evidence.pairs;
  return (
    gain >= MIN_PAIR_GAIN &&
    gain * Math.sqrt(evidence.pairs) >= MIN_ROT13_Z &&
    evidence.rotated / evidence.pairs >= MIN_READING_AVERAGE
  );
}

/** Does the stretch read better right to left? */
export function readsReversed(evidence: ReadingEvidence): boolean {
  if (contradicted(evidence.writtenForReversal, evidence.words)) return false;
  const byWords =
    evidence.reversed >= 3 &&
    evidence.reversedWeight >= 0.35 * evidence.totalWeight &&
    evidence.reversedWeight >= 2 * evidence.writtenWeight;
  if (byWords) return true;
  const backwardsMarks = evidence.capitalLast + evidence.punctuationBefore + evidence.markFirst;
  const forwardMarks = evidence.capitalFirst + evidence.punctuationAfter + evidence.writtenForReversal;
  // Without Latin words there is no lexicon to ask, and a short question has one mark at most. But
  // sentence punctuation that stands only before words, never after one, is text written backwards:
  // ordinary text puts it after (CJK typesetting even forbids it at the start of a line).
  if (evidence.words === 0 && evidence.punctuationBefore >= 1 && forwardMarks === 0) return true;
  const lexiconAgrees = evidence.reversedWeight > evidence.writtenWeight ? evidence.reversed : 0;
  if (backwardsMarks >= 1 && backwardsMarks + lexiconAgrees >= 3 && backwardsMarks >= 3 * forwardMarks) return true;
  // Nor is there a lexicon for Swahili or Javanese, but a question reversed word by word shows two
  // marks in any script with capitals: its capital ends the first word and its "?" leads the last
  // ("eyiP hes enarac ?ik"). Written text with both kinds of mark of reversal and no capital
  // starting a word or punctuation after one is not ordinary (a few English words by chance, "is",
  // "id", are allowed up to `contradicted` above). Both kinds: code names its variables "pointA",
  // "pointB", and spaced Chinese sets a full stop before the next sentence.
  if (evidence.capitalLast >= 1 && evidence.punctuationBefore >= 1 && evidence.capitalFirst + evidence.punctuationAfter === 0) return true;
  if (evidence.pairs < MIN_PAIRS || evidence.words < 3) return false;
  const gain = (evidence.backwards - evidence.written) / evidence.pairs;
  return (
    gain >= MIN_PAIR_GAIN &&
    gain * Math.sqrt(evidence.pairs) >= MIN_REVERSED_Z &&
    evidence.backwards / evidence.pairs >= MIN_READING_AVERAGE &&
    backwardsMarks >= forwardMarks &&
    evidence.reversedWeight >= evidence.writtenWeight
  );
}

/** text[start, end) without the blanks at its ends; undefined when nothing is left. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let from = start;
  let to = end;
  while (from < to && isBlankUnit(text.charCodeAt(from))) from += 1;
  while (to > from && isBlankUnit(text.charCodeAt(to - 1))) to -= 1;
  return to > from ? { start: from, end: to } : undefined;
}

/** A stretch of a source and its evidence. */
export interface JudgedStretch {
  start: number;
  end: number;
  evidence: ReadingEvidence;
}

/** A block of lines that are not plainly English (DecodeSource's ranges), and its lines when it has several. */
export interface EvidenceBlock extends JudgedStretch {
  first: number;
  last: number;
  /** Computed on first use (only when the block as a whole does not read under a cipher). */
  lines?: JudgedStretch[];
}

/** The evidence of each block of the source (shared by the ROT13 and reversal decoders). */
export function evidenceBlocks(source: DecodeSource): EvidenceBlock[] {
  const index = source.words();
  const blocks: EvidenceBlock[] = [];
  const text = source.text;
  let word = 0;
  for (const range of source.hints.cipherRanges) {
    const end = Math.min(range.end, text.length);
    while (word < index.count && index.starts[word]! < range.start) word += 1;
    const first = word;
    while (word < index.count && index.starts[word]! < end) word += 1;
    if (word - 1 < first) continue;
    blocks.push({ start: range.start, end, first, last: word - 1, evidence: readingEvidence(source, first, word - 1, range.start, end) });
  }
  return blocks;
}

/** Where the line that starts at `from` ends, looking no further than `end` (blocks can end mid-line). */
function lineEnd(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && text.charCodeAt(at) !== 0x0a) at += 1;
  return at;
}

/** The lines of a block that hold words, with their evidence (none when the block is one line). */
function linesOf(source: DecodeSource, block: EvidenceBlock): JudgedStretch[] {
  const text = source.text;
  const index = source.words();
  const lines: JudgedStretch[] = [];
  if (lineEnd(text, block.start, block.end) >= block.end) return lines;
  let lineStart = block.start;
  let k = block.first;
  while (lineStart < block.end) {
    const end = lineEnd(text, lineStart, block.end);
    const first = k;
    while (k <= block.last && index.starts[k]! < end) k += 1;
    if (k - 1 >= first) lines.push({ start: lineStart, end, evidence: readingEvidence(source, first, k - 1, lineStart, end) });
    lineStart = end + 1;
  }
  return lines;
}

/**
 * The stretches of a source that read better under a cipher as a whole: each block of lines that
 * are not plainly English when the block does, otherwise each of its lines that does (obfuscation
 * may cover part of a text). Sorted, without overlaps, blanks trimmed.
 */
export function wholeStretches(source: DecodeSource, reads: (evidence: ReadingEvidence) => boolean): Array<{ start: number; end: number }> {
  const stretches: Array<{ start: number; end: number }> = [];
  const text = source.text;
  for (const block of source.evidenceBlocks()) {
    if (reads(block.evidence)) {
      const stretch = trimmed(text, block.start, block.end);
      if (stretch) stretches.push(stretch);
      continue;
    }
    block.lines ??= linesOf(source, block);
    for (const line of block.lines) {
      if (!reads(line.evidence)) continue;
      const stretch = trimmed(text, line.start, line.end);
      if (stretch) stretches.push(stretch);
    }
  }
  return stretches;
}

/** Does [start, end) overlap one of the (sorted) stretches? */
export const overlapsAny = (stretches: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean =>
  stretches.some((stretch) => start < stretch.end && stretch.start < end);
