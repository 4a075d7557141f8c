/**
 * Obfuscation techniques as pure functions, `(text, seed) → transformed text`, for measuring
 * whether an attack that is caught in plain form is still caught once hidden ("an attack row flagged
 * in plain form is still flagged after any one transformation"). Each technique is one that real
 * evasion attempts use; the normalizer (lib/normalize) must undo every one of them. Deterministic:
 * the same text and seed give the same output.
 */

/**
 * The techniques the shipped models' adversarial augmentation draws from (lib/training/augment.ts).
 * Kept as it was when they were trained: augmentation picks a technique by index, so any change to
 * this list changes every augmented row and `npm run train` would no longer rebuild the shipped bytes.
 */
export const AUGMENTATION_TECHNIQUE_IDS = [
  'zero-width',
  'tag-smuggling',
  'variation-selectors',
  'bidi-override',
  'homoglyph',
  'full-width',
  'math-alphanumeric',
  'enclosed-letters',
  'small-capitals',
  'combining-flood',
  'upside-down',
  'spaced-letters',
  'punctuation-split',
  'symbol-split',
  'letter-per-line',
  'leetspeak',
  'base64',
  'base64url',
  'base32',
  'hex',
  'url-encoding',
  'html-entities',
  'unicode-escapes',
  'octal-escapes',
  'quoted-printable',
  'base64-utf16',
  'morse',
  'binary',
  'nato',
  'braille',
  'rot13',
  'atbash',
  'reversed',
  'split-payload',
  'nested-base64-hex',
] as const;

/** Techniques added since (measured by `rampart robustness`, augmentation at the next retraining). */
const LATER_TECHNIQUE_IDS = [
  'rot47',
  'ascii85',
  'base85',
  'uuencode',
  'char-codes',
  'base2048',
  'words-joined',
  'pig-latin',
  'split-inside-words',
  'alternating-case',
  'letter-numbers',
  'utf-7',
  'reversed-word-order',
  'reversed-each-word',
  'dotted-letters',
  'enclosing-circles',
  'spaced-leetspeak',
  'invisible-bits',
  'css-escapes',
  'caesar-shift',
  'accented-vowels',
  'terminal-colours',
  'form-encoding',
  'swapped-letters',
  'doubled-letters',
] as const;

export const TECHNIQUE_IDS = [...AUGMENTATION_TECHNIQUE_IDS, ...LATER_TECHNIQUE_IDS] as const;

export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

import { encode as encodeBase2048 } from 'base2048';
import { toBase85 } from '../normalize/decoders/base85.ts';
import { toBinary } from '../normalize/decoders/binary.ts';
import { toBraille } from '../normalize/decoders/braille.ts';
import { ATBASH, mapLetters, unshift } from '../normalize/decoders/caesar.ts';
import { toMorse } from '../normalize/decoders/morse.ts';
import { toCharCodes } from '../normalize/decoders/char-codes.ts';
import { toInvisibleBits } from '../normalize/invisible-bits.ts';
import { toLetterNumbers } from '../normalize/decoders/letter-numbers.ts';
import { toNato } from '../normalize/decoders/nato.ts';
import { toPigLatin } from '../normalize/decoders/pig-latin.ts';
import { rotate47 } from '../normalize/decoders/rot47.ts';
import { toUtf7Run } from '../normalize/decoders/utf7.ts';
import { toUuencode } from '../normalize/decoders/uuencode.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * `cover`: the visible text a hiding technique (tag smuggling, variation selectors) puts its
 * payload behind; by default one of a few fixed ones. Training passes real benign text instead:
 * a fixed cover seen only in front of attacks becomes an attack feature ("Hello!" flagged).
 */
export type Technique = (text: string, seed: number, cover?: string) => string;


const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const isAsciiLetter = (ch: string) => /^[A-Za-z]$/.test(ch);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** RFC 4648 base64 of the UTF-8 bytes (hand-written: `btoa` takes Latin-1 only, Buffer is Node-only). */
export function toBase64(text: string, urlSafe = false): string {
  const out = bytesToBase64(utf8(text));
  return urlSafe ? out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out;
}

