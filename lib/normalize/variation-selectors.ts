import type { HiddenRun } from './hidden-run.ts';
import { ByteSink, decodeUtf8, type PositionedText } from './utf8.ts';

/**
 * The byte a variation selector stands for in the "emoji smuggling" scheme: VS1–VS16
 * (U+FE00–FE0F) are bytes 0–15 and VS17–VS256 (U+E0100–E01EF) bytes 16–255, so any base
 * character followed by a run of selectors can carry arbitrary UTF-8.
 */
export function variationSelectorByte(cp: number): number {
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp - 0xfe00;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return cp - 0xe0100 + 16;
  return -1;
}

/**
 * A single selector after a character is ordinary (VS16 after an emoji, an ideographic variation
 * sequence after a CJK character); two or more in a row select nothing Unicode defines and only
 * make sense as a payload.
 */
export const isSelectorPayload = (run: HiddenRun): boolean => run.codePoints.length >= 2;

/** Decodes a run of selectors to text, each unit mapped to the selector(s) it came from. */
export function decodeSelectorRun(run: HiddenRun): PositionedText {
  const sink = new ByteSink(run.codePoints.length);
  run.codePoints.forEach((cp, k) => {
    const byte = variationSelectorByte(cp);
    const at = run.offsets[k]!;
    if (byte >= 0) sink.push(byte, at, at + (cp > 0xffff ? 2 : 1));
  });
  return decodeUtf8(sink.view());
}
