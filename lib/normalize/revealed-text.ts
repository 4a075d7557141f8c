import type { NormalizationSignal, NormalizedText, TextView } from '../core/normalized-text.ts';
import type { Range } from './offset-map.ts';
import { SIGNAL } from './signal-kinds.ts';
import { contentKind, describeText, type ContentKind, type TextShape } from './text-shape.ts';

/** Characters of revealed text measured per signal (the shape of a long payload shows early). */
const MAX_REVEALED = 4000;

/** The view that shows a signal's content in readable form, for signals that do not name one. */
const READING_OF: Partial<Record<string, string>> = {
  [SIGNAL.homoglyph]: 'skeleton',
  [SIGNAL.upsideDown]: 'upside-down',
  [SIGNAL.leetspeak]: 'leetspeak',
  [SIGNAL.spacedLetters]: 'despaced',
  // Small capitals and enclosed letters are only spelled out in the skeleton; NFKC's styles already are in canonical.
  [SIGNAL.styledLetters]: 'skeleton',
  [SIGNAL.accentNoise]: 'skeleton',
  [SIGNAL.combiningFlood]: 'canonical',
  [SIGNAL.bidiOverride]: 'bidi-display',
  [SIGNAL.backspace]: 'backspace',
};

interface MappedLike extends TextView {
  starts?: Int32Array | null;
}

/** The units of `view` whose source lies inside one of the (sorted) original ranges. */
function textWithin(view: MappedLike, ranges: readonly Range[]): string {
  const starts = view.starts;
  if (!starts) return ranges.map((range) => view.text.slice(range.start, range.end)).join(' ');
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let r = 0;
  let last = -2;
  for (let k = 0; k < starts.length && r < sorted.length && out.length < MAX_REVEALED; k += 1) {
    const at = starts[k]!;
    while (r < sorted.length && at >= sorted[r]!.end) r += 1;
    if (r < sorted.length && at >= sorted[r]!.start) {
      // Separate spans that are not adjacent in the view, or their words would run together.
      if (last >= 0 && k !== last + 1) out += ' ';
      out += view.text[k];
      last = k;
    }
  }
  return out;
}

export interface RevealedItem {
  /** Original range of the hidden or encoded item. */
  span: Range;
  shape: TextShape;
  kind: ContentKind;
}

/**
 * What a signal revealed, measured item by item: for decoded layers and smuggled payloads each
 * region of the view it names; for look-alike writing (homoglyphs, leetspeak, spaced or upside-down
 * letters…) the readable view's text over the signal's spans, as one item. Returns measurements
 * only; detectors score them.
 */
export function revealedItems(text: NormalizedText, signal: NormalizationSignal): RevealedItem[] {
  if (signal.view !== undefined && signal.viewSpans) {
    const view = text.views.find((candidate) => candidate.name === signal.view);
    if (!view) return [];
    return signal.viewSpans.map((viewSpan, index) => {
      const shape = describeText(view.text.slice(viewSpan.start, Math.min(viewSpan.end, viewSpan.start + MAX_REVEALED)));
      return { span: signal.spans[index] ?? { start: 0, end: 0 }, shape, kind: contentKind(shape) };
    });
  }
  const viewName = READING_OF[signal.kind];
  const view = viewName === undefined ? undefined : (text.views.find((candidate) => candidate.name === viewName) ?? text.canonical);
  if (!view || signal.spans.length === 0) return [];
  const shape = describeText(textWithin(view as MappedLike, signal.spans));
  const first = signal.spans[0]!;
  const last = signal.spans[signal.spans.length - 1]!;
  return [{ span: { start: first.start, end: last.end }, shape, kind: contentKind(shape) }];
}
