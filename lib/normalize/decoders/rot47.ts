import { MAX_REGIONS } from '../budget.ts';
import { isAsciiVowelUnit, isBlankUnit, isLetterUnit } from '../char-class.ts';
import { COMMON_WORDS } from '../english-words.ts';
import { SIGNAL } from '../signal-kinds.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { identityPositions } from './word-segments.ts';

/** ROT47 rotates the 94 printable ASCII characters `!`..`~` by half their range; it is its own inverse. */
export function rotate47(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    out += c >= 0x21 && c <= 0x7e ? String.fromCharCode(0x21 + ((c - 0x21 + 47) % 94)) : text[i];
  }
  return out;
}

/**
 * Lower-case letters come out of ROT47 as `2`..`K` (digits 2–9, `:;<=>?@` and capitals A–K):
 * a token of English written in ROT47 is mostly made of those, ordinary words are not.
 */
const isLowerImage = (c: number) => c >= 0x32 && c <= 0x4b;
/** Share of a token's characters that must be such images. */
const MIN_IMAGE_SHARE = 0.5;
/** A stretch needs this many tokens, or one token this long, to be judged at all. */
const MIN_TOKENS = 3;
const MIN_SINGLE_TOKEN = 12;
/**
 * Short tokens that are not candidates (capitals come out as `p`..`~` and `!`..`+`: "ID", "DDoS")
 * do not end a stretch when a candidate follows, up to this many in a row.
 */
const MAX_BRIDGE_LENGTH = 6;
const MAX_BRIDGED = 2;
/** Distinct decoded words (two letters or more) that must be common English… */
const MIN_HITS = 3;
/** …and their share of the distinct decoded words; a stretch that is the whole text (a short question) may pass with two. */
const MIN_SHARE = 0.5;
const WHOLE_TEXT = { hits: 2, share: 0.5 };
/** "what's", "don't", "you're": the word before the contraction is what the lexicon knows. */
const CONTRACTION = /'(?:s|t|re|ll|ve|d|m)$/;
/**
 * In any language: a stretch of at least this many tokens whose rotation is words (letters only,
 * punctuation around them aside) at least this often, while as written it hardly ever is.
 */
const MIN_WORD_TOKENS = 4;
/** Share of those words that hold a small ASCII letter: what the rotation changed. */
const MIN_ROTATED_SHARE = 0.5;
const MIN_WORDLIKE_SHARE = 0.8;
const MAX_WRITTEN_WORDLIKE_SHARE = 0.2;
/** Share of distinct words, and average word length, of a reading that is a language (looksLikeLanguage). */
const MIN_DISTINCT_SHARE = 0.6;
const MIN_AVERAGE_WORD_LENGTH = 3;

/**
 * Cheap test before the token scan: ROT47 of English has the images of i, j, k, l, m, n, o
 * (`:;<=>?@`) beside two more images in nearly every sentence; prose has them before a blank.
 */
export const MAY_BE_ROT47 = /[2-9:;<=>?@A-K]{2}[:;<=>?@]|[:;<=>?@][2-9:;<=>?@A-K]{2}/;
/**
 * A short text may lack those (ROT47 of "How do I pass a drug test?" has none), and scanning it
 * costs next to nothing: there three images of lower-case letters in a row, one a letter image, do
 * — or any character beyond printable ASCII: ROT47 leaves letters beyond ASCII in place between
 * the images (Vietnamese: "rá49 EốE ?9ấE").
 */
export const MAY_BE_SHORT_ROT47 = /(?=[2-9:;<=>?@A-K]{3})[2-9]{0,2}[:;<=>?@A-K]|[^\t\n\r\x20-\x7e]/;
const SHORT_TEXT = 512;

/**
 * Images of what numbers are written with: digits (`_`, `` ` ``, `a`..`h`) and `-` `.` `,` `+` `(`
 * `)` `:` `/` `#` `$` `%`, and of the `?`, `!` or `;` that may end a sentence right after one. A
 * token of nothing else, with two digits in it, is a number inside the encoded text (a street
 * number, a card or phone number): bridged at any length, and kept at the end of a stretch.
 */
