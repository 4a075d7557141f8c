import type { NormalizationSignal } from '../core/normalized-text.ts';
import { charFlags, CYRILLIC, GREEK, isAsciiLetterUnit, isAsciiVowelUnit, LATIN, LETTER, LOOKALIKE_SCRIPT, MARK } from './char-class.ts';
import { foldCharacter, isEnclosedLetter, isSmallCapital } from './confusables.ts';
import { ViewBuilder, type MappedView } from './offset-map.ts';
import { SIGNAL } from './signal-kinds.ts';
import { SpanCollector } from './span-collector.ts';

export interface SkeletonReading {
  /** Canonical text with look-alike and accented letters folded to the ASCII they imitate. */
  view: MappedView | undefined;
  /**
   * `homoglyph`: words that mix Latin with look-alike letters of another script, or with phonetic
   * small capitals; `styled-letters`: words written entirely in small capitals or in enclosed
   * letters (🅸🅶🅽🅾🆁🅴, 🇮🇬🇳…), which NFKC keeps; `accent-noise`: accents on most vowels of a
   * Latin-script text (`Ígnóré áll prévíóús`), a marking no language's spelling uses.
   */
  signals: NormalizationSignal[];
}

/** Latin letters that Cyrillic/Greek words can borrow unnoticed. */
const LATIN_LOOKALIKES = new Set([...'aceopxyABCEHKMOPTXY'].map((ch) => ch.charCodeAt(0)));

interface WordTally {
  start: number;
  latin: number;
  /** Latin letters that look like Cyrillic/Greek ones. */
  latinLookalike: number;
  /** Greek/Cyrillic/other-script letters. */
  foreign: number;
  /** Of those, the ones that fold to an ASCII letter. */
  foreignLookalike: number;
  /** Small capitals. */
  phonetic: number;
  /** Letters of scripts that do not look Latin (CJK, Arabic…): such a word is not a disguised Latin word. */
  other: number;
}

/** Enclosed letters in a row that make a styled word rather than an emoji flag. */
const MIN_ENCLOSED_RUN = 3;

const emptyTally = (start: number): WordTally => ({ start, latin: 0, latinLookalike: 0, foreign: 0, foreignLookalike: 0, phonetic: 0, other: 0 });

/** Mixed-script word: e.g. "pаypal" with a Cyrillic а, "Ѕystem" with a Cyrillic Ѕ, "Sʏsᴛᴇᴍ". */
function isHomoglyphWord(word: WordTally): boolean {
  if (word.other > 0) return false;
  const letters = word.latin + word.foreign;
  if (letters < 2) return false;
  if (word.latin > 0 && word.foreign > 0) {
    // The minority script must be the look-alike one: that is what a substitution produces.
    if (word.latin >= word.foreign) return word.foreignLookalike === word.foreign;
    return word.latinLookalike === word.latin;
  }
  return word.phonetic > 0 && word.latin > word.phonetic;
}

/**
 * Cheap pre-check over the non-ASCII characters only: without a character that folds to ASCII or a
 * letter of a look-alike script there is no skeleton to build and no mixed-script word. A plain
 * loop, not a regex: a match object per character of a CJK text costs more than the check.
 */
function hasLookalike(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) < 0x80) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i += 1;
    if (foldCharacter(cp) !== undefined || (charFlags(cp) & (GREEK | CYRILLIC | LOOKALIKE_SCRIPT)) !== 0) return true;
  }
  return false;
}

/** Letters (and marks, which belong to their letter) make up words; everything else ends one. */
function isWordUnit(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return isAsciiLetterUnit(unit);
  const flags = charFlags(text.codePointAt(i)!);
  return (flags & (LETTER | MARK)) !== 0;
}

/** Tallies the letters of the word text[start, end) by script. */
function tally(text: string, start: number, end: number): WordTally {
  const word = emptyTally(start);
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      if (isAsciiLetterUnit(cp)) {
        word.latin += 1;
        if (LATIN_LOOKALIKES.has(cp)) word.latinLookalike += 1;
      }
      continue;
    }
    const flags = charFlags(cp);
    if (!(flags & LETTER)) continue;
    if (flags & LATIN) {
      word.latin += 1;
      if (isSmallCapital(cp)) word.phonetic += 1;
    } else if (flags & (GREEK | CYRILLIC | LOOKALIKE_SCRIPT)) {
      word.foreign += 1;
      const folded = foldCharacter(cp);
      if (folded !== undefined && /^[A-Za-z]$/.test(folded)) word.foreignLookalike += 1;
    } else {
      // A letter of another script (CJK, Arabic…): not a Latin word with substitutions.
      word.other += 1;
    }
  }
  return word;
}

