import type { NormalizationSignal } from '../core/normalized-text.ts';
import { canonicalLayer } from './decode-layers.ts';
import { decodeBitRun, MAX_BITS_READ, MIN_BIT_RUN } from './invisible-bits.ts';
import { runAt, type HiddenRun } from './hidden-run.ts';
import { MappedView, type Range } from './offset-map.ts';
import { SIGNAL } from './signal-kinds.ts';
import { MAX_SIGNAL_SPANS } from './span-collector.ts';
import type { StrippedText } from './strip-invisible.ts';
import { decodeTagRun, isEmojiTagSequence } from './tag-characters.ts';
import { isPlausibleText } from './text-shape.ts';
import { decodeSelectorRun, isSelectorPayload } from './variation-selectors.ts';

export interface HiddenPayloads {
  /** Depth-1 views: what tag characters, variation-selector runs and zero-width bits spell. */
  views: MappedView[];
  signals: NormalizationSignal[];
}

interface Piece {
  run: HiddenRun;
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

/** Joins decoded pieces (one per run) into a view whose units map to the invisible characters. */
function payloadView(name: string, pieces: readonly Piece[], originalLength: number): { view: MappedView; viewSpans: Range[] } {
  const total = pieces.reduce((sum, piece) => sum + piece.text.length, 0) + pieces.length - 1;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const viewSpans: Range[] = [];
  let offset = 0;
  pieces.forEach((piece, index) => {
    if (index > 0) {
      starts[offset] = piece.run.start;
      ends[offset] = piece.run.start;
      offset += 1;
    }
    viewSpans.push({ start: offset, end: offset + piece.text.length });
    starts.set(Array.from(piece.starts), offset);
    ends.set(Array.from(piece.ends), offset);
    offset += piece.text.length;
  });
  const text = pieces.map((piece) => piece.text).join('\n');
  return { view: canonicalLayer(new MappedView(name, text, 1, originalLength, starts, ends), viewSpans), viewSpans };
}

/** Visible characters between two tag runs that are kept in the payload (see mergeAcrossVisible). */
const MAX_VISIBLE_GAP = 4;

/**
 * Tags can only copy ASCII, so a smuggled sentence with a curly apostrophe or a bullet comes as
 * tag runs around a visible character. Runs that close are one payload, the visible characters
 * included (as code points of their own, outside the tag range, which decodeTagRun copies).
 */
function mergeAcrossVisible(original: string, runs: readonly HiddenRun[]): HiddenRun[] {
  const merged: HiddenRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    const gap = last ? original.slice(last.end, run.start) : '';
    if (last && gap.length > 0 && gap.length <= MAX_VISIBLE_GAP && !/\s/.test(gap)) {
      const codePoints = [...gap].map((ch) => ch.codePointAt(0)!);
      let offset = last.end;
      for (const cp of codePoints) {
        last.codePoints.push(cp);
        last.offsets.push(offset);
        offset += cp > 0xffff ? 2 : 1;
      }
      last.codePoints.push(...run.codePoints);
      last.offsets.push(...run.offsets);
      last.end = run.end;
      continue;
    }
    merged.push({ ...run, codePoints: [...run.codePoints], offsets: [...run.offsets] });
  }
  return merged;
}

function signalFor(kind: string, runs: readonly HiddenRun[], extra?: { view: string; viewSpans: Range[] }): NormalizationSignal {
  return {
    kind,
    count: runs.reduce((sum, run) => sum + run.codePoints.length, 0),
    spans: runs.slice(0, MAX_SIGNAL_SPANS).map((run) => ({ start: run.start, end: run.end })),
    ...(extra ? { view: extra.view, viewSpans: extra.viewSpans.slice(0, MAX_SIGNAL_SPANS), depth: 1 } : {}),
  };
}

/**
 * Text smuggled in characters that render as nothing: Unicode tag characters (ASCII smuggling),
 * runs of variation selectors (bytes hidden after an emoji) and zero-width characters standing for
 * bits (Sneaky Bits). Emoji subdivision flags and single selectors are ordinary and ignored.
 */
export function readHiddenPayloads(
  original: string,
  { tagRuns, selectorRuns, bitRuns }: Pick<StrippedText, 'tagRuns' | 'selectorRuns' | 'bitRuns'>,
): HiddenPayloads {
  const views: MappedView[] = [];
  const signals: NormalizationSignal[] = [];

  const smuggled = mergeAcrossVisible(original, tagRuns.filter((run) => !isEmojiTagSequence(original, run)));
  const tagPieces = smuggled.map((run) => ({ run, ...decodeTagRun(run) })).filter((piece) => piece.text.length > 0);
  if (tagPieces.length > 0) {
    const { view, viewSpans } = payloadView('tags', tagPieces, original.length);
    views.push(view);
    signals.push(signalFor(SIGNAL.tagCharacters, tagPieces.map((piece) => piece.run), { view: view.name, viewSpans }));
  }
  const decodedRuns = new Set(tagPieces.map((piece) => piece.run));
  const undecoded = smuggled.filter((run) => !decodedRuns.has(run));
  if (undecoded.length > 0) signals.push(signalFor(SIGNAL.tagCharacters, undecoded));

  const payloadRuns = selectorRuns.filter(isSelectorPayload);
  const selectorPieces: Piece[] = [];
  const opaque: HiddenRun[] = [];
  for (const run of payloadRuns) {
    const decoded = decodeSelectorRun(run);
    if (decoded.invalid === 0 && isPlausibleText(decoded.text)) selectorPieces.push({ run, ...decoded });
    else opaque.push(run);
  }
  if (selectorPieces.length > 0) {
    const { view, viewSpans } = payloadView('variation-selectors', selectorPieces, original.length);
    views.push(view);
    signals.push(signalFor(SIGNAL.variationSelectorPayload, selectorPieces.map((piece) => piece.run), { view: view.name, viewSpans }));
  }
  if (opaque.length > 0) signals.push(signalFor(SIGNAL.variationSelectorPayload, opaque));

  // Undecodable zero-width runs stay what strip-invisible reported them as (zero-width characters).
  const bitPieces: Piece[] = [];
  let bitsLeft = MAX_BITS_READ;
  for (const range of bitRuns) {
    if (bitsLeft < MIN_BIT_RUN) break;
    const run = runAt(original, range.start, Math.min(range.end, range.start + 2 * bitsLeft));
    const decoded = decodeBitRun(run, bitsLeft);
    bitsLeft -= Math.min(run.codePoints.length, bitsLeft);
    if (decoded) bitPieces.push({ run, ...decoded });
  }
  if (bitPieces.length > 0) {
    const { view, viewSpans } = payloadView('invisible-bits', bitPieces, original.length);
    views.push(view);
    signals.push(signalFor(SIGNAL.invisibleBits, bitPieces.map((piece) => piece.run), { view: view.name, viewSpans }));
  }
  return { views, signals };
}
