import { charFlags, isAsciiLetterUnit, LETTER, MARK } from './char-class.ts';
import type { HiddenRun } from './hidden-run.ts';
import type { DecodedRun } from './tag-characters.ts';
import { HAN_AND_KANA, HANGUL, LATIN, multiByteCharacters, readsAsWords, scriptGroup } from './decoders/decoded-words.ts';
import { ByteSink, decodeUtf8 } from './utf8.ts';

/**
 * Text written in bits with two invisible characters ("Sneaky Bits": U+2062 INVISIBLE TIMES for 0,
 * U+2064 INVISIBLE PLUS for 1, a zero-width space between words; zero-width steganography with
 * ZWNJ/ZWJ and a separator). Hand-written: no library reads these, and each tool groups its bits
 * differently, so every grouping below is tried and the one that reads as text wins.
 *
 * A run must be this long to be read: two bytes' worth of bits.
 */
export const MIN_BIT_RUN = 16;
/**
 * Bits read per text, in all runs together: about 580 characters of hidden text (the rest stays
 * reported as zero-width characters), since cutting bits into characters costs ~50 steps per bit
 * and each run is read up to a dozen ways.
 */
export const MAX_BITS_READ = 4_096;
/**
 * Unpadded bits cut into characters this cheaply (COST per bit) are text whatever words they spell
 * (Swahili, Italian, an address): text in Latin letters and other alphabets costs 0.42–0.65 per bit,
 * random bits 0.88–1.1 (cut into ideographs and punctuation). Chinese and Japanese (0.72–0.85)
 * must read as words. Taken from Sneaky Bits of attack texts in ten languages and 400 random runs.
 */
const MAX_COST_PER_BIT = 0.7;
/** A cut that cheap must spell this many characters: a few bits cut into two IPA letters cost 0.5. */
const MIN_CHEAP_CHARACTERS = 8;
/**
 * The widest character read: U+FFFF. Letters beyond the BMP are rare in text, and reading up to
 * U+10FFFF would look up flags of a million code points in random bits.
 */
const MAX_CHARACTER_BITS = 16;

/**
 * What characters cost in the cheapest cut: roughly bits of surprise in running text (-log2 of
 * how often they occur), since the cut that reads common characters is the likelier one.
 */
const COST = {
  /** ASCII letters by English frequency: e t a o i n s h r d l u, the middling ones, j q x z; capitals cost more. */
  asciiCommon: 3,
  asciiMiddling: 5,
  asciiRare: 9,
  capital: 2,
  digit: 7,
  /** `.` and `,`; `: ; ? ! ' " ( ) -`; other ASCII punctuation; line feed; tab and carriage return. */
  stop: 6,
  commonPunctuation: 7,
  punctuation: 10,
  lineFeed: 7,
  control: 10,
  /**
   * Latin-1 letters (common ones: é, ü, ñ; others; capitals É, Ç), Latin Extended-A (ł, ş, č),
   * Extended-B, Extended Additional and IPA (ǩ, ỏ, ɐ: two ASCII letters' bits spell many of them),
   * Latin-1 symbols (±, ¶).
   */
  latin1Common: 8,
  latin1: 11,
  latin1Capital: 13,
  latinExtendedA: 13,
  latinExtendedB: 20,
  latin1Symbol: 15,
  /** A letter of the script the letter before was written in: small alphabets, Hangul, CJK ideographs. */
  letterSameScript: 5,
  hangulSameScript: 9,
  ideographSameScript: 11,
  /** CJK Extension A: ideographs a text almost never needs (two lower-case ASCII letters' bits spell one). */
  rareIdeograph: 20,
  /**
   * A letter of another script than the letter before, at the start of a word (after a blank,
   * punctuation or a digit) and inside one: a Hangul syllable in the middle of an English word is
   * less likely than any ASCII punctuation.
   */
  letterNewScript: 20,
  letterNewScriptInWord: 32,
  /** An ASCII letter right after a letter of another script, inside a word (`잪print`). */
  backToLatinInWord: 24,
  /** General Punctuation, CJK and full-width punctuation. */
  otherPunctuation: 8,
  otherSymbol: 24,
  /** A digit right after a letter or a letter right after a digit. */
  letterDigitGlue: 8,
} as const;

