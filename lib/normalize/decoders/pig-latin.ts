import { MAX_REGIONS } from '../budget.ts';
import { COMMON_WORDS, isKnownWord } from '../english-words.ts';
import { SIGNAL } from '../signal-kinds.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';
import { average, scorePairs } from './letter-bigrams.ts';
import { isOneWayPair } from './word-pairs.ts';

/** A line is read when this many of its words end in "ay"… */
const MIN_PIG_WORDS = 4;
/** …they are at least this share of its words… */
const MIN_PIG_SHARE = 0.6;
/** …and at least this share of them come back as common English words (more than as written). */
const MIN_COMMON_SHARE = 0.5;
/**
 * In any language: a line where this share of the words end in "ay", mostly distinct, is Pig Latin
 * by its shape alone (Swahili, Javanese, Italian… read back with the lexicon's help only where it
 * has some). Train split: 0 of 47,839 benign rows have such a line, 15,291 of the 18,733 attack
 * rows written in Pig Latin do; an English line of "today", "away", "play" is held back by its
 * common words as written.
 */
const MIN_SHAPE_SHARE = 0.8;
const MIN_DISTINCT_SHARE = 0.6;
/** Longest consonant cluster moved to the end ("str" in "ingstray"; see ONSETS). */
const MAX_CLUSTER = 3;

/** Consonant clusters an English word can start with (two letters or more). */
const ONSETS: ReadonlySet<string> = new Set(
  'bl br ch chr cl cr dr dw fl fr gh gl gn gr kl kn kr ph phr pl pr ps qu sc sch scr sh shr sk sl sm sn sp sph spl spr squ st str sw th thr tr tw wh wr'.split(' '),
);

const isVowel = (ch: string) => ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';

/** `reading` capitalised when `word` is. */
const withCaseOf = (word: string, reading: string): string =>
  word[0]! >= 'A' && word[0]! <= 'Z' && reading.length > 0 ? reading[0]!.toUpperCase() + reading.slice(1) : reading;

/** The reading whose letter pairs are the most English on average (letter-bigrams.ts). */
function mostEnglish(readings: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const reading of readings) {
    const score = average(scorePairs(reading, 0, reading.length));
    if (score > bestScore) [best, bestScore] = [reading, score];
  }
  return best;
}

/** Endings of English inflections and of adverbs ("spreads", "hacked", "stealing", "quickly"). */
const INFLECTION = /(?:s|es|ed|ing|ly)$/;

/** Words of ASCII letters, one inner hyphen allowed ("evious-pray"): a linear pattern. */
const WORD = /[A-Za-z]+(?:-[A-Za-z]+)?/g;

/**
 * The English word a Pig Latin word stands for, or undefined when it is none. Pig Latin moves a
 * word's first consonants to its end and adds "ay" ("previous" → "eviouspray"), and adds "way",
 * "yay", "hay" or "ay" to a word that starts with a vowel ("all" → "allway"). Which letters moved
 * cannot be told from the word alone ("owhay" is "how" or "who"), so readings are tried against the
 * lexicon in order of how often they are right; a word no reading of which is common is read the
 * way whose letter pairs are most English ("lock", not "cklo").
 */
export function unpig(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3 || !lower.endsWith('ay')) return undefined;
  const hyphen = lower.indexOf('-');
  if (hyphen > 0) {
    const moved = lower.slice(hyphen + 1, -2);
    // Two Pig Latin words joined by a hyphen ("elfsay-awareway" is "self-aware"): each read alone.
    if (moved.length > MAX_CLUSTER || [...moved].some(isVowel)) {
      const first = unpig(word.slice(0, hyphen));
      const second = unpig(word.slice(hyphen + 1));
      return first === undefined || second === undefined ? undefined : `${first}-${second}`;
    }
    // The hyphenated spelling says what moved: "evious-pray" (pr), "all-way" (nothing).
    const reading = moved === '' || moved === 'w' || moved === 'y' || moved === 'h' ? lower.slice(0, hyphen) : moved + lower.slice(0, hyphen);
    return withCaseOf(word, reading);
  }
  const stem = lower.slice(0, -2);
  if (stem.length === 0) return undefined;
  const vowelFirst = isVowel(stem[0]!);
  const last = stem[stem.length - 1]!;
  // "-way" after a word that starts with a vowel is the commonest convention ("allway" is "all", not "wall").
  const way = vowelFirst && last === 'w' && stem.length > 1 ? stem.slice(0, -1) : undefined;
  // Consonants moved to the end, one first: single consonants start far more words than clusters.
  const moved: string[] = [];
  for (let k = 1; k <= MAX_CLUSTER && k < stem.length; k += 1) {
    const cluster = stem.slice(-k);
    if ([...cluster].some((ch) => isVowel(ch) && !(ch === 'u' && cluster.startsWith('qu')))) break;
    // Only clusters English words can start with: "ockl" is "l|ock", never "ckl|o".
    if (k === 1 || ONSETS.has(cluster)) moved.push(cluster + stem.slice(0, -k));
  }
  // The other vowel conventions: "yay", "hay", or "ay" alone.
  const kept = vowelFirst ? [...((last === 'y' || last === 'h') && stem.length > 1 ? [stem.slice(0, -1)] : []), stem] : [];
  const common = (readings: readonly string[]) => readings.find((reading) => COMMON_WORDS.has(reading));
  // The lexicon has the base forms of many words only: "spreads" is "spread" with an ending.
  const inflected = (readings: readonly string[]) => readings.find((reading) => COMMON_WORDS.has(reading.replace(INFLECTION, '')));
  const found =
    (way !== undefined && COMMON_WORDS.has(way) ? way : undefined) ??
    common(moved) ??
    common(kept) ??
    inflected(moved) ??
    inflected(kept) ??
    // Then the wider vocabulary ("eroinhay" is "heroin", a word the common lexicon lacks).
    moved.find(isKnownWord) ??
    kept.find(isKnownWord) ??
    way ??
    (moved.length > 0 ? mostEnglish(moved) : mostEnglish(kept));
  return found === undefined ? undefined : withCaseOf(word, found);
}