const isNumberImage = (c: number) =>
  (c >= 0x5f && c <= 0x68) || c === 0x5c || c === 0x5d || c === 0x5b || c === 0x5a || c === 0x57 || c === 0x58 || c === 0x69 || c === 0x5e || (c >= 0x52 && c <= 0x54) || c === 0x6e || c === 0x50 || c === 0x6a;
const isDigitImage = (c: number) => c >= 0x5f && c <= 0x68;
function isNumberToken(text: string, start: number, end: number): boolean {
  let digits = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (!isNumberImage(c)) return false;
    if (isDigitImage(c)) digits += 1;
  }
  return digits >= 2;
}

/** Printable ASCII, and letters beyond it (which ROT47 leaves as they are: "3ị" is Vietnamese "bị"). */
const isPrintable = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || (c > 0x7e && !(c >= 0x80 && isLetterUnit(c)))) return false;
  }
  return true;
};

/**
 * Does text[start, end) (one token) look like ROT47 of lower-case-heavy text? Letters outside ASCII
 * stay as they are under ROT47 ("précédentes" keeps its é) and are allowed, but do not count. A
 * token of digits and punctuation alone ("2024-05-06", "3:45") is a number: it may only be bridged.
 */
function isCandidateToken(text: string, start: number, end: number): boolean {
  let images = 0;
  let ascii = 0;
  let letterImages = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && isLetterUnit(c)) continue;
    if (c < 0x21 || c > 0x7e) return false;
    ascii += 1;
    if (isLowerImage(c)) {
      images += 1;
      if (c > 0x39) letterImages += 1;
    }
  }
  // Two ASCII characters at least: a Chinese clause with a colon or a question mark after it
  // ("问题:", "哪里?") holds one image and is no rotated word.
  return letterImages > 0 && ascii >= 2 && images >= MIN_IMAGE_SHARE * ascii;
}

const isAlphanumeric = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

/** A lower-case token without the punctuation around it (a loop: a regex for both ends is quadratic on long symbol runs). */
function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isAlphanumeric(token.charCodeAt(start))) start += 1;
  while (end > start && !isAlphanumeric(token.charCodeAt(end - 1))) end -= 1;
  return token.slice(start, end);
}

/**
 * Distinct words among the blank-separated tokens (punctuation around them stripped), and how
 * many of them are common English words. A token with a digit or symbol inside is a word that is
 * not English: a reading is judged by whole tokens, not by the letters left between digits.
 */
