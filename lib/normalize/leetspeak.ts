import type { NormalizationSignal } from '../core/normalized-text.ts';
import { COMMON_WORDS, CUE_WORDS } from './english-words.ts';
import { ViewBuilder, type MappedView } from './offset-map.ts';
import { LEET_HINT } from './patterns.ts';
import { SIGNAL } from './signal-kinds.ts';
import { SpanCollector } from './span-collector.ts';

/** The substitutions of common leetspeak: 1→i (l when doubled), 3→e, 4→a, 0→o, 5→s, 7→t, @→a, $→s. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Tokens that hold digits for a reason: versions ("python3"), ordinals and units ("3rd", "35mm"), hex. */
const ORDINARY = /^(?:[A-Za-z]+[0-9]+|[0-9]+[A-Za-z]{1,3}|[0-9A-Fa-f]+|0[xX][0-9A-Fa-f]+)$/;
/** camelCase or PascalCase with an inner capital ("T5ForConditionalGeneration") is an identifier. */
const CAMEL = /[a-z][A-Z]/;

const isLetter = (unit: number) => (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);

/**
 * The token read as leetspeak, or undefined when it is not leetspeak. A token that reads as a known
 * word once substituted ("4ll", "7h3", "m3") is leetspeak. Otherwise leetspeak puts digits and
 * symbols between letters ("pr3v10us", "h4ck"): the token needs two letters, a substitution
 * flanked by letters and two substitutions, so that model names and identifiers ("in1k", "4chan",
 * "T5Model") are left alone. In a text already dense with leetspeak (`dense`), every token that
 * becomes all letters is read ("4" → "a", "p1ck" → "pick", "534" → "sea").
 */
export function unleet(token: string, isKnownWord: (word: string) => boolean = () => false, dense = false): string | undefined {
  if (token.length < (dense ? 1 : 2) || token.length > 40) return undefined;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < token.length; i += 1) {
    const unit = token.charCodeAt(i);
    if (isLetter(unit)) {
      letters += 1;
      if (unit <= 0x5a) upper += 1;
    }
  }
  if ((letters === 0 && !dense) || CAMEL.test(token)) return undefined;
  let out = '';
  let changes = 0;
  let inner = false;
  for (let i = 0; i < token.length; i += 1) {
    const ch = token[i]!;
    let mapped = LEET[ch];
    const flanked = i > 0 && isLetter(token.charCodeAt(i - 1)) && isLetter(token.charCodeAt(i + 1));
    // "@" and "$" only inside a word: "@name" is a mention and "$5" money.
    if ((ch === '@' || ch === '$') && (i === 0 || i === token.length - 1)) mapped = undefined;
    if (ch === '1' && (token[i - 1] === '1' || token[i + 1] === '1')) mapped = 'l';
    if (mapped === undefined) {
      out += ch;
      continue;
    }
    changes += 1;
    if (flanked || (isLetter(token.charCodeAt(i - 1)) && LEET[token[i + 1] ?? ''] !== undefined)) inner = true;
    out += letters > 0 && upper === letters ? mapped.toUpperCase() : mapped;
  }
  if (changes === 0) return undefined;
  if (isKnownWord(out.toLowerCase())) return out;
  if (dense && /^[A-Za-z]+$/.test(out)) return out;
  if (letters < 2 || ORDINARY.test(token) || !inner || changes < 2) return undefined;
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

const LEET_UNITS = new Uint8Array(128);
for (const ch of Object.keys(LEET)) LEET_UNITS[ch.charCodeAt(0)] = 1;

/** Letters, digits, "@" and "$": what a leetspeak word is made of. */
const isTokenUnit = (unit: number) => isLetter(unit) || (unit >= 0x30 && unit <= 0x39) || unit === 0x40 || unit === 0x24;

/** Tokens examined per text (bounds hostile input). */
const MAX_TOKENS = 100_000;

export interface LeetspeakReading {
  view: MappedView | undefined;
  signal: NormalizationSignal | undefined;
}

/** The canonical text with leetspeak words spelled out ("1gn0r3" → "ignore"); same length, same offsets. */
export function readLeetspeak(canonical: MappedView): LeetspeakReading {
  const text = canonical.text;
  if (!LEET_HINT.test(text)) return { view: undefined, signal: undefined };
  const collector = new SpanCollector(SIGNAL.leetspeak);
  const tokens: Array<{ start: number; end: number; token: string }> = [];
  // Hand-written tokenizer: only tokens holding a leetspeak character are kept (a regex would
  // build a match for every word of the text).
  const length = text.length;
  for (let i = 0; i < length && tokens.length < MAX_TOKENS; ) {
    if (!isTokenUnit(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    let leet = false;
    while (i < length && isTokenUnit(text.charCodeAt(i))) {
      if (LEET_UNITS[text.charCodeAt(i)]) leet = true;
      i += 1;
    }
    if (!leet || ESCAPE_BEFORE.test(text[start - 1] ?? '') || ADDRESS_AFTER.test(text.slice(i, i + 2))) continue;
    tokens.push({ start, end: i, token: text.slice(start, i) });
  }
  let readings = tokens.map((token) => unleet(token.token, isKnownWord));
  const accepted = readings.filter((reading) => reading !== undefined).length;
  if (accepted >= DENSE && accepted >= DENSE_SHARE * tokens.length) {
    readings = tokens.map((token) => unleet(token.token, isKnownWord, true));
  }
  const builder = new ViewBuilder(text.length);
  let cursor = 0;
  tokens.forEach(({ start, end }, index) => {
    const plain = readings[index];
    if (plain === undefined) return;
    builder.appendFrom(canonical, cursor, start);
    for (let k = 0; k < plain.length; k += 1) {
      const range = canonical.toOriginal(start + k, start + k + 1);
      builder.append(plain[k]!, range.start, range.end);
    }
    cursor = end;
    const range = canonical.toOriginal(start, end);
    collector.add(range.start, range.end);
  });
  if (collector.count === 0) return { view: undefined, signal: undefined };
  builder.appendFrom(canonical, cursor, text.length);
  return { view: builder.build('leetspeak', 0, canonical.originalLength), signal: collector.signal() };
}
