import { isPlausibleText } from '../text-shape.ts';
import { decodeUtf8, type ByteSink } from '../utf8.ts';
import type { DecodedRegion } from './decoder.ts';

/** Share of bytes that may be controls before a byte string counts as binary. */
const MAX_CONTROL_SHARE = 0.05;

/** Cheap binary test on raw bytes, before any UTF-8 work: images and keys fail here. */
export function looksBinary(bytes: Uint8Array, length: number): boolean {
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) controls += 1;
  }
  return controls > MAX_CONTROL_SHARE * length;
}

/**
 * Turns decoded bytes into a region when they are plausibly text: valid UTF-8 (a few bad bytes
 * tolerated), printable, mostly letters. Otherwise undefined: binary data does not become a view.
 */
export function bytesToRegion(sink: ByteSink, start: number, end: number): DecodedRegion | undefined {
  if (sink.length < 3 || looksBinary(sink.bytes, sink.length)) return undefined;
  const decoded = decodeUtf8(sink.view());
  if (decoded.invalid > Math.max(1, decoded.text.length * 0.02)) return undefined;
  if (!isPlausibleText(decoded.text)) return undefined;
  return { start, end, text: decoded.text, starts: decoded.starts, ends: decoded.ends };
}
