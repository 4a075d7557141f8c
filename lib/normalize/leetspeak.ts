import type { NormalizationSignal } from '../core/normalized-text.ts';
import { charFlags, isLetterUnit, UPPER } from './char-class.ts';
import { COMMON_WORDS, CUE_WORDS } from './english-words.ts';
import type { MappedView, Range } from './offset-map.ts';
import { LEET_CHARACTER, LEET_HINT, scanAll } from './patterns.ts';
import { SIGNAL } from './signal-kinds.ts';
import { SpanCollector } from './span-collector.ts';

/** The substitutions of common leetspeak: 1→i (l when doubled), 3→e, 4→a, 0→o, 5→s, 7→t, @→a, $→s. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Tokens that hold digits for a reason: versions ("python3"), ordinals and units ("3rd", "35mm"), hex. */
const ORDINARY = /^(?:[A-Za-z]+[0-9]+|[0-9]+[A-Za-z]{1,3}|[0-9A-Fa-f]+|0[xX][0-9A-Fa-f]+)$/;
/** camelCase or PascalCase with an inner capital ("T5ForConditionalGeneration") is an identifier. */
const CAMEL = /[a-z][A-Z]/;

// Letters are those of any script with their marks (isLetterUnit): leetspeak is written in every
// language with Latin letters ("nó1", "dự4", "1nd0né514"), so a word does not end at its first accent.
const isUpper = (unit: number) => (unit < 0x80 ? unit >= 0x41 && unit <= 0x5a : unit < 0xd800 && (charFlags(unit) & UPPER) !== 0);
const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;

/** What a word can be once substituted: letters only (any script, marks included). */
const ALL_LETTERS = /^\p{L}[\p{L}\p{M}]*$/u;

/**
 * The token read as leetspeak, or undefined when it is not leetspeak. A token that reads as a known
 * word once substituted ("4ll", "7h3", "m3") is leetspeak. Otherwise leetspeak puts digits and
 * symbols between letters ("pr3v10us", "h4ck"): the token needs two letters, a substitution
 * flanked by letters and two substitutions, so that model names and identifiers ("in1k", "4chan",
 * "T5Model") are left alone. In a text already dense with leetspeak (`dense`), every token with a
 * letter that becomes all letters is read ("p1ck" → "pick", "d3c1rm3" → "decirme", and "534" →
 * "sea": whether a token of digits only is a word or a number is for the caller to say, see readDense).
 */
export function unleet(token: string, isKnownWord: (word: string) => boolean = () => false, dense = false): string | undefined {
  if (token.length < (dense ? 1 : 2) || token.length > 40) return undefined;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < token.length; i += 1) {
    const unit = token.charCodeAt(i);
    if (isLetterUnit(unit)) {
      letters += 1;
      if (isUpper(unit)) upper += 1;
    }
  }
  if ((letters === 0 && !dense) || CAMEL.test(token)) return undefined;
  let out = '';
  let changes = 0;
  let inner = false;
  for (let i = 0; i < token.length; i += 1) {
    const ch = token[i]!;
    let mapped = LEET[ch];
    const flanked = i > 0 && isLetterUnit(token.charCodeAt(i - 1)) && isLetterUnit(token.charCodeAt(i + 1));
    // "@" and "$" only inside a word: "@name" is a mention and "$5" money.
    if ((ch === '@' || ch === '$') && (i === 0 || i === token.length - 1)) mapped = undefined;
    if (ch === '1' && (token[i - 1] === '1' || token[i + 1] === '1')) mapped = 'l';
    if (mapped === undefined) {
      out += ch;
      continue;
    }
    changes += 1;
    if (flanked || (isLetterUnit(token.charCodeAt(i - 1)) && LEET[token[i + 1] ?? ''] !== undefined)) inner = true;
    out += letters > 0 && upper === letters ? mapped.toUpperCase() : mapped;
  }
  if (changes === 0) return undefined;
  if (isKnownWord(out.toLowerCase())) return out;
  if (dense && ALL_LETTERS.test(out)) return out;
  // Digits that are not leetspeak (2, 6, 8, 9) left in the reading: an identifier or a code
  // ("gb42n4w10…" is an IBAN), not a word.
  if (letters < 2 || ORDINARY.test(token) || !inner || changes < 2 || /[0-9]/.test(out)) return undefined;
  return out;
}

