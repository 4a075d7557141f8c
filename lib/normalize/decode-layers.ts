import type { NormalizationSignal } from '../core/normalized-text.ts';
import { MAX_ANALYZED_CHARS, MAX_DECODED_VIEWS, MAX_DEPTH, type DecodeBudget } from './budget.ts';
import { base2048 } from './decoders/base2048.ts';
import { base32 } from './decoders/base32.ts';
import { base64 } from './decoders/base64.ts';
import { binary } from './decoders/binary.ts';
import { base85 } from './decoders/base85.ts';
import { braille } from './decoders/braille.ts';
import { atbash, caesar, rot13 } from './decoders/caesar.ts';
import { charCodes } from './decoders/char-codes.ts';
import { letterNumbers } from './decoders/letter-numbers.ts';
import { utf7 } from './decoders/utf7.ts';
import { wordOrder } from './decoders/word-order.ts';
import { DecodeSource } from './decoders/decode-source.ts';
import type { DecodedRegion, Decoder } from './decoders/decoder.ts';
import { escapes } from './decoders/escapes.ts';
import { hex } from './decoders/hex.ts';
import { html } from './decoders/html-entities.ts';
import { morse } from './decoders/morse.ts';
import { nato } from './decoders/nato.ts';
import { url } from './decoders/percent.ts';
import { quotedPrintable } from './decoders/quoted-printable.ts';
import { pigLatin } from './decoders/pig-latin.ts';
import { reversed } from './decoders/reversed.ts';
import { rot47 } from './decoders/rot47.ts';
import { splitPayload } from './decoders/split-payload.ts';
import { uuencode } from './decoders/uuencode.ts';
import { canonicalize } from './canonicalize.ts';
import { MappedView, type Range } from './offset-map.ts';
import { NOT_PLAIN_ASCII } from './patterns.ts';
import { MAX_SIGNAL_SPANS } from './span-collector.ts';
import { stripInvisible } from './strip-invisible.ts';
import type { TextHints } from './text-hints.ts';

/** Every decoder, in the order their layers are listed. */
export const DECODERS: readonly Decoder[] = [
  base64,
  base32,
  hex,
  base85,
  uuencode,
  base2048,
  url,
  utf7,
  escapes,
  charCodes,
  letterNumbers,
  quotedPrintable,
  html,
  morse,
  binary,
  nato,
  braille,
  rot13,
  caesar,
  atbash,
  rot47,
  pigLatin,
  reversed,
  wordOrder,
  splitPayload,
];

export interface DecodedLayers {
  views: MappedView[];
  signals: NormalizationSignal[];
}

/** `base64` for a layer decoded from the canonical text, `base64/hex` for hex found inside it. */
const childName = (parent: MappedView, decoder: Decoder) =>
  parent.depth === 0 ? decoder.name : `${parent.name}/${decoder.name}`;

/**
 * Builds one view from a decoder's regions in `parent`: the decoded texts joined by "\n", each
 * unit mapped through the parent to the original (so a finding in a base64-of-hex layer highlights
 * the encoded characters the user sees).
 */
function layerView(parent: MappedView, decoder: Decoder, regions: readonly DecodedRegion[]): { view: MappedView; viewSpans: Range[] } {
  const total = regions.reduce((sum, region) => sum + region.text.length, 0) + regions.length - 1;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const viewSpans: Range[] = [];
  let offset = 0;
  let monotone = parent.monotone;
  regions.forEach((region, index) => {
    if (index > 0) {
      // The separator is not in the original: it maps to an empty range where the last region ended.
      const at = ends[offset - 1] ?? 0;
      starts[offset] = at;
      ends[offset] = at;
      offset += 1;
    }
    if (region.reordered) monotone = false;
    viewSpans.push({ start: offset, end: offset + region.text.length });
    for (let k = 0; k < region.text.length; k += 1) {
      const range = parent.toOriginal(region.starts[k]!, region.ends[k]!);
      starts[offset] = range.start;
      ends[offset] = range.end;
      offset += 1;
    }
  });
  const text = regions.map((region) => region.text).join('\n');
  return {
    view: new MappedView(childName(parent, decoder), text, parent.depth + 1, parent.originalLength, starts, ends, monotone),
    viewSpans,
  };
}

