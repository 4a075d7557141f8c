/**
 * An ASCII-only stand-in for a text, in which the anchors can be found with exactly the same hits.
 *
 * Why: modern-ahocorasick matches whole grapheme clusters. On ASCII it walks the string directly,
 * but from the first non-ASCII character on it iterates `Intl.Segmenter`, which measured 2.7 ms
 * for a 2,000-character English prompt containing one curly quote and grew quadratically (115 ms
 * at 20,000 characters, 33 s for 100,000 characters of Chinese) on Node 20. Feeding it this
 * projection keeps every scan on its linear ASCII path, whatever the script of the text.
 *
 * The projection keeps printable ASCII as is, turns each non-ASCII code unit that occurs in some
 * anchor into a two-character code (a lead control character + a printable trail character), and
 * every other character into a filler that no anchor contains. Lead characters occur nowhere else,
 * so the code is prefix-free: a hit that starts on a code boundary covers exactly the projected
 * anchor, and `toText` maps it back to the text's offsets (trail positions map to -1 and are
 * rejected).
 */

/** Non-ASCII code units that occur in anchors, numbered. */
export type AnchorAlphabet = ReadonlyMap<number, number>;

export interface Projection {
  key: string;
  /** Key offset → text offset (-1 inside a two-character code); absent when the key is the text. */
  toText?: Int32Array;
}

const FILLER = 0x00;
// Control characters that never reach the key as themselves. CR (0x0d) is left out because the
// matcher treats CR LF as one grapheme; TAB and LF because they are common in text.
const LEADS = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0b, 0x0c];
for (let code = 0x0e; code <= 0x1f; code += 1) LEADS.push(code);
const TRAIL_BASE = 0x20;
const TRAIL_COUNT = 0x7f - TRAIL_BASE;

/** How many distinct non-ASCII code units the anchors of one index may use. */
export const ALPHABET_CAPACITY = LEADS.length * TRAIL_COUNT;

/** Texts made only of printable ASCII, TAB, LF and CR can be searched as they are. */
const NEEDS_PROJECTION = /[^\t\n\r\x20-\x7e]/;

/** The lead character (a char code) of the two-character code for alphabet symbol `symbol`. */
export const leadOf = (symbol: number): number => LEADS[Math.floor(symbol / TRAIL_COUNT)]!;

/** The trail character (a char code) of the two-character code for alphabet symbol `symbol`. */
export const trailOf = (symbol: number): number => TRAIL_BASE + (symbol % TRAIL_COUNT);

export function createAnchorAlphabet(anchors: readonly string[]): AnchorAlphabet {
  const alphabet = new Map<number, number>();
  for (const anchor of anchors) {
    for (let i = 0; i < anchor.length; i += 1) {
      const code = anchor.charCodeAt(i);
      if (code >= 0x80 && !alphabet.has(code)) alphabet.set(code, alphabet.size);
    }
  }
  if (alphabet.size > ALPHABET_CAPACITY) {
    throw new RangeError(`anchors use ${alphabet.size} non-ASCII characters; at most ${ALPHABET_CAPACITY} fit`);
  }
  return alphabet;
}

/** The key an anchor is compiled to (anchors are never projected through the filler). */
export function projectAnchor(anchor: string, alphabet: AnchorAlphabet): string {
  let key = '';
  for (let i = 0; i < anchor.length; i += 1) {
    const code = anchor.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) key += anchor[i];
    else {
      const symbol = alphabet.get(code);
      if (symbol === undefined) throw new RangeError('anchors must be printable text');
      key += String.fromCharCode(leadOf(symbol), trailOf(symbol));
    }
  }
  return key;
}

const utf16 = new TextDecoder('utf-16le');

export function projectText(text: string, alphabet: AnchorAlphabet): Projection {
  if (!NEEDS_PROJECTION.test(text)) return { key: text };
  const length = text.length;
  const units = new Uint16Array(length * 2);
  const toText = new Int32Array(length * 2 + 1);
  let size = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    toText[size] = i;
    if (code >= 0x20 && code < 0x7f) {
      units[size++] = code;
    } else if (code < 0x80) {
      units[size++] = code === 0x09 || code === 0x0a || code === 0x0d ? code : FILLER;
    } else {
      const symbol = alphabet.get(code);
      if (symbol === undefined) {
        units[size++] = FILLER;
      } else {
        units[size++] = leadOf(symbol);
        toText[size] = -1;
        units[size++] = trailOf(symbol);
      }
    }
  }
  toText[size] = length;
  const key = utf16.decode(units.subarray(0, size));
  return size === length ? { key } : { key, toText: toText.subarray(0, size + 1) };
}