/** The accented letters of French, Spanish, German and Italian text that occur most. */
const COMMON_ACCENTED = new Set([...'éèàáíóúñüöçê'].map((ch) => ch.charCodeAt(0)));

const COMMON_PUNCTUATION = new Set([...':;?!\'"()-'].map((ch) => ch.charCodeAt(0)));

const ASCII_LETTER_COST = new Uint8Array(26).fill(COST.asciiMiddling);
for (const ch of 'etaoinshrdlu') ASCII_LETTER_COST[ch.charCodeAt(0) - 0x61] = COST.asciiCommon;
for (const ch of 'jqxz') ASCII_LETTER_COST[ch.charCodeAt(0) - 0x61] = COST.asciiRare;

/** Beyond ASCII: a code point that is a character (no C1 control, surrogate or noncharacter). */
const isCharacter = (value: number) => value >= 0xa0 && value <= 0xfffd && !(value >= 0xd800 && value <= 0xdfff);

/** Not a letter: keeps the script of the letter before. */
const NO_SCRIPT = -100;

/**
 * The script of the character `value` spelt in `bits` bits when it is a letter (decoded-words.ts's
 * groups: ASCII and accented Latin are one, Han and kana another, …), NO_SCRIPT when it is not.
 */
function scriptOf(value: number, bits: number): number {
  if (bits === 7) return isAsciiLetterUnit(value) ? LATIN : NO_SCRIPT;
  if (bits < 8 || !isCharacter(value) || !(charFlags(value) & (LETTER | MARK))) return NO_SCRIPT;
  return scriptGroup(value);
}

/** An ASCII digit (a six-bit unpadded number). */
const isDigitValue = (value: number) => value >= 0x30 && value <= 0x39;

/** Punctuation outside ASCII that running text uses: General Punctuation, CJK and full-width. */
const isOtherPunctuation = (cp: number) => (cp >= 0x2010 && cp <= 0x205e) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff65);

/**
 * What an unpadded binary number of `bits` bits worth `value` costs as a character of `script`
 * after a letter of `previousScript`, or -1 when it is none. Unpadded numbers have no leading
 * zero: `value` has exactly `bits` bits.
 */
function characterCost(value: number, bits: number, script: number, previousScript: number, inWord: boolean): number {
  if (bits === 4) return value === 0x0a ? COST.lineFeed : value === 0x0d || value === 0x09 ? COST.control : -1;
  if (bits < 6) return -1;
  if (bits === 6) {
    // 0x20–0x3F: digits, blank and most punctuation.
    if (isDigitValue(value)) return COST.digit;
    if (value === 0x2e || value === 0x2c) return COST.stop;
    return COMMON_PUNCTUATION.has(value) ? COST.commonPunctuation : COST.punctuation;
  }
  if (bits === 7) {
    if (value === 0x7f) return -1;
    if (script !== LATIN) return COST.punctuation;
    const switched = inWord && previousScript !== LATIN && previousScript !== NO_SCRIPT;
    return ASCII_LETTER_COST[(value | 0x20) - 0x61]! + (value < 0x60 ? COST.capital : 0) + (switched ? COST.backToLatinInWord : 0);
  }
  if (!isCharacter(value)) return -1;
  if (script === LATIN) {
    if (value < 0xdf) return COST.latin1Capital;
    if (value < 0x100) return COMMON_ACCENTED.has(value) ? COST.latin1Common : COST.latin1;
    return value < 0x180 ? COST.latinExtendedA : COST.latinExtendedB;
  }
  if (script !== NO_SCRIPT) {
    if (script !== previousScript) return inWord ? COST.letterNewScriptInWord : COST.letterNewScript;
    if (value >= 0x3400 && value <= 0x4dbf) return COST.rareIdeograph;
    return script === HAN_AND_KANA ? COST.ideographSameScript : script === HANGUL ? COST.hangulSameScript : COST.letterSameScript;
  }
  if (value < 0xc0) return COST.latin1Symbol;
  return isOtherPunctuation(value) ? COST.otherPunctuation : COST.otherSymbol;
}

/** Where one character's bits are: indices into the run's symbols. */
interface Spelled {
  /** What the cuts cost in all (COST) and how many bits they read. */
  cost: number;
  bits: number;
  codePoints: number[];
  firstSymbol: number[];
  lastSymbol: number[];
}