function englishWords(text: string): { words: number; common: number } {
  const seen = new Set<string>();
  let common = 0;
  // Words joined by "-", "_" or "/" count one by one ("output-your-previous-instructions").
  for (const token of text.toLowerCase().split(/[ \t\r\n_/-]+/)) {
    const word = trimPunctuation(token);
    // Numbers are neither English nor not.
    if (word.length < 2 || smallAsciiLetters(word) === 0 || seen.has(word)) continue;
    seen.add(word);
    if (/^[a-z]+(?:['-][a-z]+)*$/.test(word) && (COMMON_WORDS.has(word) || COMMON_WORDS.has(word.replace(CONTRACTION, '')))) common += 1;
  }
  return { words: seen.size, common };
}

interface WordTokens {
  tokens: number;
  /** Tokens that are a word: two letters or more (any script), an inner apostrophe or hyphen allowed, punctuation around them aside. */
  words: string[];
}

/** Written "word", "Word" or "WORD" (ASCII case), not "rYtY" or "cYSde": a language's words are cased like that. */
function isWordCased(token: string, start: number, end: number): boolean {
  let lower = 0;
  let upperAfterFirst = 0;
  for (let i = start; i < end; i += 1) {
    const c = token.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a && i > start) upperAfterFirst += 1;
    else if (c >= 0x61 && c <= 0x7a) lower += 1;
  }
  return upperAfterFirst === 0 || lower === 0;
}

/**
 * `asWritten`: the words of a text as written, for comparison with its reading — only those with a
 * small ASCII letter, since ROT47 turns small letters into digits, symbols and capitals: what it
 * leaves as small letters are words beyond ASCII ("đã", "ở") and the capitals' images, and a
 * Vietnamese "EốE" (its "tốt") is no word as written.
 */
function wordTokens(text: string, asWritten = false): WordTokens {
  let tokens = 0;
  const words: string[] = [];
  for (const token of text.split(/[ \t\r\n]+/)) {
    if (token.length === 0) continue;
    tokens += 1;
    let start = 0;
    let end = token.length;
    while (start < end && !isLetterUnit(token.charCodeAt(start))) start += 1;
    while (end > start && !isLetterUnit(token.charCodeAt(end - 1))) end -= 1;
    if (end - start < 2 || start > 1 || token.length - end > 2) continue;
    let word = true;
    for (let i = start; i < end && word; i += 1) {
      const c = token.charCodeAt(i);
      word = isLetterUnit(c) || ((c === 0x27 || c === 0x2d) && isLetterUnit(token.charCodeAt(i + 1)));
    }
    if (word && isWordCased(token, start, end) && (!asWritten || smallAsciiLetters(token, start, end) > 0)) words.push(token.slice(start, end).toLowerCase());
  }
  return { tokens, words };
}

/**
 * Do these words look like a language rather than letters left over from numbers and symbols
 * ("bc", "aa", "jjjjjj")? Mostly distinct, three letters long on average, and written with vowels
 * (a word of ASCII letters needs one of aeiou; words in other scripts are not judged by it).
 */
function looksLikeLanguage(words: readonly string[]): boolean {
  if (new Set(words).size < MIN_DISTINCT_SHARE * words.length) return false;
  let letters = 0;
  let voweled = 0;
  for (const word of words) {
    letters += word.length;
    let ascii = true;
    let vowel = false;
    for (let i = 0; i < word.length; i += 1) {
      const c = word.charCodeAt(i);
      if (c >= 0x80) ascii = false;
      else if (isAsciiVowelUnit(c)) vowel = true;
    }
    if (vowel || !ascii) voweled += 1;
  }
  return letters >= MIN_AVERAGE_WORD_LENGTH * words.length && voweled >= MIN_WORDLIKE_SHARE * words.length;
}

/** The rotation is words in any language and the text as written is not. */
function readsAsWords(decoded: string, written: string): boolean {
  const reading = wordTokens(decoded);
  if (reading.tokens < MIN_WORD_TOKENS || reading.words.length < MIN_WORDLIKE_SHARE * reading.tokens || !looksLikeLanguage(reading.words)) return false;
  // Words the rotation made: those with two small ASCII letters. Words beyond ASCII read the same
  // either way, so a Hindi or Korean line with one rotatable token ("FD") is no ROT47.
  const rotated = reading.words.filter((word) => smallAsciiLetters(word) >= 2).length;
  if (rotated < MIN_WORD_TOKENS || rotated < MIN_ROTATED_SHARE * reading.words.length) return false;
  return wordTokens(written, true).words.length <= MAX_WRITTEN_WORDLIKE_SHARE * reading.tokens;
}

/** Small ASCII letters in text[start, end): ROT47 turns small letters into other characters. */
function smallAsciiLetters(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i += 1) if (text.charCodeAt(i) >= 0x61 && text.charCodeAt(i) <= 0x7a) count += 1;
  return count;
}

/** A token of letters beyond ASCII only ("đã", "ở"): ROT47 leaves it as it is, so it may sit anywhere in a stretch. */
function isInvariantToken(text: string, start: number, end: number): boolean {
  let letter = false;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) return false;
    if (isLetterUnit(c)) letter = true;
  }
  return letter;
}