/** RFC 4648 base64 of bytes, padded. */
function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const count = Math.min(3, bytes.length - i);
    for (let k = 0; k < 4; k += 1) out += k <= count ? BASE64[(chunk >> (18 - 6 * k)) & 63] : '=';
  }
  return out;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 of the UTF-8 bytes, padded. */
export function toBase32(text: string): string {
  const bytes = utf8(text);
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

const hexByte = (byte: number) => byte.toString(16).padStart(2, '0');

/** Lower-case hex of the UTF-8 bytes: contiguous, space-separated or as `\x` escapes (by seed). */
function toHex(text: string, seed: number): string {
  const bytes = [...utf8(text)].map(hexByte);
  const style = seed % 3;
  if (style === 1) return bytes.join(' ');
  if (style === 2) return bytes.map((pair) => `\\x${pair}`).join('');
  return bytes.join('');
}

export function rot13(text: string): string {
  return caesarShift(text, 13);
}

/** Every ASCII letter shifted forward by `shift` (1–25), case kept: undoing a shift back by 26 − shift. */
const caesarShift = (text: string, shift: number): string => unshift(text, 26 - shift);

/** The Caesar shifts other than ROT13's, one picked per seed. */
const OTHER_SHIFTS = Array.from({ length: 25 }, (_, k) => k + 1).filter((shift) => shift !== 13);

/** The Atbash substitution (a↔z, b↔y…), case kept: its own inverse, so the decoder's map. */
const atbash = (text: string): string => mapLetters(text, ATBASH);

/** UTF-16LE bytes: what PowerShell's -EncodedCommand base64-encodes. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

const reverse = (text: string) => [...text].reverse().join('');

/** Latin letters and the Cyrillic/Greek letters that look the same. */
const HOMOGLYPHS: Readonly<Record<string, readonly string[]>> = {
  a: ['а'], c: ['с'], e: ['е'], i: ['і'], j: ['ј'], o: ['о', 'ο'], p: ['р', 'ρ'], s: ['ѕ'], x: ['х'], y: ['у'],
  A: ['А', 'Α'], B: ['В', 'Β'], C: ['С'], E: ['Е', 'Ε'], H: ['Н', 'Η'], I: ['І', 'Ι'], J: ['Ј'], K: ['К', 'Κ'],
  M: ['М', 'Μ'], N: ['Ν'], O: ['О', 'Ο'], P: ['Р', 'Ρ'], S: ['Ѕ'], T: ['Т', 'Τ'], X: ['Х', 'Χ'], Y: ['Υ'], Z: ['Ζ'],
};

const UPSIDE_DOWN: Readonly<Record<string, string>> = {
  a: 'ɐ', b: 'q', c: 'ɔ', d: 'p', e: 'ǝ', f: 'ɟ', g: 'ƃ', h: 'ɥ', i: 'ᴉ', j: 'ɾ', k: 'ʞ', l: 'l', m: 'ɯ', n: 'u',
  o: 'o', p: 'd', q: 'b', r: 'ɹ', s: 's', t: 'ʇ', u: 'n', v: 'ʌ', w: 'ʍ', x: 'x', y: 'ʎ', z: 'z',
  '.': '˙', ',': "'", "'": ',', '?': '¿', '!': '¡', '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{',
  '<': '>', '>': '<', _: '‾', '&': '⅋',
  '1': 'Ɩ', '2': 'ᄅ', '3': 'Ɛ', '4': 'ㄣ', '5': 'ϛ', '6': '9', '7': 'ㄥ', '9': '6',
};

const LEET: Readonly<Record<string, string>> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060'];
const COVERS = ['', 'Hello! ', 'Please summarize this page. ', 'Nice weather today. '];
const EMOJI = ['😀', '👍', '🙂', '✨', '🔥'];

/** Mathematical bold (U+1D400 block has no holes for A–Z, a–z, 0–9). */
function mathBold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(0x1d400 + code - 0x41);
  if (code >= 0x61 && code <= 0x7a) return String.fromCodePoint(0x1d41a + code - 0x61);
  if (code >= 0x30 && code <= 0x39) return String.fromCodePoint(0x1d7ce + code - 0x30);
  return ch;
}

