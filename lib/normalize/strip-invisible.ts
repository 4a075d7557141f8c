import type { NormalizationSignal } from '../core/normalized-text.ts';
import { charFlags, INERT, isAlphabetOrDigit, LETTER, MARK } from './char-class.ts';
import { extendRun, type HiddenRun } from './hidden-run.ts';
import {
  VISIBLE,
  BACKSPACE,
  BIDI_EMBEDDING,
  BIDI_MARK,
  BIDI_OVERRIDE,
  BOM,
  CONTROL,
  invisibleKind,
  isPlainAscii,
  LINE_BREAK,
  LONE_SURROGATE,
  PDF,
  PDI,
  RLO,
  TAG,
  VARIATION_SELECTOR,
  ZERO_WIDTH,
  ZWJ,
  ZWNJ,
} from './invisible-chars.ts';
import { MIN_BIT_RUN } from './invisible-bits.ts';
import { identityView, ViewBuilder, type MappedView, type Range } from './offset-map.ts';
import { SIGNAL } from './signal-kinds.ts';
import { SpanCollector } from './span-collector.ts';

export interface StrippedText {
  /** The original without invisible and control characters; line-break look-alikes become "\n". */
  view: MappedView;
  signals: NormalizationSignal[];
  /** Runs of tag characters (emoji subdivision flags excluded). */
  tagRuns: HiddenRun[];
  /** Runs of variation selectors (single selectors included; callers decide what is a payload). */
  selectorRuns: HiddenRun[];
  /** Original ranges of zero-width runs long enough to carry text as bits (invisible-bits.ts). */
  bitRuns: Range[];
  /** Per backspace/delete: the position in `view.text` it followed, and where it was in the original. */
  backspaces: Array<{ at: number; start: number; end: number }>;
  /** Ranges of `view.text` that a right-to-left override displays in reverse order. */
  overrides: Range[];
  /**
   * What the visible non-ASCII characters are (char-class.ts flags of all of them OR-ed, with
   * NOT_INERT for any that NFKC changes and JAMO for Hangul vowels and finals), so that the
   * stages after this one can tell at once that they have nothing to do: a text whose non-ASCII
   * characters are all NFKC-stable and carry no marks needs no canonicalization.
   */
  census: number;
}

/** Census bit: a visible character that NFKC rewrites. */
export const NOT_INERT = 1 << 14;
/** Census bit: a Hangul vowel or final jamo (NFKC composes it with the syllable before). */
export const JAMO = 1 << 13;

interface BidiEntry {
  kind: 'embedding' | 'override' | 'isolate';
  rlo: boolean;
  /** Position in the cleaned text where it opened. */
  at: number;
  /** Original offset of the control character. */
  start: number;
}

/** UAX #9 allows 125 levels; deeper nesting is only ever an attack on the bookkeeping. */
const MAX_BIDI_DEPTH = 125;

interface PendingZeroWidth {
  start: number;
  end: number;
  previous: number;
  /** True when the run holds something other than ZWJ/ZWNJ (which are orthography in many scripts). */
  strong: boolean;
  count: number;
}

/**
 * Is `cp` a letter (or vowel sign) of a script whose words are not separated by spaces or are
 * joined by ZWJ/ZWNJ (Thai, Arabic, Indic…)? Zero-width characters between those are orthography.
 */
const isOtherLetter = (cp: number): boolean => cp >= 0x80 && (charFlags(cp) & (LETTER | MARK)) !== 0 && !isAlphabetOrDigit(cp);

/** Everything the scan records besides the text: rare events, kept off the hot path. */
class Findings {
  readonly zeroWidth = new SpanCollector(SIGNAL.zeroWidth);
  readonly zeroWidthInWord = new SpanCollector(SIGNAL.zeroWidthInWord);
  readonly overrideSignal = new SpanCollector(SIGNAL.bidiOverride);
  readonly embeddingSignal = new SpanCollector(SIGNAL.bidiEmbedding);
  readonly controls = new SpanCollector(SIGNAL.controlCharacter);
  readonly tagRuns: HiddenRun[] = [];
  readonly selectorRuns: HiddenRun[] = [];
  readonly bitRuns: Range[] = [];
  readonly backspaces: StrippedText['backspaces'] = [];
  readonly overrides: Range[] = [];
  /** Open embeddings, overrides and isolates, innermost last. */
  readonly bidiStack: BidiEntry[] = [];
  pending: PendingZeroWidth | undefined;

