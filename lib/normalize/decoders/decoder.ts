import type { SignalKind } from '../signal-kinds.ts';
import type { DecodeSource } from './decode-source.ts';

/** One stretch of a source view that decodes to text. */
export interface DecodedRegion {
  /** Range in the source view's text that was decoded. */
  start: number;
  end: number;
  text: string;
  /** Per UTF-16 unit of `text`: the source-view range it came from. */
  starts: Int32Array;
  ends: Int32Array;
  /** True when `text` runs in another order than its source (reversal). */
  reordered?: boolean;
}

/**
 * A decoder finds encoded stretches in a view and decodes the ones that plausibly hold text. It
 * must run in time linear in the source, never throw, and return at most `maxChars` decoded
 * characters in total.
 */
export interface Decoder {
  readonly name: SignalKind;
  /**
   * Word-level ciphers (ROT13, Caesar shifts, reversal) judge by English words, so they are never
   * applied to another cipher's output: a shifted text would be "decoded" right back.
   */
  readonly cipher?: boolean;
  find(source: DecodeSource, maxChars: number): DecodedRegion[];
}
