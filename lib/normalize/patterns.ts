/**
 * Every regular expression the normalizer scans with, in one place so that the test suite can
 * ReDoS-check them all (recheck). Rules for adding one: no nested quantifiers over overlapping
 * classes, bounded repetition where a match can be long, and a comment saying what it finds.
 * Global (`g`) patterns are shared: callers must reset `lastIndex` before a scan (use `scanAll`).
 */

/** Any character outside printable ASCII, tab, CR and LF: the plain-ASCII fast path's test. */
export const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Each character outside ASCII (the skeleton's pre-check walks only these). */
export const NON_ASCII = /[^\0-\x7f]/g;

/** Characters that occur only in upside-down text. */
export const UPSIDE_DOWN_HINT = /[ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ∀ᗺꓭƆᗡƎℲ⅁ꓘ˥ԀᴚꓕΛ⅄]/u;

/** A letter next to a leetspeak digit or symbol (cheap test before tokenizing). */
export const LEET_HINT = /[A-Za-z][0134578@$]|[0134578@$][A-Za-z]/;

/** Each leetspeak digit or symbol (the tokenizer jumps from one to the next). */
export const LEET_CHARACTER = /[0134578@$]/g;

/** "\x69\x67\x6e…" escapes. */
export const HEX_ESCAPES = /(?:\\x[0-9A-Fa-f]{2}){4,}/g;

/** "0x69, 0x67, 0x6e…" lists. */
export const HEX_LIST = /0x[0-9A-Fa-f]{2}(?:(?:[ \t]{0,2},[ \t]{0,2}|[ \t]{1,2})0x[0-9A-Fa-f]{2}){3,}/g;

/** One HTML character reference: named, decimal or hexadecimal. */
export const HTML_ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

/** A literal assigned to a name, or two literals joined by an operator: without either there is nothing to join. */
export const CONCAT_HINT = /=[ \t]{0,8}["'`]|["'`][ \t]{0,8}(?:\+|\.{1,2}|\|\|)[ \t]{0,8}["'`]/;

/** What stands between two concatenated operands: `+`, `.`, `..` or `||`. */
export const CONCAT_GAP = /^\s{0,8}(?:\+|\.{1,2}|\|\|)\s{0,8}$/;

/** A hint in the text that a rotation cipher is in play. */
export const CIPHER_HINT = /rot[ -]?13|caesar|cipher|shift(?:ed)? by/i;

/** Runs every match of a shared global pattern from the start of `text`. */
export function scanAll(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => boolean | void): void {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) pattern.lastIndex += 1;
    if (visit(match) === false) break;
  }
  pattern.lastIndex = 0;
}

/** All patterns, for the ReDoS check in the test suite. */
export const ALL_PATTERNS: Readonly<Record<string, RegExp>> = {
  NOT_PLAIN_ASCII,
  NON_ASCII,
  UPSIDE_DOWN_HINT,
  LEET_HINT,
  LEET_CHARACTER,
  HEX_ESCAPES,
  HEX_LIST,
  HTML_ENTITY,
  CONCAT_GAP,
  CONCAT_HINT,
  CIPHER_HINT,
};