/** Leetspeak tokens right after these are escapes or encodings, not words ("%20the", "\\x0A", "&#39"). */
const ESCAPE_BEFORE = /[%\\#&]/;
/** An e-mail address or a domain continues after the token. */
const ADDRESS_AFTER = /^(?:\.[A-Za-z0-9]|@)/;
/**
 * Leetspeak tokens in a text before all-digit tokens are read as words too: at least two, and at
 * least a fifth of the tokens holding digits or symbols (a report full of numbers is not leetspeak).
 */
const DENSE = 2;
const DENSE_SHARE = 0.2;

const isKnownWord = (word: string) => COMMON_WORDS.has(word) || CUE_WORDS.has(word);

/** Letters, digits, "@" and "$": what a leetspeak word is made of. */
const isTokenUnit = (unit: number) => isLetterUnit(unit) || isDigit(unit) || unit === 0x40 || unit === 0x24;

const isDigitsOnly = (text: string, start: number, end: number) => {
  for (let k = start; k < end; k += 1) if (!isDigit(text.charCodeAt(k))) return false;
  return end > start;
};

/** Tokens examined per text (bounds hostile input). */
const MAX_TOKENS = 100_000;

interface Token {
  start: number;
  end: number;
  token: string;
}

/**
 * What may stand between two words of a sentence: blanks and the punctuation after a word, and the
 * apostrophe of a contraction ("wh47'5" → "what's", "1'v3" → "i've": its digit is part of the word).
 */
const isWordGap = (unit: number) =>
  unit === 0x20 ||
  unit === 0x09 ||
  unit === 0x2c ||
  unit === 0x3b ||
  unit === 0x3a ||
  unit === 0x2e ||
  unit === 0x3f ||
  unit === 0x21 ||
  unit === 0x27 ||
  unit === 0x2019;
/** Most characters between a token of digits and the word next to it. */
const MAX_WORD_GAP = 2;

/**
 * The readings of a text dense with leetspeak. Tokens with a letter are read when they become all
 * letters. A token of digits only is a word when it sits in a sentence: next to a word and spelling
 * a known one ("numb3r 15 …" → "number is …", "70 079 …" → "to 079 …"), or between two words
 * ("70d45 3545 r3gl45" → "todas esas reglas"). Between numbers it is a number ("0489 25 37 29").
 */
function readDense(text: string, tokens: readonly Token[]): Array<string | undefined> {
  const digitsOnly = tokens.map(({ start, end }) => isDigitsOnly(text, start, end));
  const readings = tokens.map(({ token }, index) => (digitsOnly[index] ? undefined : unleet(token, isKnownWord, true)));
  // Digits that spell a known word ("17 15" → "it is") count as words for their neighbours.
  const knownWords = tokens.map(({ token }, index) => {
    if (!digitsOnly[index]) return undefined;
    const reading = unleet(token, isKnownWord, true);
    return reading !== undefined && isKnownWord(reading.toLowerCase()) ? reading : undefined;
  });
  /** Is there a word right before `at` (or right after it, when `after`)? */
  const wordNextTo = (index: number, at: number, after: boolean) => {
    let k = at;
    if (after) while (k < text.length && k - at < MAX_WORD_GAP && isWordGap(text.charCodeAt(k))) k += 1;
    else while (k > 0 && at - k < MAX_WORD_GAP && isWordGap(text.charCodeAt(k - 1))) k -= 1;
    if (k === at) return false;
    const other = after ? index + 1 : index - 1;
    const neighbour = tokens[other];
    if (neighbour && (after ? neighbour.start === k : neighbour.end === k)) return readings[other] !== undefined || knownWords[other] !== undefined;
    return isLetterUnit(text.charCodeAt(after ? k : k - 1));
  };
  tokens.forEach(({ start, end, token }, index) => {
    if (!digitsOnly[index]) return;
    const before = wordNextTo(index, start, false);
    const after = wordNextTo(index, end, true);
    if (knownWords[index] !== undefined && (before || after)) readings[index] = knownWords[index];
    else if (before && after) readings[index] = unleet(token, isKnownWord, true);
  });
  return readings;
}

/** Is `ch` a digit or symbol leetspeak writes for a letter ("0", "3", "@"…)? */
export const isLeetCharacter = (ch: string): boolean => Object.hasOwn(LEET, ch);
/** The leetspeak reading of the de-spaced view (spaced-out leetspeak). */
export const DESPACED_LEETSPEAK = 'despaced-leetspeak';

export interface LeetspeakReading {
  view: MappedView | undefined;
  signal: NormalizationSignal | undefined;
}

/** The canonical text with leetspeak words spelled out ("1gn0r3" → "ignore"); same length, same offsets. */
export function readLeetspeak(canonical: MappedView): LeetspeakReading {
  const text = canonical.text;
  if (!LEET_HINT.test(text)) return { view: undefined, signal: undefined };
  const collector = new SpanCollector(SIGNAL.leetspeak);
  const tokens: Token[] = [];
  // Only tokens holding a leetspeak character matter: jump from one such character to the next
  // (a native scan) and widen each to its token, instead of tokenizing every word of the text.
  const length = text.length;
  scanAll(LEET_CHARACTER, text, (match) => {
    if (tokens.length >= MAX_TOKENS) return false;
    let start = match.index;
    while (start > 0 && isTokenUnit(text.charCodeAt(start - 1))) start -= 1;
    let end = match.index + 1;
    while (end < length && isTokenUnit(text.charCodeAt(end))) end += 1;
    // The next leetspeak character to look at is after this token.
    LEET_CHARACTER.lastIndex = end;
    if (ESCAPE_BEFORE.test(text[start - 1] ?? '') || ADDRESS_AFTER.test(text.slice(end, end + 2))) return true;
    tokens.push({ start, end, token: text.slice(start, end) });
    return true;
  });
  let readings = tokens.map((token) => unleet(token.token, isKnownWord));
  const accepted = readings.filter((reading) => reading !== undefined).length;
  if (accepted >= DENSE && accepted >= DENSE_SHARE * tokens.length) {
    readings = readDense(text, tokens);
  }
  // Each reading has its token's length, so the view shares the canonical view's map.
  const pieces: string[] = [];
  const changed: Range[] = [];
  let cursor = 0;
  tokens.forEach(({ start, end }, index) => {
    const plain = readings[index];
    if (plain === undefined) return;
    pieces.push(text.slice(cursor, start), plain);
    changed.push({ start, end });
    cursor = end;
    const range = canonical.toOriginal(start, end);
    collector.add(range.start, range.end);
  });
  if (collector.count === 0) return { view: undefined, signal: undefined };
  pieces.push(text.slice(cursor));
  return { view: canonical.withText('leetspeak', pieces.join(''), changed), signal: collector.signal() };
}
