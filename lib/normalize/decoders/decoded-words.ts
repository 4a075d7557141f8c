/**
 * Does a decoded text read as words? The test shared by the decoders that turn numbers into
 * letters (char-codes, letter-numbers): such numbers are far more often data, whose decoding spells
 * letters and symbols at random.
 */
import { charFlags, isAsciiCapitalUnit, isAsciiLetterUnit, LETTER, MARK } from '../char-class.ts';
import { COMMON_WORDS } from '../english-words.ts';
import { describeText, isPlausibleText } from '../text-shape.ts';
import { average, scorePairs } from './letter-bigrams.ts';

const isBlank = (unit: number) => unit === 0x20 || unit === 0x09;
const isLineBreak = (unit: number) => unit === 0x0a || unit === 0x0d;

/**
 * Letter pairs of a decoded text with spaces (English log-probabilities, letter-bigrams.ts) and the
 * share of its ASCII words that are common English words. Dev data: 99 % of English rows average
 * at least −2.83 with at least 43 % common words; short questions ("why do korean boys look like
 * girls?") score down to −3.1 but have more common words. Random lists of letter codes with
 * spaces pass all the tests below a few times in 100,000 (each test alone about once in a hundred
 * when short).
 */
const ENGLISH_PAIR_FLOOR = -3.0;
const ENGLISH_WORD_SHARE = 0.4;
const PLAIN_ENGLISH_PAIR_FLOOR = -3.3;
const PLAIN_ENGLISH_WORD_SHARE = 0.5;
/** Fewest letter pairs the English test needs: fewer say nothing. */
const MIN_ENGLISH_PAIRS = 10;
/**
 * A short question ("What is a bomb?", "How do I pick a lock?") has fewer pairs: it passes with
 * this many when three in four of its words are common English words.
 */
const MIN_SHORT_ENGLISH_PAIRS = 6;
const SHORT_ENGLISH_WORD_SHARE = 0.75;
/**
 * Without common English words, letter pairs alone must be this good over this many pairs: most
 * Spanish, French, German and Italian rows of the dev data average above −3.1 (Swahili and Javanese
 * about half), random letters of that length less than once in 100,000.
 */
const LATIN_PAIR_FLOOR = -3.1;
const MIN_LATIN_PAIRS = 24;
/** Share of a text's letters outside ASCII that must belong to one script (Cyrillic, Greek, Han…). */
const ONE_SCRIPT_SHARE = 0.8;
/**
 * Share of words of three letters or more written "word", "Word" or "WORD" rather than "wOrD"; one
 * such word is always allowed ("iPhone", "OpenAI").
 */
const WORD_CASE_SHARE = 0.8;
/** Letters and digits among what is not blank, for a decoded text to be words rather than symbols. */
const MIN_ALPHANUMERIC_SHARE = 0.6;
/**
 * Characters of two to four bytes that a list of byte values must spell, without a single UTF-8
 * error, to be read as text in any language by that alone ("84 225 186 161 105 …" is Vietnamese):
 * numbers that are data break UTF-8's lead-and-continuation structure within a few bytes (a quarter
 * of all byte values are continuation bytes, an error wherever no lead byte comes before them).
 */
const MIN_UTF8_CHARACTERS = 3;
/**
 * Scripts written without spaces between words besides Chinese and Japanese (Thai, Lao, Khmer,
 * Myanmar, Tibetan: U+0E00–U+109F, U+1780–U+17FF): a sentence has no gaps for the spaced-words test.
 */
const isUnspacedScript = (unit: number) => (unit >= 0x0e00 && unit <= 0x109f) || (unit >= 0x1780 && unit <= 0x17ff);
/**
 * Such a text needs this many letters of its script, spread over this much of its block: a sentence
 * uses consonants, vowel signs and tone marks from across the block (dev data: Thai sentences spread
 * over 60–70 code points), readings of one instrument or one price band stay in a corner of it.
 */