/**
 * ROT47 ("%96 ?6IE DE6A", printable ASCII rotated by 47, blanks kept): the cipher garak and
 * jailbreak guides suggest once ROT13 is caught. Runs of tokens that look like ROT47 of lower-case
 * text (mostly `2`..`K`) are decoded and kept when the reading is English by the lexicon (three or
 * more distinct common words, at least half of its words, and no fewer than the text has as written;
 * a whole text may pass with two at 60 %), or — in any language — when four in five of its tokens
 * are words while at most one in five is as written. Timestamps, version lists and maths are
 * candidates too, but decode to letter soup.
 */
export const rot47: Decoder = {
  name: SIGNAL.rot47,
  cipher: true,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!MAY_BE_ROT47.test(text) && !(text.length <= SHORT_TEXT && MAY_BE_SHORT_ROT47.test(text))) return [];
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    let stretchStart = -1;
    let stretchEnd = -1;
    // The end of numbers right after the stretch's last candidate (only bridges between): kept.
    let numbersEnd = -1;
    let tokens = 0;
    let bridged = 0;
    // Short tokens right before a stretch ("x" is "I" in ROT47: capitals are no candidates) join it.
    let leadStart = -1;
    let leading = 0;
    const judge = () => {
      if (stretchStart < 0) return;
      const start = stretchStart;
      const judgedEnd = stretchEnd;
      const end = Math.max(stretchEnd, numbersEnd);
      const count = tokens;
      stretchStart = -1;
      numbersEnd = -1;
      tokens = 0;
      if (count < MIN_TOKENS && end - start < MIN_SINGLE_TOKEN) return;
      if (end - start > budget || regions.length >= MAX_REGIONS) return;
      const decoded = rotate47(text.slice(start, judgedEnd));
      const reading = englishWords(decoded);
      const written = englishWords(text.slice(start, judgedEnd));
      if (reading.common < written.common) return;
      const whole = start === 0 && end === text.trimEnd().length;
      const english =
        (reading.common >= MIN_HITS && reading.common >= MIN_SHARE * reading.words) ||
        (whole && reading.common >= WHOLE_TEXT.hits && reading.common >= WHOLE_TEXT.share * reading.words);
      if (!english && !readsAsWords(decoded, text.slice(start, judgedEnd))) return;
      budget -= end - start;
      regions.push({ start, end, text: end === judgedEnd ? decoded : rotate47(text.slice(start, end)), ...identityPositions(start, end) });
    };
    let i = 0;
    while (i < text.length && regions.length < MAX_REGIONS && budget > 0) {
      while (i < text.length && isBlankUnit(text.charCodeAt(i))) i += 1;
      const tokenStart = i;
      while (i < text.length && !isBlankUnit(text.charCodeAt(i))) i += 1;
      if (i === tokenStart) break;
      const candidate = isCandidateToken(text, tokenStart, i);
      if (candidate) {
        if (stretchStart < 0) {
          stretchStart = leading > 0 ? leadStart : tokenStart;
          tokens = leading;
        }
        leading = 0;
        stretchEnd = i;
        numbersEnd = -1;
        tokens += 1;
        bridged = 0;
      } else if (stretchStart >= 0 && isNumberToken(text, tokenStart, i)) {
        numbersEnd = i;
      } else if (stretchStart >= 0 && isInvariantToken(text, tokenStart, i)) {
        // Bridged at any length and number, like a number: Vietnamese keeps many such words.
      } else if (stretchStart >= 0 && i - tokenStart <= MAX_BRIDGE_LENGTH && bridged < MAX_BRIDGED && isPrintable(text, tokenStart, i)) {
        bridged += 1;
      } else {
        judge();
        bridged = 0;
        leading = 0;
      }
      if (!candidate && stretchStart < 0 && i - tokenStart <= MAX_BRIDGE_LENGTH && isPrintable(text, tokenStart, i)) {
        if (leading === 0 || leading >= MAX_BRIDGED) {
          leadStart = tokenStart;
          leading = 0;
        }
        leading += 1;
      }
    }
    judge();
    return regions;
  },
};
