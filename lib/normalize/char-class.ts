/**
 * Per-code-point facts the normalizer needs on every non-ASCII character (is it a combining mark,
 * a letter, which script, does NFKC leave it alone). Computed lazily with Unicode property regexes
 * and cached: a BMP table (128 KiB) plus a map for astral code points. Hand-written because no
 * dependency offers script and NFKC-stability lookups; the JavaScript engine's own Unicode tables
 * (`\p{…}`, `String.prototype.normalize`) are the source of truth, so nothing here can drift from
 * the engine.
 */

export const MARK = 1 << 0;
/** A mark from the script-independent diacritic blocks (what Zalgo text stacks). */
export const GENERIC_MARK = 1 << 1;
export const LETTER = 1 << 2;
export const DIGIT = 1 << 3;
export const LATIN = 1 << 4;
export const GREEK = 1 << 5;
export const CYRILLIC = 1 << 6;
/** Other scripts with letters that look like Latin ones (Armenian, Cherokee, Lisu, Coptic, Canadian syllabics). */
export const LOOKALIKE_SCRIPT = 1 << 7;
/** NFKC maps the code point to itself (and no canonical override applies, see canonicalOverride). */
export const INERT = 1 << 8;
export const UPPER = 1 << 9;
export const SPACE = 1 << 10;
/** A lower-case letter (with UPPER: the letter's script has capitals, so where they stand means something). */
export const LOWER = 1 << 11;
const COMPUTED = 1 << 15;

const MARK_RE = /\p{M}/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{Nd}/u;
const SPACE_RE = /\s/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LATIN_RE = /\p{Script=Latin}/u;
const GREEK_RE = /\p{Script=Greek}/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LOOKALIKE_RE = /[\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Lisu}\p{Script=Coptic}\p{Script=Canadian_Aboriginal}]/u;

/**
 * The script-independent diacritic blocks. Enclosing marks (U+20DD–20E4: the keycap of "1️⃣", the
 * enclosing circle and square) are left out: they belong to emoji and symbols, not to Zalgo.
 */
export const isGenericMarkBlock = (cp: number): boolean =>
  (cp >= 0x300 && cp <= 0x36f) ||
  (cp >= 0x1ab0 && cp <= 0x1aff) ||
  (cp >= 0x1dc0 && cp <= 0x1dff) ||
  (cp >= 0x20d0 && cp <= 0x20ff && !(cp >= 0x20dd && cp <= 0x20e4)) ||
  (cp >= 0xfe20 && cp <= 0xfe2f);

/**
 * Enclosing marks that dress a letter or digit up as a symbol ("I⃝g⃝n⃝o⃝r⃝e⃝": circle, square,
 * diamond, screen, triangle, and Cyrillic's millions signs): after a letter or digit they are a
 * letter style, as circled Ⓐ is. The keycap (U+20E3) is left out: "1️⃣" is an emoji.
 */
export const isLetterEnclosingMark = (cp: number): boolean =>
  (cp >= 0x20dd && cp <= 0x20e4 && cp !== 0x20e1 && cp !== 0x20e3) || cp === 0x0488 || cp === 0x0489;

/**
 * Canonical forms NFKC does not give. The Braille blank (U+2800) renders as a space and is typed
 * as one to keep words apart on screen while filters see one long token, and so does the Ogham
 * space mark (U+1680, the one space separator NFKC leaves as it is); the parenthesized small
 * letters ⒜–⒵ are a letter style like circled ⓐ, which NFKC spells out as "(a)" and so breaks up
 * the word they write.
 */
export function canonicalOverride(cp: number): string | undefined {
  if (cp === 0x2800 || cp === 0x1680) return ' ';
  if (cp >= 0x249c && cp <= 0x24b5) return String.fromCharCode(0x61 + cp - 0x249c);
  return undefined;
}

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let flags = COMPUTED;
  if (ch.normalize('NFKC') === ch && canonicalOverride(cp) === undefined) flags |= INERT;
  if (MARK_RE.test(ch)) {
    flags |= MARK;
    if (isGenericMarkBlock(cp)) flags |= GENERIC_MARK;
  } else if (LETTER_RE.test(ch)) {
    flags |= LETTER;
    if (UPPER_RE.test(ch)) flags |= UPPER;
    else if (LOWER_RE.test(ch)) flags |= LOWER;
    if (LATIN_RE.test(ch)) flags |= LATIN;
    else if (GREEK_RE.test(ch)) flags |= GREEK;
    else if (CYRILLIC_RE.test(ch)) flags |= CYRILLIC;
    else if (LOOKALIKE_RE.test(ch)) flags |= LOOKALIKE_SCRIPT;
  } else if (DIGIT_RE.test(ch)) {
    flags |= DIGIT;
  } else if (SPACE_RE.test(ch)) {
    flags |= SPACE;
  }
  return flags;
}