const MIN_UNSPACED_LETTERS = 4;
const MIN_UNSPACED_SPREAD = 48;
/**
 * The most frequent characters of Chinese and the Japanese particles. Chinese and Japanese are
 * written without spaces, so nothing marks word boundaries; instead a sentence leans on a few
 * function characters (的, 是, 不, の, を…), a quarter of running text. Numbers that merely fall
 * into the CJK block (ZIP codes, salaries, populations) give rare characters instead.
 */
const FUNCTION_CHARACTERS = new Set(
  '的一是不了人我在有他这中大来上个们到说和你要以所就也对为会可之请把没都而与其被将从那么什如何用出时能过后自己还' +
    'のはをにがでてたしともないするれまかよねこそあ',
);
/**
 * Function characters a Chinese or Japanese text needs, and at least one per this many of its
 * letters (dev data: three in four sentences of 6–30 characters have one per six, half one per four).
 */
const MIN_FUNCTION_CHARACTERS = 2;
const LETTERS_PER_FUNCTION_CHARACTER = 6;
/**
 * Least spread (largest minus smallest code) of the Han characters of a text: a sentence draws on
 * the whole CJK block (dev data: 99 % of Chinese and Japanese sentences of 6–30 characters spread
 * over 5000 or more), numbers from one range (the ZIP codes of a city, salaries of one band) on a
 * corner of it.
 */
const MIN_HAN_SPREAD = 4096;

// Script groups that span more than one 128-code-point block.
export const LATIN = -1;
export const HAN_AND_KANA = -2;
export const HANGUL = -3;
const ARABIC = -4;

/**
 * The script group of a non-ASCII letter: accented Latin (Latin-1 Supplement, Extended-A and -B,
 * Extended Additional: Vietnamese draws on all of them), Han and kana together, Hangul, Arabic,
 * else its 128-code-point block (Cyrillic, Greek, Hebrew, Devanagari…).
 */
export function scriptGroup(unit: number): number {
  if ((unit >= 0x80 && unit <= 0x24f) || (unit >= 0x1e00 && unit <= 0x1eff)) return LATIN;
  if ((unit >= 0x3040 && unit <= 0x30ff) || (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff)) return HAN_AND_KANA;
  if ((unit >= 0xac00 && unit <= 0xd7af) || (unit >= 0x1100 && unit <= 0x11ff) || (unit >= 0x3130 && unit <= 0x318f)) return HANGUL;
  if ((unit >= 0x0600 && unit <= 0x06ff) || (unit >= 0x0750 && unit <= 0x077f) || (unit >= 0xfb50 && unit <= 0xfeff)) return ARABIC;
  return unit >> 7;
}

const isHan = (unit: number) => (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);

/** Is the ASCII word text[from, to) written in one of the cases words come in: "word", "Word", "WORD"? */
function hasWordCase(text: string, from: number, to: number): boolean {
  let upperAfterFirst = 0;
  for (let k = from + 1; k < to; k += 1) if (isAsciiCapitalUnit(text.charCodeAt(k))) upperAfterFirst += 1;
  return upperAfterFirst === 0 || (upperAfterFirst === to - from - 1 && isAsciiCapitalUnit(text.charCodeAt(from)));
}

/** What readsAsWords counts in one pass over a decoded text. */
interface LetterCounts {
  asciiLetters: number;
  otherLetters: number;
  /** Runs of blanks between two other characters: gaps between words. */
  gaps: number;
  /** ASCII words (letter runs), and those that are common English words. */
  asciiWords: number;
  commonWords: number;
  /** ASCII words of three letters or more, and those in a case words come in. */
  longWords: number;
  casedWords: number;
  /** Non-ASCII letters in the largest script group, and which group that is. */
  largestGroup: number;
  largestGroupCount: number;
  han: number;
  hanLowest: number;
  hanHighest: number;
  functionCharacters: number;
  /** Letters (and marks) of those scripts (isUnspacedScript), and the lowest and highest of them. */
  unspaced: number;
  unspacedLowest: number;
  unspacedHighest: number;
  /** UTF-16 surrogates: astral characters (emoji, rare scripts). */
  astral: number;
}