/** Enclosed capitals NFKC keeps: regional indicators (🇦, a zero-width space after each so no pair becomes a flag), negative squared (🅰) or negative circled (🅐), by seed. */
function enclosed(ch: string, seed: number): string {
  const letter = ch.toLowerCase().charCodeAt(0) - 0x61;
  if (letter < 0 || letter > 25) return ch;
  const style = seed % 3;
  if (style === 0) return `${String.fromCodePoint(0x1f1e6 + letter)}\u200b`;
  return String.fromCodePoint((style === 1 ? 0x1f170 : 0x1f150) + letter);
}

const SMALL_CAPITALS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ';
const SYMBOL_SEPARATORS = ['•', '★', '🔹', '❤', '→'];

/** Splits into three to six pieces (more for long texts: at most `maxPiece` characters each) at random cut points. */
function pieces(text: string, random: () => number, maxPiece = 300): string[] {
  const chars = [...text];
  const count = Math.max(3 + Math.floor(random() * 4), Math.ceil(chars.length / maxPiece));
  const cuts = new Set<number>();
  for (let k = 1; k < count && cuts.size < chars.length - 1; k += 1) {
    cuts.add(Math.round((k * chars.length) / count + (random() - 0.5) * Math.min(8, chars.length / count)));
  }
  const points = [...cuts].filter((cut) => cut > 0 && cut < chars.length).sort((a, b) => a - b);
  const out: string[] = [];
  let previous = 0;
  for (const cut of [...points, chars.length]) {
    if (cut > previous) out.push(chars.slice(previous, cut).join(''));
    previous = cut;
  }
  return out.length > 0 ? out : [''];
}

