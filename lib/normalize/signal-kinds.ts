/**
 * Names of the normalization signals (`NormalizationSignal.kind`). The `invisible-text` and
 * `encoding` detectors turn these into findings; README.md in this folder explains each.
 */
export const SIGNAL = {
  /** Zero-width characters between two Latin/Greek/Cyrillic letters or digits. */
  zeroWidthInWord: 'zero-width-in-word',
  /** Zero-width characters elsewhere (emoji joiners, Persian/Indic joiners and a leading BOM excluded). */
  zeroWidth: 'zero-width',
  bidiOverride: 'bidi-override',
  bidiEmbedding: 'bidi-embedding',
  tagCharacters: 'tag-characters',
  variationSelectorPayload: 'variation-selector-payload',
  /** Text written in bits with two invisible characters (Sneaky Bits): invisible-bits.ts. */
  invisibleBits: 'invisible-bits',
  backspace: 'backspace',
  controlCharacter: 'control-character',
  combiningFlood: 'combining-flood',
  /** Letters and digits that NFKC rewrote to ASCII (full-width, mathematical, circled, …). */
  styledLetters: 'styled-letters',
  /** Accents on most vowels of a Latin-script text (`Ígnóré áll`): skeleton.ts. */
  accentNoise: 'accent-noise',
  /** Words mixing Latin letters with look-alikes from another script or phonetic small capitals. */
  homoglyph: 'homoglyph',
  upsideDown: 'upside-down',
  leetspeak: 'leetspeak',
  spacedLetters: 'spaced-letters',
  base64: 'base64',
  base32: 'base32',
  hex: 'hex',
  /** Ascii85 (Adobe, `<~…~>` optional) and base85 (RFC 1924 / Python b85encode): decoders/base85.ts. */
  base85: 'base85',
  /** uuencoded lines (`begin 644 …`, or bare `M…` lines): decoders/uuencode.ts. */
  uuencode: 'uuencode',
  /** Base2048 (11 bits per character, letters of many scripts): decoders/base2048.ts. */
  base2048: 'base2048',
  /** Text as a list of decimal character codes ("73 103 110", `String.fromCharCode(73,103)`, `chr(73)+chr(103)`): decoders/char-codes.ts. */
  charCodes: 'char-codes',
  /** The A1Z26 cipher, letters as their place in the alphabet ("9-7-14-15-18-5 1-12-12"): decoders/letter-numbers.ts. */
  letterNumbers: 'letter-numbers',
  url: 'url',
  /** UTF-7 (`+ADw-script+AD4-`): decoders/utf7.ts. */
  utf7: 'utf-7',
  /** Backslash escapes (`\u0069`, `\u{1F600}`, `\U0001F600`, octal `\151`, CSS `\69 `): decoders/escapes.ts. */
  escapes: 'escapes',
  /** RFC 2045 `=XX` escapes with soft line breaks: decoders/quoted-printable.ts. */
  quotedPrintable: 'quoted-printable',
  html: 'html',
  /** International Morse code in dots and dashes: decoders/morse.ts. */
  morse: 'morse',
  /** Text as 8-bit (or 7-bit) binary groups: decoders/binary.ts. */
  binary: 'binary',
  /** The NATO/ICAO spelling alphabet ("Hotel Echo Lima Lima Oscar"): decoders/nato.ts. */
  nato: 'nato',
  rot13: 'rot13',
  caesar: 'caesar',
  atbash: 'atbash',
  /** ROT47 (printable ASCII rotated by 47): decoders/rot47.ts. */
  rot47: 'rot47',
  /** Pig Latin ("ignoreway allway eviouspray"): decoders/pig-latin.ts. */
  pigLatin: 'pig-latin',
  reversed: 'reversed',
  /** Words in reverse order, each written forwards ("prompt system the reveal"): decoders/word-order.ts. */
  reversedWordOrder: 'reversed-word-order',
  /** Grade-1 English Braille in Unicode Braille Patterns. */
  braille: 'braille',
  splitPayload: 'split-payload',
  /** Decoding or canonicalization stopped early because the expansion budget was spent. */
  budgetExhausted: 'budget-exhausted',
} as const;

export type SignalKind = (typeof SIGNAL)[keyof typeof SIGNAL];
