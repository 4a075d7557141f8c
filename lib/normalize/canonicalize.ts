import type { NormalizationSignal } from '../core/normalized-text.ts';
import { canonicalOverride, charFlags, DIGIT, GENERIC_MARK, INERT, isAsciiLetterUnit, isClusterContinuation, isLetterEnclosingMark, LETTER, MARK, SPACE } from './char-class.ts';
import { ViewBuilder, type MappedView } from './offset-map.ts';
import { SIGNAL } from './signal-kinds.ts';
import { SpanCollector } from './span-collector.ts';

/** Script-specific marks kept per base character (Thai, Devanagari and Hebrew stack two or three). */
export const MAX_MARKS_PER_BASE = 3;
/** A base with this many diacritics is Zalgo text, not orthography… */
export const FLOOD_MARKS = 3;
/** …and so are this many characters carrying diacritics that NFKC could not compose into a letter. */
export const FLOOD_CLUSTERS = 3;
/**
 * A flood that also put diacritics NFKC composes into letters (a dot above every character: ṗ, ṙ,
 * ė, but u̇ and a dotted space stay marks) is read again with the flood's own marks stripped before
 * composing, when at least one marked character in four carried noise. Only those marks go:
 * Vietnamese typed decomposed (base + tone) with a few struck-through letters keeps its tones.
 */
const NOISE_SHARE_TO_STRIP_COMPOSED = 1 / 4;
/** Longest cluster given to NFKC whole; the rest of a flood is dropped (it is only diacritics). */
const MAX_CLUSTER_UNITS = 32;
/** NFKC can expand one character eighteen-fold (U+FDFA); past this the rest is copied as is. */
const EXPANSION_FACTOR = 4;

const memo = new Map<number, string>();
const MEMO_LIMIT = 20_000;

/** NFKC of one code point, or the canonical override that replaces it. */
function nfkcOf(cp: number): string {
  const cached = memo.get(cp);
  if (cached !== undefined) return cached;
  const normalized = canonicalOverride(cp) ?? String.fromCodePoint(cp).normalize('NFKC');
  if (memo.size < MEMO_LIMIT) memo.set(cp, normalized);
  return normalized;
}

const codePointAt = (text: string, index: number): number => text.codePointAt(index) ?? 0;

export interface CanonicalText {
  view: MappedView;
  signals: NormalizationSignal[];
}

/**
 * Stage 1b: NFKC per grapheme-like cluster (a base and the marks that follow it), so that every
 * output unit maps back to the cluster it came from; then the combining marks that survive NFKC
 * composition are stripped (all generic diacritics, and script-specific marks beyond three per
 * base). Case and digits are kept: secrets and PII detectors read this view.
 */
export function canonicalize(cleaned: MappedView): CanonicalText {
  return canonicalizeClusters(cleaned, undefined);
}