export const TECHNIQUES: Readonly<Record<TechniqueId, Technique>> = {
  'zero-width': (text, seed) => {
    const random = seededRandom(seed);
    const chars = [...text];
    let inserted = false;
    return chars
      .map((ch, k) => {
        const next = chars[k + 1];
        const insert = next !== undefined && isAsciiLetter(ch) && isAsciiLetter(next) && (random() < 0.4 || !inserted);
        if (!insert) return ch;
        inserted = true;
        return ch + pick(random, ZERO_WIDTH);
      })
      .join('');
  },
  'tag-smuggling': (text, seed, cover) =>
    (cover ?? pick(seededRandom(seed), COVERS)) +
    [...text].map((ch) => (ch >= ' ' && ch <= '~' ? String.fromCodePoint(0xe0000 + ch.charCodeAt(0)) : ch)).join(''),
  'variation-selectors': (text, seed, cover) =>
    (cover ?? pick(seededRandom(seed), EMOJI)) +
    [...utf8(text)].map((byte) => String.fromCodePoint(byte < 16 ? 0xfe00 + byte : 0xe0100 + byte - 16)).join(''),
  'bidi-override': (text) =>
    text
      .split('\n')
      .map((line) => (line ? `\u202e${reverse(line)}\u202c` : line))
      .join('\n'),
  homoglyph: (text, seed) => {
    const random = seededRandom(seed);
    return [...text].map((ch) => (HOMOGLYPHS[ch] && random() < 0.6 ? pick(random, HOMOGLYPHS[ch]!) : ch)).join('');
  },
  'full-width': (text) =>
    [...text].map((ch) => (ch === ' ' ? '\u3000' : ch > ' ' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join(''),
  'math-alphanumeric': (text) => [...text].map(mathBold).join(''),
  'enclosed-letters': (text, seed) => [...text].map((ch) => enclosed(ch, seed)).join(''),
  'small-capitals': (text) => [...text.toLowerCase()].map((ch) => (ch >= 'a' && ch <= 'z' ? SMALL_CAPITALS[ch.charCodeAt(0) - 0x61]! : ch)).join(''),
  'combining-flood': (text, seed) => {
    const random = seededRandom(seed);
    return [...text]
      .map((ch) => {
        if (!/[\p{L}\p{N}]/u.test(ch)) return ch;
        let marks = '';
        const count = 3 + Math.floor(random() * 4);
        for (let k = 0; k < count; k += 1) marks += String.fromCharCode(0x300 + Math.floor(random() * 0x70));
        return ch + marks;
      })
      .join('');
  },
  'upside-down': (text) => reverse([...text.toLowerCase()].map((ch) => UPSIDE_DOWN[ch] ?? ch).join('')),
  'spaced-letters': (text) =>
    text
      .split(/[ \t]+/)
      .map((word) => [...word].join(' '))
      .join('   '),
  'punctuation-split': (text, seed) => {
    const separator = pick(seededRandom(seed), ['.', '-', '_', '*']);
    return text.replace(/[\p{L}\p{N}]{2,}/gu, (word) => [...word].join(separator));
  },
  'symbol-split': (text, seed) => {
    const separator = pick(seededRandom(seed), SYMBOL_SEPARATORS);
    return text.replace(/[\p{L}\p{N}]{2,}/gu, (word) => [...word].join(separator));
  },
  'letter-per-line': (text) => [...text].join('\n'),
  leetspeak: (text) => text.replace(/[aeiost]/gi, (ch) => LEET[ch.toLowerCase()]!),
  base64: (text) => toBase64(text),
  base64url: (text) => toBase64(text, true),
  base32: (text) => toBase32(text),
  hex: (text, seed) => toHex(text, seed),
  'url-encoding': (text) => [...utf8(text)].map((byte) => `%${hexByte(byte).toUpperCase()}`).join(''),
  'html-entities': (text, seed) =>
    [...text].map((ch) => (seed % 2 === 0 ? `&#${ch.codePointAt(0)};` : `&#x${ch.codePointAt(0)!.toString(16)};`)).join(''),
  // Per UTF-16 unit, as JavaScript and JSON write them (an emoji is a surrogate pair of escapes).
  'unicode-escapes': (text) => text.replace(/[^ ]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`),
  'octal-escapes': (text) => [...utf8(text)].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join(''),
  'quoted-printable': (text) => [...utf8(text)].map((byte) => `=${hexByte(byte).toUpperCase()}`).join(''),
  'base64-utf16': (text) => bytesToBase64(utf16le(text)),
  morse: (text) => toMorse(text),
  binary: (text) => toBinary(text),
  nato: (text) => toNato(text),
  braille: (text) => toBraille(text),
  rot13: (text) => rot13(text),
  atbash: (text) => atbash(text),
  rot47: (text) => rotate47(text),
  ascii85: (text) => toBase85(text, 'ascii85'),
  base85: (text) => toBase85(text, 'rfc1924'),
  uuencode: (text) => toUuencode(text),
  // Decimal UTF-8 bytes between blanks, or JavaScript's String.fromCharCode of the UTF-16 units, by seed.
  'char-codes': (text, seed) =>
    seed % 2 === 0
      ? toCharCodes(text)
      : `String.fromCharCode(${Array.from({ length: text.length }, (_, k) => text.charCodeAt(k)).join(', ')})`,
  base2048: (text) => encodeBase2048(utf8(text)),
  'pig-latin': (text) => toPigLatin(text),
  // Words run together: snake_case, dotted, or CamelCase, by seed.
  'words-joined': (text, seed) => {
    const words = text.split(/\s+/).filter(Boolean);
    if (seed % 3 === 0) return words.join('_');
    if (seed % 3 === 1) return words.join('.');
    return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  },
  // One mark ("-", ".", "_" or "*", by seed) inside every word of four letters or more: "ign-ore all prev-ious".
  'split-inside-words': (text, seed) => {
    const random = seededRandom(seed);
    const mark = pick(random, ['-', '.', '_', '*']);
    return text.replace(/\p{L}{4,}/gu, (word) => {
      const letters = [...word];
      const at = 1 + Math.floor(random() * (letters.length - 2));
      return `${letters.slice(0, at).join('')}${mark}${letters.slice(at).join('')}`;
    });
  },
  // "iGnOrE AlL": the case of every other letter flipped, starting with lower or upper case by seed.
  'alternating-case': (text, seed) => {
    let k = seed % 2;
    return text.replace(/\p{L}/gu, (letter) => (k++ % 2 === 0 ? letter.toLowerCase() : letter.toUpperCase()));
  },
  // A1Z26: letters as their place in the alphabet, the letters of a word and the words separated by seed.
  'letter-numbers': (text, seed) => {
    const [inner, between] = pick(seededRandom(seed), [['-', ' '], [' ', ' / '], [',', ' '], [' ', ' | ']] as const);
    return toLetterNumbers(text, inner, between);
  },
  // UTF-7 runs ("+", base64 of UTF-16BE, "-"): the whole text as one run, or each character but ASCII letters and digits, by seed.
  'utf-7': (text, seed) =>
    seed % 2 === 0 ? toUtf7Run(text) : text.replace(/[^A-Za-z0-9]+/g, (run) => toUtf7Run(run)),
  // FlipAttack's flips (Liu et al., 2024): the words in reverse order, and each word's letters reversed in place.
  'reversed-word-order': (text) => text.split(/(\s+)/).reverse().join(''),
  'reversed-each-word': (text) => text.split(/(\s+)/).map((token) => reverse(token)).join(''),
  // One combining dot above (U+0307) after every character: "İġṅȯṙė" once composed.
  'dotted-letters': (text) => [...text].map((ch) => `${ch}\u0307`).join(''),
  // A combining enclosing circle (U+20DD) around every character: "I⃝g⃝n⃝".
  'enclosing-circles': (text) => [...text].map((ch) => `${ch}\u20dd`).join(''),
  // Leetspeak spaced out: "H 0 w   d 0   1".
  'spaced-leetspeak': (text, seed) => TECHNIQUES['spaced-letters'](TECHNIQUES.leetspeak(text, seed), seed),
  'css-escapes': (text) => [...text].map((ch) => (ch === '\n' ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join(''),
  'invisible-bits': (text, seed, cover) => (cover ?? pick(seededRandom(seed), COVERS)) + toInvisibleBits(text),
  // A Caesar shift other than 13 (3 is Caesar's own), by seed.
  'caesar-shift': (text, seed) => caesarShift(text, pick(seededRandom(seed), OTHER_SHIFTS)),
  // An accent on every vowel (PyRIT's DiacriticConverter), acute, grave, circumflex or diaeresis by seed and position.
  'accented-vowels': (text, seed) => {
    const random = seededRandom(seed);
    return text.replace(/[aeiouAEIOU]/g, (vowel) => `${vowel}${pick(random, ['\u0301', '\u0300', '\u0302', '\u0308'])}`.normalize('NFC'));
  },
  // Each word in another ANSI colour, as pasted from a terminal: "\x1b[31mIgnore\x1b[0m".
  'terminal-colours': (text) => text.replace(/\S+/g, (word) => `\u001b[${31 + (word.length % 6)}m${word}\u001b[0m`),
  // HTML form encoding (Python's quote_plus): "+" for a space, %XX for everything but letters, digits and -_.~.
  'form-encoding': (text) => encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${hexByte(ch.charCodeAt(0)).toUpperCase()}`).replace(/%20/g, '+'),
  // Two neighbouring letters swapped inside every word of four letters or more (TextAttack, PyRIT's CharSwapGenerator).
  'swapped-letters': (text, seed) => {
    const random = seededRandom(seed);
    return text.replace(/\p{L}{4,}/gu, (word) => {
      const letters = [...word];
      const at = 1 + Math.floor(random() * (letters.length - 2));
      [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
      return letters.join('');
    });
  },
  // Every letter written twice: "IIggnnoorree aallll".
  'doubled-letters': (text) => text.replace(/\p{L}/gu, (letter) => letter + letter),
  reversed: (text) => reverse(text),
  'split-payload': (text, seed) => {
    const parts = pieces(text, seededRandom(seed));
    const names = parts.map((_, k) => `v${k}`);
    const assignments = parts.map((part, k) => `${names[k]} = ${JSON.stringify(part)}`).join('\n');
    return `${assignments}\nprint(${names.join(' + ')})`;
  },
  'nested-base64-hex': (text) => toBase64(toHex(text, 0)),
};

/** Applies one technique. */
export function obfuscate(technique: TechniqueId, text: string, seed = 0, cover?: string): string {
  return TECHNIQUES[technique](text, seed, cover);
}