  /** Reports a run of zero-width characters once the character after it is known. */
  resolvePending(next: number): void {
    const pending = this.pending;
    if (!pending) return;
    if (pending.count >= MIN_BIT_RUN) this.bitRuns.push({ start: pending.start, end: pending.end });
    const inWord = isAlphabetOrDigit(pending.previous) && isAlphabetOrDigit(next);
    if (inWord) this.zeroWidthInWord.add(pending.start, pending.end, pending.count);
    else if (pending.strong && !(isOtherLetter(pending.previous) && isOtherLetter(next))) {
      this.zeroWidth.add(pending.start, pending.end, pending.count);
    }
    this.pending = undefined;
  }

  closeOverride(entry: BidiEntry, end: number, cleanedLength: number): void {
    if (entry.kind !== 'override') return;
    if (entry.rlo && cleanedLength > entry.at) this.overrides.push({ start: entry.at, end: cleanedLength });
    this.overrideSignal.add(entry.start, end, 0);
  }

  /** A paragraph break ends every embedding and override (UAX #9, rule P1). */
  closeAll(end: number, cleanedLength: number): void {
    while (this.bidiStack.length > 0) this.closeOverride(this.bidiStack.pop()!, end, cleanedLength);
  }
}

const ESC = 0x1b;
/** Longest CSI parameter string read (real colour codes are a few characters; `\x1b[38;2;255;0;0m` is 13). */
const MAX_CSI = 32;
/** Longest OSC string read (a window title or hyperlink target). */
const MAX_OSC = 512;

/**
 * Where the terminal escape sequence that an ESC at `from - 1` opens ends: a CSI (`ESC [ 31 m`,
 * ECMA-48: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E) or an OSC
 * (`ESC ] … BEL` or `… ESC \`). A terminal shows none of it, so none of it is text: without this,
 * `\x1b[31mIgnore\x1b[0m` left `[31mIgnore[0m` for every reader. Anything else after ESC is text.
 */
function terminalSequenceEnd(text: string, from: number): number {
  const introducer = text.charCodeAt(from);
  if (introducer === 0x5b) {
    let k = from + 1;
    const limit = Math.min(text.length, k + MAX_CSI);
    while (k < limit && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x3f) k += 1;
    while (k < limit && text.charCodeAt(k) >= 0x20 && text.charCodeAt(k) <= 0x2f) k += 1;
    const final = text.charCodeAt(k);
    return final >= 0x40 && final <= 0x7e ? k + 1 : from;
  }
  if (introducer === 0x5d) {
    const limit = Math.min(text.length, from + 1 + MAX_OSC);
    for (let k = from + 1; k < limit; k += 1) {
      const unit = text.charCodeAt(k);
      if (unit === 0x07) return k + 1;
      if (unit === ESC && text.charCodeAt(k + 1) === 0x5c) return k + 2;
    }
  }
  return from;
}

/**
 * Stage 1a of normalization: removes what renders as nothing and reports where it was. One pass
 * over the original; visible characters are copied in runs (one append per run, not per
 * character), and everything rare lives in `Findings`, away from the loop's variables.
 */
export function stripInvisible(original: string): StrippedText {
  const length = original.length;
  // Most texts have nothing to strip: the builder (two typed arrays of the text's length) is made
  // only when something is.
  let builder: ViewBuilder | undefined;
  let census = 0;
  const found = new Findings();
  let changed = false;
  let previous = -1;
  /** Start of the run of visible characters not yet appended. */
  let runStart = 0;

  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    if (isPlainAscii(code)) {
      let j = i + 1;
      while (j < length && isPlainAscii(original.charCodeAt(j))) j += 1;
      if (found.pending) found.resolvePending(code);
      if (found.bidiStack.length > 0) {
        // Look for a line break inside this run only (indexOf would scan to the end of the text).
        for (let k = i; k < j; k += 1) {
          if (original.charCodeAt(k) === 0x0a) {
            found.closeAll(k, (builder?.length ?? 0) + k - runStart);
            break;
          }
        }
      }
      previous = original.charCodeAt(j - 1);
      i = j;
      continue;
    }
    let cp = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = original.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let end = i + width;
    const kind = invisibleKind(cp);
    if (kind === VISIBLE) {
      if (found.pending) found.resolvePending(cp);
      const flags = charFlags(cp);
      census |= flags;
      if (!(flags & INERT)) census |= NOT_INERT;
      if (cp >= 0x1160 && cp <= 0x11ff) census |= JAMO;
      previous = cp;
      i = end;
      continue;
    }
    // Something to drop or replace: append the visible run before it first.
    builder ??= new ViewBuilder(length);
    builder.appendIdentity(original, runStart, i, runStart);
    changed = true;
    handleInvisible(found, builder, original, kind, cp, i, end, previous);
    if (cp === ESC) end = terminalSequenceEnd(original, end);
    if (kind === LINE_BREAK) previous = 0x0a;
    else if (kind === LONE_SURROGATE) previous = 0xfffd;
    else if (kind === ZERO_WIDTH && found.pending) {
      // Zero-width runs (often dozens long) extend the pending run in a tight loop.
      const pending = found.pending;
      while (end < length) {
        const next = original.charCodeAt(end);
        if (next < 0x80 || next >= 0xd800 || invisibleKind(next) !== ZERO_WIDTH || (next === BOM && end === 0)) break;
        pending.end = end + 1;
        pending.count += 1;
        pending.strong ||= next !== ZWJ && next !== ZWNJ && next !== 0xad;
        end += 1;
      }
    } else if (kind === TAG || kind === VARIATION_SELECTOR) {
      // Smuggled payloads come as long runs: take the rest of the run in a tight loop.
      const runs = kind === TAG ? found.tagRuns : found.selectorRuns;
      while (end + 1 < length) {
        const high = original.charCodeAt(end);
        if (high < 0xd800 || high > 0xdbff) break;
        const next = ((high - 0xd800) << 10) + (original.charCodeAt(end + 1) - 0xdc00) + 0x10000;
        if (invisibleKind(next) !== kind) break;
        extendRun(runs, next, end, end + 2);
        end += 2;
      }
    }
    runStart = end;
    i = end;
  }
  builder?.appendIdentity(original, runStart, length, runStart);
  found.resolvePending(-1);
  found.closeAll(length, builder ? builder.length : length);

  const signals: NormalizationSignal[] = [];
  for (const collector of [found.zeroWidthInWord, found.zeroWidth, found.overrideSignal, found.embeddingSignal, found.controls]) {
    const signal = collector.signal();
    if (signal) signals.push(signal);
  }
  const view = changed && builder ? builder.build('cleaned', 0, length) : identityView('cleaned', original);
  return { view, signals, tagRuns: found.tagRuns, selectorRuns: found.selectorRuns, bitRuns: found.bitRuns, backspaces: found.backspaces, overrides: found.overrides, census };
}