/** canonicalize; `noiseMarks`, on a flood's second reading, are stripped before NFKC everywhere. */
function canonicalizeClusters(cleaned: MappedView, noiseMarks: ReadonlySet<number> | undefined): CanonicalText {
  const text = cleaned.text;
  const length = text.length;
  // Made at the first character NFKC or mark stripping may change: most texts have none.
  let builder: ViewBuilder | undefined;
  const flood = new SpanCollector(SIGNAL.combiningFlood);
  let heavyClusters = 0;
  let markedClusters = 0;
  /** Clusters whose diacritics all composed into a letter (é from e + ́). */
  let composedClusters = 0;
  /** The diacritics stripped as a flood's noise. */
  const floodMarks = new Set<number>();
  const styled = new SpanCollector(SIGNAL.styledLetters);
  const budget = new SpanCollector(SIGNAL.budgetExhausted);
  const limit = EXPANSION_FACTOR * length + 64;
  let changed = false;

  /** Start of the run of characters NFKC leaves alone, not yet appended (one append per run). */
  let runStart = 0;
  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      // An ASCII character stays unless marks follow it (checked on the next character).
      i += 1;
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? codePointAt(text, i) : unit;
    const width = cp > 0xffff ? 2 : 1;
    const flags = charFlags(cp);
    const continuation = cp >= 0x300 && ((cp >= 0x1160 && cp <= 0x11ff) || (flags & MARK) !== 0);
    if (!continuation && flags & INERT) {
      i += width;
      continue;
    }
    // A cluster starts at the base before a continuation, or at this character.
    let start = i;
    if (continuation && i > runStart) {
      const previousUnit = text.charCodeAt(i - 1);
      start = previousUnit >= 0xdc00 && previousUnit <= 0xdfff && i - 2 >= runStart ? i - 2 : i - 1;
    }
    builder ??= new ViewBuilder(length);
    builder.appendFrom(cleaned, runStart, start);
    if (builder.length > limit) {
      budget.add(cleaned.startAt(start), cleaned.originalLength);
      builder.appendFrom(cleaned, start, length);
      runStart = length;
      changed = true;
      break;
    }
    const base = codePointAt(text, start);
    let end = start + (base > 0xffff ? 2 : 1);
    let marks = 0;
    let genericMarks = 0;
    let enclosingMarks = 0;
    while (end < length) {
      const next = codePointAt(text, end);
      if (!isClusterContinuation(next)) break;
      marks += 1;
      if (charFlags(next) & GENERIC_MARK) genericMarks += 1;
      else if (isLetterEnclosingMark(next)) enclosingMarks += 1;
      end += next > 0xffff ? 2 : 1;
    }
    // A letter or digit in an enclosing circle or square is styled, like Ⓐ: the mark goes, and so
    // it does around the blanks and punctuation between such letters. Around a symbol (©⃝) it stays.
    const enclosed = enclosingMarks > 0 && (base < 0x80 || (charFlags(base) & (LETTER | DIGIT | SPACE)) !== 0);
    const range = cleaned.toOriginal(start, end);
    if (marks === 0) {
      // A script's mark with no letter before it (at the start of the text: a reversed Bengali
      // "িমআ" begins with its vowel sign) is kept like one after a letter; generic diacritics go.
      const normalized = stripMarks(nfkcOf(base), continuation ? 1 : 0);
      builder.append(normalized.text, range.start, range.end);
      changed = true;
      if (normalized.text.length === 1 && isAsciiLetterUnit(normalized.text.charCodeAt(0))) styled.add(range.start, range.end);
    } else {
      const heavy = genericMarks >= FLOOD_MARKS || marks - genericMarks > MAX_MARKS_PER_BASE;
      // A flooded letter loses every generic diacritic before NFKC: composing the first one
      // (e + ́ → é) would keep an accent that was only ever noise. Script marks (Thai vowels) stay.
      // On a second reading the flood's own marks go from every letter (see NOISE_SHARE_TO_STRIP_COMPOSED).
      const raw = text.slice(start, end - start > MAX_CLUSTER_UNITS ? safeCut(text, start + MAX_CLUSTER_UNITS) : end);
      const unenclosed = enclosed ? withoutMarks(raw, isLetterEnclosingMark) : raw;
      const denoised = noiseMarks && !heavy ? withoutMarks(unenclosed, (mark) => noiseMarks.has(mark)) : unenclosed;
      const cluster = heavy ? withoutMarks(unenclosed, isGenericMark) : denoised;
      const composed = cluster.normalize('NFKC');
      const normalized = stripMarks(composed, MAX_MARKS_PER_BASE);
      if (normalized.text !== text.slice(start, end)) changed = true;
      builder.append(normalized.text, range.start, range.end);
      if (enclosed) styled.add(range.start, range.end);
      if (heavy) heavyClusters += 1;
      if (heavy || normalized.strippedGeneric > 0 || denoised !== unenclosed) {
        markedClusters += 1;
        flood.add(range.start, range.end, marks);
        addGenericMarks(heavy ? unenclosed : composed, floodMarks);
      } else if (genericMarks > 0) {
        composedClusters += 1;
      }
    }
    i = end;
    runStart = end;
  }
  builder?.appendFrom(cleaned, runStart, length);

  const signals: NormalizationSignal[] = [];
  const isFlood = heavyClusters > 0 || markedClusters >= FLOOD_CLUSTERS;
  if (!noiseMarks && isFlood && composedClusters > 0 && markedClusters >= NOISE_SHARE_TO_STRIP_COMPOSED * (markedClusters + composedClusters)) {
    return canonicalizeClusters(cleaned, floodMarks);
  }
  for (const collector of [...(isFlood ? [flood] : []), styled, budget]) {
    const signal = collector.signal();
    if (signal) signals.push(signal);
  }
  const view = changed && builder ? builder.build('canonical', 0, cleaned.originalLength) : cleaned.withName('canonical');
  return { view, signals };
}

/** Drops generic diacritics and keeps at most `keep` other marks in a row. */
function stripMarks(text: string, keep: number): { text: string; strippedGeneric: number } {
  let hasMark = false;
  for (let k = 0; k < text.length; k += 1) {
    if (text.charCodeAt(k) >= 0x300 && (charFlags(codePointAt(text, k)) & MARK) !== 0) {
      hasMark = true;
      break;
    }
  }
  if (!hasMark) return { text, strippedGeneric: 0 };
  let out = '';
  let run = 0;
  let strippedGeneric = 0;
  for (const ch of text) {
    const flags = charFlags(ch.codePointAt(0)!);
    if (flags & MARK) {
      if (flags & GENERIC_MARK) {
        strippedGeneric += 1;
        continue;
      }
      run += 1;
      if (run > keep) continue;
    } else {
      run = 0;
    }
    out += ch;
  }
  return { text: out, strippedGeneric };
}

const isGenericMark = (cp: number) => (charFlags(cp) & GENERIC_MARK) !== 0;

function withoutMarks(cluster: string, isDropped: (cp: number) => boolean): string {
  let out = '';
  for (const ch of cluster) if (!isDropped(ch.codePointAt(0)!)) out += ch;
  return out;
}

function addGenericMarks(text: string, marks: Set<number>): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isGenericMark(cp)) marks.add(cp);
  }
}

/** Moves a cut point off the middle of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const unit = text.charCodeAt(at - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? at - 1 : at;
}