/** Occurrences of "ay" at the end of a word, counted natively: most texts have too few to look further. */
function wordEndingsInAy(text: string): number {
  let count = 0;
  for (let at = text.indexOf('ay'); at >= 0 && count < MIN_PIG_WORDS; at = text.indexOf('ay', at + 2)) {
    const next = text.charCodeAt(at + 2);
    if (!((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a)) count += 1;
  }
  return count;
}

/**
 * The reading of a word that Pig Latin writes the same two ways, chosen by the word before it:
 * "asway" is "as" with "-way" or "was" with its "w" moved, and "Owhay asway" is "How was", an
 * English word pair (word-pairs.ts), where "how as" is none. Other words keep unpig's reading.
 */
function inContext(word: string, reading: string, previous: string): string {
  if (reading.length !== word.length - 3 || !/way$/i.test(word)) return reading;
  const moved = `w${reading.toLowerCase()}`;
  const before = previous.toLowerCase();
  return COMMON_WORDS.has(moved) && isOneWayPair(before, moved) && !isOneWayPair(before, reading.toLowerCase()) ? withCaseOf(word, moved) : reading;
}

/** The Pig Latin reading of text[start, end) (one line), or undefined when the line is not Pig Latin. */
function readLine(text: string, start: number, end: number): DecodedRegion | undefined {
  const line = text.slice(start, end);
  let words = 0;
  let pig = 0;
  let decodedCommon = 0;
  let writtenCommon = 0;
  const distinct = new Set<string>();
  const pieces: Array<{ from: number; to: number; reading: string }> = [];
  for (const match of line.matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2) continue;
    words += 1;
    const reading = unpig(word);
    if (reading === undefined) continue;
    pig += 1;
    if (COMMON_WORDS.has(reading.toLowerCase())) decodedCommon += 1;
    if (COMMON_WORDS.has(word.toLowerCase())) writtenCommon += 1;
    distinct.add(word.toLowerCase());
    pieces.push({ from: match.index, to: match.index + word.length, reading });
  }
  if (pig < MIN_PIG_WORDS || pig < MIN_PIG_SHARE * words) return undefined;
  const english = decodedCommon >= MIN_COMMON_SHARE * pig && decodedCommon > writtenCommon;
  const byShape = pig >= MIN_SHAPE_SHARE * words && distinct.size >= MIN_DISTINCT_SHARE * pig && decodedCommon >= writtenCommon;
  if (!english && !byShape) return undefined;
  // Only now, for a line that is Pig Latin: the choice by the word before (readLine runs on every line).
  for (let k = 1; k < pieces.length; k += 1) {
    const piece = pieces[k]!;
    piece.reading = inContext(line.slice(piece.from, piece.to), piece.reading, pieces[k - 1]!.reading);
  }
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k += 1) {
      starts.push(start + k);
      ends.push(start + k + 1);
    }
    out += line.slice(from, to);
  };
  for (const piece of pieces) {
    copy(cursor, piece.from);
    // The letters of a word are moved about: each maps to the whole word.
    for (let k = 0; k < piece.reading.length; k += 1) {
      starts.push(start + piece.from);
      ends.push(start + piece.to);
    }
    out += piece.reading;
    cursor = piece.to;
  }
  copy(cursor, line.length);
  return { start, end, text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends), reordered: true };
}

/**
 * Pig Latin ("Ignoreway allway eviouspray instructionsway"), a language game jailbreaks use to
 * slip requests past word filters. A line is read when four or more of its words end in "ay",
 * three in five of its words, and half of those read back as common English words — more than
 * read so as written ("today", "away", "play" are English; a line of them is not Pig Latin) — or,
 * in any language, when four in five of its words end in "ay", mostly distinct ones, and no fewer
 * read back as common English words than as written.
 */
export const pigLatin: Decoder = {
  name: SIGNAL.pigLatin,
  cipher: true,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (wordEndingsInAy(text) < MIN_PIG_WORDS) return [];
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    for (let start = 0; start < text.length && regions.length < MAX_REGIONS; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const region = end - start >= 8 ? readLine(text, start, end) : undefined;
      if (region) {
        if (region.text.length > budget) break;
        budget -= region.text.length;
        regions.push(region);
      }
      start = end + 1;
    }
    return regions;
  },
};

/** Pig Latin of a text (each word of letters), for examples, tests and `lib/eval/obfuscate.ts`. */
export function toPigLatin(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    // "y" is a consonant first and a vowel after ("my" → "ymay", "rhythm" → "ythmrhay").
    const first = lower.search(/[aeiou]|(?!^)y/);
    const moved = first === 0 ? `${lower}way` : first < 0 ? `${lower}ay` : `${lower.slice(first)}${lower.slice(0, first)}ay`;
    return withCaseOf(word, moved);
  });
}