/** Handles one invisible, control or replaced character at [start, end). */
function handleInvisible(
  found: Findings,
  builder: ViewBuilder,
  original: string,
  kind: number,
  cp: number,
  start: number,
  end: number,
  previous: number,
): void {
  switch (kind) {
    case ZERO_WIDTH: {
      if (cp === BOM && start === 0) return;
      const strong = cp !== ZWJ && cp !== ZWNJ && cp !== 0xad;
      const pending = found.pending;
      if (pending && pending.end === start) {
        pending.end = end;
        pending.count += 1;
        pending.strong ||= strong;
      } else {
        found.resolvePending(-1);
        found.pending = { start, end, previous, strong, count: 1 };
      }
      return;
    }
    case BIDI_MARK:
      return;
    case BIDI_EMBEDDING: {
      const stack = found.bidiStack;
      const top = stack[stack.length - 1];
      if (cp === PDF && top && top.kind !== 'isolate') {
        stack.pop();
        if (top.kind === 'override') {
          found.closeOverride(top, end, builder.length);
          return;
        }
      } else if (cp === PDI) {
        // PDI closes the innermost isolate and everything opened inside it.
        const isolate = stack.findLastIndex((entry) => entry.kind === 'isolate');
        if (isolate !== -1) for (const entry of stack.splice(isolate)) found.closeOverride(entry, end, builder.length);
      } else if (cp !== PDF && stack.length < MAX_BIDI_DEPTH) {
        stack.push({ kind: cp <= 0x202b ? 'embedding' : 'isolate', rlo: false, at: builder.length, start });
      }
      found.embeddingSignal.add(start, end);
      return;
    }
    case BIDI_OVERRIDE:
      found.overrideSignal.add(start, end);
      if (found.bidiStack.length < MAX_BIDI_DEPTH) {
        found.bidiStack.push({ kind: 'override', rlo: cp === RLO, at: builder.length, start });
      }
      return;
    case TAG:
      extendRun(found.tagRuns, cp, start, end);
      return;
    case VARIATION_SELECTOR:
      extendRun(found.selectorRuns, cp, start, end);
      return;
    case BACKSPACE:
      found.backspaces.push({ at: builder.length, start, end });
      return;
    case CONTROL:
      // ESC starts the ANSI colour codes of pasted terminal output: ordinary, not hiding anything
      // (the sequence it opens is dropped with it, terminalSequenceEnd).
      if (cp !== ESC) found.controls.add(start, end);
      return;
    case LINE_BREAK:
      found.resolvePending(0x0a);
      builder.append('\n', start, end);
      found.closeAll(start, builder.length - 1);
      return;
    case LONE_SURROGATE:
      found.resolvePending(0xfffd);
      builder.append('\ufffd', start, end);
      return;
    default:
      // Unknown kinds are dropped like controls; invisibleKind only returns the kinds above.
      void original;
  }
}