/**
 * The confusable skeleton (UTS #39 style, restricted to folds that land on ASCII) of the canonical
 * view, and the mixed-script words found on the way. Kept apart from the canonical view because
 * folding changes what secrets and PII detectors must see verbatim. Only the words around
 * non-ASCII characters are examined (a word of ASCII letters alone cannot mix scripts), and ASCII
 * runs are copied in bulk.
 */
export function buildSkeleton(canonical: MappedView): SkeletonReading {
  const text = canonical.text;
  if (!hasLookalike(text)) return { view: undefined, signals: [] };
  const length = text.length;
  const homoglyphs = new SpanCollector(SIGNAL.homoglyph);
  const styled = new SpanCollector(SIGNAL.styledLetters);
  /** Where characters fold (index, width in the canonical text, folded text), in order. */
  const folds: Array<{ at: number; width: number; folded: string }> = [];
  let sameLength = true;
  /** End of the last word examined, so each word is tallied once. */
  let examinedTo = -1;
  /** The current run of enclosed letters (🅸🅶🅽…, 🇮🇬🇳…): where it starts and how many letters. */
  let enclosedStart = -1;
  let enclosedCount = 0;
  const endEnclosedRun = (end: number) => {
    // Three or more: a word, not one emoji flag (two regional indicators).
    if (enclosedCount >= MIN_ENCLOSED_RUN) {
      const range = canonical.toOriginal(enclosedStart, end);
      styled.add(range.start, range.end, enclosedCount);
    }
    enclosedStart = -1;
    enclosedCount = 0;
  };

  for (let i = 0; i < length; i += 1) {
    if (text.charCodeAt(i) < 0x80) {
      if (enclosedStart >= 0) endEnclosedRun(i);
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isEnclosedLetter(cp)) {
      if (enclosedStart < 0) enclosedStart = i;
      enclosedCount += 1;
    } else if (enclosedStart >= 0) endEnclosedRun(i);
    // Only a word with a letter of a look-alike script or a small capital can mix scripts or be
    // styled, so only those are tallied (accented Latin words are only folded).
    if (i >= examinedTo && (charFlags(cp) & (GREEK | CYRILLIC | LOOKALIKE_SCRIPT) || isSmallCapital(cp))) {
      let start = i;
      while (start > 0 && isWordUnit(text, start - 1)) start -= 1;
      let end = i + width;
      while (end < length && isWordUnit(text, end)) end += 1;
      examinedTo = end;
      const word = tally(text, start, end);
      if (isHomoglyphWord(word)) {
        const range = canonical.toOriginal(start, end);
        homoglyphs.add(range.start, range.end);
      } else if (word.other === 0 && word.phonetic >= 2 && word.phonetic === word.latin + word.foreign) {
        const range = canonical.toOriginal(start, end);
        styled.add(range.start, range.end, word.phonetic);
      }
    }
    const folded = foldCharacter(cp);
    if (folded !== undefined) {
      folds.push({ at: i, width, folded });
      if (folded.length !== width) sameLength = false;
    }
    i += width - 1;
  }
  if (enclosedStart >= 0) endEnclosedRun(length);
  const signals = [homoglyphs.signal(), styled.signal(), accentNoise(canonical, folds)].filter((signal) => signal !== undefined);
  if (folds.length === 0) return { view: undefined, signals };
  return { view: skeletonView(canonical, folds, sameLength), signals };
}

/** Accented vowels a text needs before its accents can be called noise. */
const MIN_NOISE_ACCENTS = 4;
/**
 * Share of a text's vowels that carry an accent beyond which the accents are noise. Written
 * languages stay far below: on the dev data French, Spanish, German, Portuguese and Turkish rows
 * reach at most 0.24, though a short phrase of loanwords reaches 0.54 ("Crème brûlée, naïve café,
 * résumé"); only Vietnamese (excluded below by its own letters) and tone-marked pinyin (read
 * without tones, which is harmless) go higher. Accent noise marks every vowel (0.9 and up).
 */