function countLetters(text: string, length: number): LetterCounts {
  const counts: LetterCounts = {
    asciiLetters: 0,
    otherLetters: 0,
    gaps: 0,
    asciiWords: 0,
    commonWords: 0,
    longWords: 0,
    casedWords: 0,
    largestGroup: 0,
    largestGroupCount: 0,
    han: 0,
    hanLowest: 0xffff,
    hanHighest: 0,
    functionCharacters: 0,
    unspaced: 0,
    unspacedLowest: 0xffff,
    unspacedHighest: 0,
    astral: 0,
  };
  const groups = new Map<number, number>();
  let seenNonBlank = false;
  let blankAfterNonBlank = false;
  let asciiWordStart = -1;
  const closeAsciiWord = (end: number) => {
    if (asciiWordStart < 0) return;
    counts.asciiWords += 1;
    if (COMMON_WORDS.has(text.slice(asciiWordStart, end).toLowerCase())) counts.commonWords += 1;
    if (end - asciiWordStart >= 3) {
      counts.longWords += 1;
      if (hasWordCase(text, asciiWordStart, end)) counts.casedWords += 1;
    }
    asciiWordStart = -1;
  };
  for (let k = 0; k < length; k += 1) {
    const unit = text.charCodeAt(k);
    if (isAsciiLetterUnit(unit)) {
      if (asciiWordStart < 0) asciiWordStart = k;
    } else {
      closeAsciiWord(k);
    }
    if (isBlank(unit) || isLineBreak(unit)) {
      if (seenNonBlank) blankAfterNonBlank = true;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdfff) counts.astral += 1;
    const letter = isAsciiLetterUnit(unit) || (unit >= 0x80 && unit < 0xd800 && (charFlags(unit) & (LETTER | MARK)) !== 0);
    if (blankAfterNonBlank) counts.gaps += 1;
    blankAfterNonBlank = false;
    seenNonBlank = true;
    if (!letter) continue;
    if (unit < 0x80) {
      counts.asciiLetters += 1;
      continue;
    }
    counts.otherLetters += 1;
    if (isHan(unit)) {
      counts.han += 1;
      counts.hanLowest = Math.min(counts.hanLowest, unit);
      counts.hanHighest = Math.max(counts.hanHighest, unit);
    }
    if (FUNCTION_CHARACTERS.has(text[k]!)) counts.functionCharacters += 1;
    if (isUnspacedScript(unit)) {
      counts.unspaced += 1;
      counts.unspacedLowest = Math.min(counts.unspacedLowest, unit);
      counts.unspacedHighest = Math.max(counts.unspacedHighest, unit);
    }
    const group = scriptGroup(unit);
    const inGroup = (groups.get(group) ?? 0) + 1;
    groups.set(group, inGroup);
    if (inGroup > counts.largestGroupCount) [counts.largestGroup, counts.largestGroupCount] = [group, inGroup];
  }
  closeAsciiWord(length);
  return counts;
}

/**
 * Chinese or Japanese: Han characters from across the CJK block (kana alone is too small a block to
 * tell from numbers that fall into it), with the function characters a sentence cannot do without.
 */
function readsAsChineseOrJapanese(counts: LetterCounts): boolean {
  return (
    counts.largestGroup === HAN_AND_KANA &&
    counts.astral === 0 &&
    counts.han > 0 &&
    counts.hanHighest - counts.hanLowest >= MIN_HAN_SPREAD &&
    counts.functionCharacters >= MIN_FUNCTION_CHARACTERS &&
    counts.functionCharacters * LETTERS_PER_FUNCTION_CHARACTER >= counts.otherLetters
  );
}

/** Thai, Lao, Khmer, Myanmar or Tibetan without spaces: letters of that script from across its block. */
function readsAsUnspacedScript(counts: LetterCounts): boolean {
  return (
    isUnspacedScript(counts.largestGroup << 7) &&
    counts.unspaced >= MIN_UNSPACED_LETTERS &&
    counts.unspacedHighest - counts.unspacedLowest >= MIN_UNSPACED_SPREAD
  );
}