/** Cuts kept per position: one per state (script, kind of last character) a cut there can end in. */
const BEAM = 6;

/** What the last character of a cut was: a letter, a digit, or anything else. */
const LETTER_KIND = 0;
const DIGIT_KIND = 1;
const OTHER_KIND = 2;
/** A cut's state: the script of its last letter and the kind of its last character. */
const stateOf = (script: number, kind: number) => (script - NO_SCRIPT) * 4 + kind;
const scriptOfState = (state: number) => (state >> 2) + NO_SCRIPT;
const kindOfState = (state: number) => state & 3;

const kindOf = (value: number, bits: number, script: number) =>
  script !== NO_SCRIPT ? LETTER_KIND : bits === 6 && isDigitValue(value) ? DIGIT_KIND : OTHER_KIND;

/**
 * Cuts bits[start, end) into unpadded binary numbers, one per character (Sneaky Bits writes
 * `bin(ord(ch))` with nothing between characters), choosing the cheapest cut after a letter of
 * `startScript`; returns the script of the cut's last letter, or undefined when the bits cannot be
 * cut into characters. A character's cost depends on the script of the letter before and on the
 * character before (a digit glued to a letter is unlikely: `lo1ua` and `lock!` are the same bits),
 * so each position keeps the cheapest cut ending in each of up to BEAM states (a Cyrillic word's
 * first letter costs more than a stray ASCII letter, and only pays off with the letters after it).
 * `truncated`: the bits were cut short and may end inside a character. O(n × 16 × BEAM).
 */
function cutIntoCharacters(bits: Uint8Array, start: number, end: number, startScript: number, truncated: boolean, out: Spelled): number | undefined {
  const length = end - start;
  const slots = (length + 1) * BEAM;
  const cost = new Float64Array(slots).fill(Infinity);
  const state = new Int32Array(slots);
  const width = new Uint8Array(slots);
  const previousSlot = new Uint8Array(slots);
  cost[0] = 0;
  state[0] = stateOf(startScript, OTHER_KIND);
  for (let i = 0; i < length; i += 1) {
    if (bits[start + i] !== 1) continue;
    for (let slot = 0; slot < BEAM; slot += 1) {
      const from = i * BEAM + slot;
      if (cost[from] === Infinity) continue;
      let value = 0;
      for (let bitCount = 1; bitCount <= MAX_CHARACTER_BITS && i + bitCount <= length; bitCount += 1) {
        value = value * 2 + bits[start + i + bitCount - 1]!;
        if (bitCount < 4) continue;
        const own = scriptOf(value, bitCount);
        const previousScript = scriptOfState(state[from]!);
        const charCost = characterCost(value, bitCount, own, previousScript, kindOfState(state[from]!) === LETTER_KIND);
        if (charCost < 0) continue;
        const kind = kindOf(value, bitCount, own);
        const glued = kind + kindOfState(state[from]!) === LETTER_KIND + DIGIT_KIND;
        // Keep the cheapest cut per state at the position this character ends.
        const after = stateOf(own === NO_SCRIPT ? previousScript : own, kind);
        const total = cost[from]! + charCost + (glued ? COST.letterDigitGlue : 0);
        const base = (i + bitCount) * BEAM;
        let target = -1;
        for (let k = 0; k < BEAM; k += 1) {
          if (cost[base + k] === Infinity || state[base + k] === after) {
            target = base + k;
            break;
          }
          if (target < 0 || cost[base + k]! > cost[target]!) target = base + k;
        }
        if (total >= cost[target]!) continue;
        cost[target] = total;
        state[target] = after;
        width[target] = bitCount;
        previousSlot[target] = slot;
      }
    }
  }
  // A run cut short at MAX_BITS_READ may end inside a character: end at the last whole one.
  let last = length;
  while (truncated && last > 0 && last > length - MAX_CHARACTER_BITS && cost[last * BEAM] === Infinity) last -= 1;
  let best = -1;
  for (let k = 0; k < BEAM; k += 1) if (cost[last * BEAM + k]! < (best < 0 ? Infinity : cost[last * BEAM + best]!)) best = k;
  if (best < 0 || last === 0) return undefined;
  const cuts: Array<[number, number]> = [];
  for (let at = last, slot = best; at > 0; ) {
    const bitCount = width[at * BEAM + slot]!;
    cuts.push([at - bitCount, at]);
    slot = previousSlot[at * BEAM + slot]!;
    at -= bitCount;
  }
  for (let k = cuts.length - 1; k >= 0; k -= 1) {
    const [from, to] = cuts[k]!;
    let value = 0;
    for (let i = from; i < to; i += 1) value = value * 2 + bits[start + i]!;
    out.codePoints.push(value);
    out.firstSymbol.push(start + from);
    out.lastSymbol.push(start + to - 1);
  }
  out.cost += cost[last * BEAM + best]!;
  out.bits += last;
  return scriptOfState(state[last * BEAM + best]!);
}