const bmp = new Uint16Array(0x10000);
const astral = new Map<number, number>();
/** Astral code points are rare in real text; the cache is bounded so hostile input cannot grow it without limit. */
const ASTRAL_CACHE_LIMIT = 50_000;

/** Flags of a code point (0..0x10FFFF; lone surrogates included). */
export function charFlags(cp: number): number {
  if (cp < 0x10000) {
    const cached = bmp[cp]!;
    if (cached !== 0) return cached;
    const flags = compute(cp);
    bmp[cp] = flags;
    return flags;
  }
  const cached = astral.get(cp);
  if (cached !== undefined) return cached;
  const flags = compute(cp);
  if (astral.size < ASTRAL_CACHE_LIMIT) astral.set(cp, flags);
  return flags;
}

/** A blank between words or tokens: space, tab, line feed, carriage return. */
export const isBlankUnit = (unit: number): boolean => unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d;

/**
 * A digit or a code symbol (`@#$%^&*=<>{}[]|\/~_+` and the backtick): a letter run with one right
 * beside it is a piece of a code, an identifier or an encoding ("D@7EH2C6" is ROT47), not a word.
 * Sentence punctuation, quotes, parentheses and hyphens are no such glue.
 */
const CODE_GLUE = new Uint8Array(128);
for (const ch of '0123456789@#$%^&*=<>{}[]|\\/~_+`') CODE_GLUE[ch.charCodeAt(0)] = 1;
const isCodeGlueUnit = (unit: number): boolean => unit < 0x80 && CODE_GLUE[unit] === 1;
/** Is the run text[start, end) glued to a digit or a code symbol on either side? */
export const isGluedToCode = (text: string, start: number, end: number): boolean =>
  isCodeGlueUnit(text.charCodeAt(start - 1)) || isCodeGlueUnit(text.charCodeAt(end));

/** An ASCII letter, either case: one comparison, since the lower-case offset of anything else is not below 26. */
export const isAsciiLetterUnit = (unit: number): boolean => ((unit | 0x20) - 0x61) >>> 0 < 26;

export const isAsciiCapitalUnit = (unit: number): boolean => unit >= 0x41 && unit <= 0x5a;

/** ".", "?" or "!": the marks that end a sentence. */
export const isSentenceStopUnit = (unit: number): boolean => unit === 0x2e || unit === 0x3f || unit === 0x21;

/** The marks that end a sentence in the common scripts: ASCII's, Arabic ؟ and ۔, the dandas, CJK 。？！. */
export const isScriptSentenceStopUnit = (unit: number): boolean =>
  isSentenceStopUnit(unit) ||
  unit === 0x61f ||
  unit === 0x6d4 ||
  unit === 0x964 ||
  unit === 0x965 ||
  unit === 0x3002 ||
  unit === 0xff1f ||
  unit === 0xff01;

/** a, e, i, o, u in either case (ASCII only). */
export const isAsciiVowelUnit = (unit: number): boolean => {
  const lower = unit | 0x20;
  return lower === 0x61 || lower === 0x65 || lower === 0x69 || lower === 0x6f || lower === 0x75;
};

/**
 * A UTF-16 unit that is a letter of any script or a mark belonging to one (surrogates are not:
 * the scanners that ask look at words written in the common scripts).
 */
export const isLetterUnit = (unit: number): boolean =>
  unit < 0x80 ? (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) : unit < 0xd800 && (charFlags(unit) & (LETTER | MARK)) !== 0;

/** Hangul vowel/final jamo compose with the syllable before them, so they stay in its cluster. */
export const isClusterContinuation = (cp: number): boolean =>
  cp >= 0x300 && ((cp >= 0x1160 && cp <= 0x11ff) || (charFlags(cp) & MARK) !== 0);

/**
 * A Latin, Greek or Cyrillic letter, or a digit: the characters between which an invisible
 * character is never orthography (unlike ZWJ/ZWNJ in Persian or Indic scripts, or ZWSP in Thai).
 */
export const isAlphabetOrDigit = (cp: number): boolean => {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
  return (charFlags(cp) & (LATIN | GREEK | CYRILLIC | DIGIT)) !== 0;
};