/**
 * Characters of `text` beyond ASCII, each counted once (a surrogate pair is one four-byte UTF-8
 * character): what a byte decoding that had no error spelt in multi-byte UTF-8 (readsAsWords).
 */
export function multiByteCharacters(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k += 1) {
    const unit = text.charCodeAt(k);
    if (unit >= 0x80 && !(unit >= 0xdc00 && unit <= 0xdfff)) count += 1;
  }
  return count;
}

/**
 * Does a decoded text read as words, not as numbers that happen to be character codes? Benign lists
 * (scores, prices, years, ports) decode to letters and symbols picked at random, without spaces or
 * with words no language has. Accepted:
 * - three words or more with blanks between them, mostly letters: Latin letters as English (pairs
 *   and common words) or, in longer texts, as a language with English-like letter pairs; other
 *   letters in one script;
 * - one or two words of ASCII letters, all common English words ("password", "Ignore all");
 * - Chinese or Japanese, spaces or none: see readsAsChineseOrJapanese; Thai, Lao, Khmer, Myanmar
 *   or Tibetan without spaces: readsAsUnspacedScript;
 * - bytes that spell MIN_UTF8_CHARACTERS multi-byte UTF-8 characters without an error, mostly
 *   letters in one script: any language written byte by byte (Vietnamese, Swahili with an accent).
 */
export function readsAsWords(text: string, utf8Characters: number): boolean {
  if (!isPlausibleText(text)) return false;
  const shape = describeText(text);
  const length = shape.length;
  const counts = countLetters(text, length);
  const nonBlank = length - Math.round(shape.spaceRatio * length);
  if (counts.otherLetters > 0 && counts.largestGroupCount < ONE_SCRIPT_SHARE * counts.otherLetters) return false;
  const miscased = counts.longWords - counts.casedWords;
  if (miscased > 1 && miscased > (1 - WORD_CASE_SHARE) * counts.longWords) return false;
  if (utf8Characters >= MIN_UTF8_CHARACTERS && counts.asciiLetters + counts.otherLetters >= MIN_ALPHANUMERIC_SHARE * nonBlank) return true;

  if (counts.gaps >= 2 && shape.words >= 3) {
    if (shape.alphanumericRatio < MIN_ALPHANUMERIC_SHARE) return false;
    // Cyrillic, Greek, Arabic, Hangul…: one script was checked above. Accented Latin letters
    // (U+0080–U+024F) are a minority of a Latin text, so those go through the letter pairs.
    if (counts.asciiLetters < counts.otherLetters && counts.largestGroup !== LATIN) {
      return counts.largestGroup !== HAN_AND_KANA || readsAsChineseOrJapanese(counts);
    }
    const pairs = scorePairs(text, 0, length);
    const pairAverage = average(pairs);
    const commonShare = counts.asciiWords === 0 ? 0 : counts.commonWords / counts.asciiWords;
    if (pairs.pairs >= MIN_ENGLISH_PAIRS) {
      if (pairAverage >= ENGLISH_PAIR_FLOOR && commonShare >= ENGLISH_WORD_SHARE) return true;
      if (pairAverage >= PLAIN_ENGLISH_PAIR_FLOOR && commonShare >= PLAIN_ENGLISH_WORD_SHARE) return true;
    } else if (pairs.pairs >= MIN_SHORT_ENGLISH_PAIRS && pairAverage >= PLAIN_ENGLISH_PAIR_FLOOR && commonShare >= SHORT_ENGLISH_WORD_SHARE) {
      return true;
    }
    return pairs.pairs >= MIN_LATIN_PAIRS && pairAverage >= LATIN_PAIR_FLOOR;
  }
  if (counts.otherLetters === 0) {
    // One or two words: nothing but letters and blanks, every word a common English one.
    return counts.asciiLetters === nonBlank && counts.asciiWords > 0 && counts.commonWords === counts.asciiWords;
  }
  return counts.otherLetters >= MIN_ALPHANUMERIC_SHARE * nonBlank && (readsAsChineseOrJapanese(counts) || readsAsUnspacedScript(counts));
}