/** The run as symbols: its bits (1 for `one`) and where the separator splits them into groups. */
interface BitGroups {
  bits: Uint8Array;
  /** [start, end) symbol indices of each group between separators. */
  groups: Array<[number, number]>;
}

function groupBits(run: HiddenRun, count: number, one: number, separator: number): BitGroups {
  const bits = new Uint8Array(count);
  const groups: Array<[number, number]> = [];
  let groupStart = 0;
  for (let k = 0; k < count; k += 1) {
    const cp = run.codePoints[k]!;
    if (cp === separator) {
      if (k > groupStart) groups.push([groupStart, k]);
      groupStart = k + 1;
    } else bits[k] = cp === one ? 1 : 0;
  }
  if (count > groupStart) groups.push([groupStart, count]);
  return { bits, groups };
}

const symbolStart = (run: HiddenRun, k: number) => run.offsets[k]!;
const symbolEnd = (run: HiddenRun, k: number) => run.offsets[k]! + (run.codePoints[k]! > 0xffff ? 2 : 1);

/** Groups whose bits are whole bytes, read as UTF-8; a blank between groups of several bytes. */
function readBytes(run: HiddenRun, { bits, groups }: BitGroups): DecodedRun | undefined {
  if (groups.some(([start, end]) => (end - start) % 8 !== 0)) return undefined;
  const byteAt = (at: number) => {
    let byte = 0;
    for (let i = at; i < at + 8; i += 1) byte = byte * 2 + bits[i]!;
    return byte;
  };
  // Groups of one character each (one UTF-8 lead byte) are characters with a separator between
  // them, not words.
  const wordGap = groups.some(([start, end]) => {
    let leads = 0;
    for (let at = start; at < end; at += 8) if ((byteAt(at) & 0xc0) !== 0x80) leads += 1;
    return leads > 1;
  });
  const sink = new ByteSink(run.codePoints.length / 8 + groups.length);
  groups.forEach(([start, end], index) => {
    if (index > 0 && wordGap) sink.push(0x20, symbolStart(run, start - 1), symbolEnd(run, start - 1));
    for (let at = start; at < end; at += 8) sink.push(byteAt(at), symbolStart(run, at), symbolEnd(run, at + 7));
  });
  const decoded = decodeUtf8(sink.view());
  return decoded.invalid > 0 ? undefined : { text: decoded.text, starts: Array.from(decoded.starts), ends: Array.from(decoded.ends) };
}

/**
 * Groups cut into unpadded binary characters; a blank between groups (the separator is a space).
 * `startScript`: the script the first word is most likely in (each later word starts after the
 * script the one before ended in). A group cut short by MAX_BITS_READ that spells nothing is dropped.
 */
function readCharacters(run: HiddenRun, { bits, groups }: BitGroups, startScript: number): (DecodedRun & { costPerBit: number }) | undefined {
  const spelled: Spelled = { cost: 0, bits: 0, codePoints: [], firstSymbol: [], lastSymbol: [] };
  const perGroup: number[] = [];
  let script = startScript;
  for (const [index, [start, end]] of groups.entries()) {
    const before = spelled.codePoints.length;
    const truncated = index === groups.length - 1 && end < run.codePoints.length;
    const after = cutIntoCharacters(bits, start, end, script, truncated, spelled);
    if (after === undefined) {
      if (truncated && index > 0) break;
      return undefined;
    }
    script = after;
    perGroup.push(spelled.codePoints.length - before);
  }
  // One character per group: the separator stands between characters, not words.
  const wordGap = perGroup.some((n) => n > 1);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let k = 0;
  perGroup.forEach((count, index) => {
    if (index > 0 && wordGap) {
      const separator = groups[index]![0] - 1;
      text += ' ';
      starts.push(symbolStart(run, separator));
      ends.push(symbolEnd(run, separator));
    }
    for (let n = 0; n < count; n += 1, k += 1) {
      const ch = String.fromCodePoint(spelled.codePoints[k]!);
      text += ch;
      for (let unit = 0; unit < ch.length; unit += 1) {
        starts.push(symbolStart(run, spelled.firstSymbol[k]!));
        ends.push(symbolEnd(run, spelled.lastSymbol[k]!));
      }
    }
  });
  return { text, starts, ends, costPerBit: spelled.cost / spelled.bits };
}

