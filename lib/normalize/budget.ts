/** Limits that keep recursive decoding linear on hostile input. */
export const MAX_DEPTH = 3;
/** Total decoded characters may not exceed this multiple of the input length… */
export const EXPANSION_RATIO = 4;
/** …nor this many characters (about 1 MB of text), whichever is smaller. */
export const MAX_DECODED_CHARS = 1_000_000;
/** Decoded views, all layers together. */
export const MAX_DECODED_VIEWS = 16;
/** Regions one decoder may decode in one view. */
export const MAX_REGIONS = 64;

/** The expansion budget of one normalization: decoders draw from it and stop when it is spent. */
export class DecodeBudget {
  remaining: number;
  exhausted = false;

  constructor(inputLength: number) {
    // Short inputs still get room for one small payload (a 12-character base64 word decodes to 9).
    this.remaining = Math.min(EXPANSION_RATIO * Math.max(inputLength, 64), MAX_DECODED_CHARS);
  }

  /** Takes `chars` from the budget; false (and nothing taken) when that would overspend it. */
  take(chars: number): boolean {
    if (chars > this.remaining) {
      this.exhausted = true;
      return false;
    }
    this.remaining -= chars;
    return true;
  }
}

/**
 * Characters of a view that the readings and decoders analyse. The canonical view always covers
 * the whole text; look-alike readings and decoded layers cover its first 256 Ki characters, which
 * keeps a hostile megabyte linear and fast. Profiles scan at most 100,000 characters in full
 * anyway (the `size` detector reports longer texts), so this is 2.5 times the largest of them.
 */
export const MAX_ANALYZED_CHARS = 262_144;