/**
 * A decoded layer or reading in canonical form (invisible characters removed, NFKC, diacritics
 * stripped), so that detectors read every view the way they read the canonical view. `viewSpans`
 * (item ranges in the layer) are moved to the same items in the result. The cleaning works on the
 * layer's own text; its map is then composed with the layer's map into the original.
 */
export function canonicalLayer(layer: MappedView, viewSpans: Range[] = []): MappedView {
  if (!NOT_PLAIN_ASCII.test(layer.text)) return layer;
  const canonical = canonicalize(stripInvisible(layer.text).view).view;
  const cleanStarts = canonical.starts;
  const cleanEnds = canonical.ends;
  if (canonical.text === layer.text || cleanStarts === null || cleanEnds === null) return layer;
  const length = canonical.text.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let k = 0; k < length; k += 1) {
    const range = layer.toOriginal(cleanStarts[k]!, Math.max(cleanEnds[k]!, cleanStarts[k]! + 1));
    starts[k] = range.start;
    ends[k] = cleanEnds[k]! > cleanStarts[k]! ? range.end : range.start;
  }
  // Item boundaries move with the text: find each item's new range through the cleaning map.
  const remap = (at: number) => {
    let low = 0;
    let high = length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cleanStarts[mid]! < at) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  for (const span of viewSpans) {
    const start = remap(span.start);
    span.end = Math.max(start, remap(span.end));
    span.start = start;
  }
  return new MappedView(layer.name, canonical.text, layer.depth, layer.originalLength, starts, ends, layer.monotone);
}

/**
 * Stage 1d: recursive decoding. Every decoder looks at every root view and at every layer it
 * produced, up to depth 3, drawing decoded characters from one budget (4× the input, 1 MB at
 * most) and producing at most 24 layers, so nested encodings cost time linear in the input.
 */
export function decodeLayers(roots: readonly MappedView[], budget: DecodeBudget, rootHints?: ReadonlyMap<MappedView, TextHints>): DecodedLayers {
  const queue = [...roots];
  const views: MappedView[] = [];
  const signals: NormalizationSignal[] = [];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    if (parent.depth >= MAX_DEPTH || parent.text.length === 0) continue;
    const text = parent.text.length > MAX_ANALYZED_CHARS ? parent.text.slice(0, MAX_ANALYZED_CHARS) : parent.text;
    const source = new DecodeSource(text, rootHints?.get(parent));
    const lastStep = parent.name.slice(parent.name.lastIndexOf('/') + 1);
    const parentIsCipher = DECODERS.some((decoder) => decoder.cipher && decoder.name === lastStep);
    for (const decoder of DECODERS) {
      if (views.length >= MAX_DECODED_VIEWS || budget.remaining <= 0) break;
      if (decoder.cipher && parentIsCipher) continue;
      const regions = decoder.find(source, budget.remaining);
      if (regions.length === 0) continue;
      const layer = layerView(parent, decoder, regions);
      const viewSpans = layer.viewSpans;
      const view = canonicalLayer(layer.view, viewSpans);
      if (!budget.take(view.text.length)) break;
      views.push(view);
      queue.push(view);
      signals.push({
        kind: decoder.name,
        count: regions.reduce((sum, region) => sum + region.text.length, 0),
        spans: regions.slice(0, MAX_SIGNAL_SPANS).map((region) => parent.toOriginal(region.start, region.end)),
        view: view.name,
        viewSpans: viewSpans.slice(0, MAX_SIGNAL_SPANS),
        depth: view.depth,
      });
    }
  }
  return { views, signals };
}