/** The script most letters of `text` are written in (scriptOf's numbering). */
function mainScript(text: string): number {
  const letters = new Map<number, number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const script = scriptOf(cp, cp < 0x80 ? 7 : 8);
    if (script !== NO_SCRIPT) letters.set(script, (letters.get(script) ?? 0) + 1);
  }
  let main = NO_SCRIPT;
  for (const [script, count] of letters) if (main === NO_SCRIPT || count > letters.get(main)!) main = script;
  return main;
}

/**
 * Words in some language (decoded-words.ts): random bits cut into ideographs and punctuation are
 * not. `wholeCharacters`: characters beyond ASCII that decoded without an error (UTF-8 bytes).
 */
const readsAsText = (decoded: DecodedRun | undefined, wholeCharacters: number): decoded is DecodedRun =>
  decoded !== undefined && readsAsWords(decoded.text, wholeCharacters);

/**
 * What a run of invisible characters spells when it is bits: exactly two kinds of character (0 and
 * 1), or three with the rarest of them a separator (between words or characters). Both ways of
 * assigning 0 and 1 are tried, as bytes (UTF-8) and as unpadded binary numbers; undefined when no
 * reading is words; at most `maxBits` characters of the run are read. A zero-width watermark
 * reads as nothing (random bits).
 */
export function decodeBitRun(run: HiddenRun, maxBits = MAX_BITS_READ): DecodedRun | undefined {
  const count = Math.min(run.codePoints.length, maxBits);
  if (count < MIN_BIT_RUN) return undefined;
  const frequency = new Map<number, number>();
  for (let k = 0; k < count && frequency.size <= 3; k += 1) {
    const cp = run.codePoints[k]!;
    frequency.set(cp, (frequency.get(cp) ?? 0) + 1);
  }
  if (frequency.size < 2 || frequency.size > 3) return undefined;
  const rarestFirst = [...frequency].sort((a, b) => a[1] - b[1]).map(([cp]) => cp);
  for (const separator of frequency.size === 3 ? rarestFirst : [-1]) {
    const [zeroOrOne, oneOrZero] = rarestFirst.filter((cp) => cp !== separator) as [number, number];
    for (const one of [zeroOrOne, oneOrZero]) {
      const grouped = groupBits(run, count, one, separator);
      const asBytes = readBytes(run, grouped);
      if (asBytes && readsAsText(asBytes, multiByteCharacters(asBytes.text))) return asBytes;
      // The first word's script is known only once the rest is read: read again from the script
      // most letters came out in (a Chinese text's first ideograph would otherwise lose to ASCII).
      const firstReading = readCharacters(run, grouped, NO_SCRIPT);
      const script = firstReading ? mainScript(firstReading.text) : NO_SCRIPT;
      const asCharacters = script === NO_SCRIPT || script === LATIN ? firstReading : readCharacters(run, grouped, script);
      if (!asCharacters) continue;
      const { costPerBit, ...decoded } = asCharacters;
      const cheap = costPerBit <= MAX_COST_PER_BIT && decoded.text.length >= MIN_CHEAP_CHARACTERS;
      if (cheap || readsAsText(decoded, 0)) return decoded;
    }
  }
  return undefined;
}

/** Writes `text` as Sneaky Bits (garak's InjectSneakyBits): unpadded binary per character, spaces as ZWSP. */
export function toInvisibleBits(text: string): string {
  return [...text]
    .map((ch) => (ch === ' ' ? '\u200b' : ch.codePointAt(0)!.toString(2).replace(/[01]/g, (bit) => (bit === '0' ? '\u2062' : '\u2064'))))
    .join('');
}