const NOISE_ACCENT_SHARE = 0.7;

/** a, e, i, o, u and y, either case (accent noise puts accents on y too: ý, ÿ). */
const isAsciiVowel = (unit: number): boolean => isAsciiVowelUnit(unit) || (unit | 0x20) === 0x79;

/** A vowel with an accent NFD takes off (`é` is `e` + U+0301); small capitals and styled letters are no accented vowels. */
const isAccentedVowel = (cp: number): boolean => {
  const decomposed = String.fromCodePoint(cp).normalize('NFD');
  return decomposed.length > 1 && isAsciiVowel(decomposed.charCodeAt(0));
};

/**
 * Letters that only a language's spelling makes (Vietnamese ă ơ ư đ and its tones under and over
 * them; Yoruba ẹ ọ ṣ), never an accent put on an English letter: a text with one is not noise.
 */
const isOrthographicLetter = (cp: number): boolean =>
  (cp >= 0x1e00 && cp <= 0x1eff) || cp === 0x102 || cp === 0x103 || cp === 0x110 || cp === 0x111 || cp === 0x1a0 || cp === 0x1a1 || cp === 0x1af || cp === 0x1b0;

/**
 * `accent-noise` when most vowels carry an accent (PyRIT's DiacriticConverter puts
 * one on every vowel; `Ígnóré áll prévíóús ínstrúctíóns` is read as English by people and models
 * alike, but no word rule or n-gram matches it). The span runs from the first accented vowel to the last.
 */
function accentNoise(canonical: MappedView, folds: ReadonlyArray<{ at: number; width: number; folded: string }>): NormalizationSignal | undefined {
  if (folds.length < MIN_NOISE_ACCENTS) return undefined;
  const text = canonical.text;
  let accented = 0;
  let first = -1;
  let last = -1;
  for (const { at, width } of folds) {
    const cp = text.codePointAt(at)!;
    if (isOrthographicLetter(cp)) return undefined;
    // In a word with an ASCII letter: mojibake (`Ã©`, `å¤§`) puts accented letters among symbols.
    if (!isAccentedVowel(cp) || !(isAsciiLetterUnit(text.charCodeAt(at - 1)) || isAsciiLetterUnit(text.charCodeAt(at + width)))) continue;
    accented += 1;
    if (first < 0) first = at;
    last = at + width;
  }
  if (accented < MIN_NOISE_ACCENTS) return undefined;
  let plain = 0;
  for (let i = 0; i < text.length; i += 1) if (isAsciiVowel(text.charCodeAt(i))) plain += 1;
  if (accented < NOISE_ACCENT_SHARE * (accented + plain)) return undefined;
  const range = canonical.toOriginal(first, last);
  return { kind: SIGNAL.accentNoise, count: accented, spans: [range] };
}

/**
 * The canonical text with the folds applied. Letter-for-letter folds (the common case: accents,
 * Cyrillic and Greek look-alikes) keep every offset, so the view shares the canonical view's map;
 * folds that change the length (a ligature-like letter to two, an astral letter to one) get a map
 * of their own.
 */
function skeletonView(canonical: MappedView, folds: ReadonlyArray<{ at: number; width: number; folded: string }>, sameLength: boolean): MappedView {
  const text = canonical.text;
  if (sameLength) {
    const pieces: string[] = [];
    let cursor = 0;
    for (const { at, width, folded } of folds) {
      pieces.push(text.slice(cursor, at), folded);
      cursor = at + width;
    }
    pieces.push(text.slice(cursor));
    return canonical.withText('skeleton', pieces.join(''), folds.map(({ at, width }) => ({ start: at, end: at + width })));
  }
  const builder = new ViewBuilder(text.length);
  let cursor = 0;
  for (const { at, width, folded } of folds) {
    builder.appendFrom(canonical, cursor, at);
    const range = canonical.toOriginal(at, at + width);
    builder.append(folded, range.start, range.end);
    cursor = at + width;
  }
  builder.appendFrom(canonical, cursor, text.length);
  return builder.build('skeleton', 0, canonical.originalLength);
}
