import { MAX_REGIONS } from '../budget.ts';
import { SIGNAL } from '../signal-kinds.ts';
import { describeText } from '../text-shape.ts';
import { ByteSink } from '../utf8.ts';
import { bytesToRegion } from './bytes-to-text.ts';
import type { DecodedRegion, Decoder } from './decoder.ts';
import type { DecodeSource } from './decode-source.ts';

/** Shortest undelimited run looked at: ten characters are eight bytes, below that words and ids abound. */
export const MIN_BASE85_CHARS = 10;
/** Shortest content of a `<~…~>` block: four characters are three bytes (the delimiters are the evidence). */
const MIN_DELIMITED_CHARS = 4;
/** A group's digits, most significant first: five base-85 digits hold one 32-bit word. */
const GROUP = 5;
/** The digit a short final group is padded with (both Python decoders pad with the highest one). */
const PAD_DIGIT = 84;
/** Wrapping characters a run may carry from the sentence around it (`"…".`, `(…)`), stripped when the whole token fails. */
const MAX_WRAPPERS = 2;

const TILDE = 0x7e;
const LESS = 0x3c;
const GREATER = 0x3e;
const LETTER_Z = 0x7a;

/** Digit value per ASCII code in Ascii85 (`!`…`u`), -1 outside it. */
const A85_DIGIT = new Int8Array(128).fill(-1);
for (let c = 0x21; c <= 0x75; c += 1) A85_DIGIT[c] = c - 0x21;

/** Digit value per ASCII code in RFC 1924 base85 (Python's b85encode), -1 outside it. */
const B85_DIGIT = new Int8Array(128).fill(-1);
const B85_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
for (let k = 0; k < B85_ALPHABET.length; k += 1) B85_DIGIT[B85_ALPHABET.charCodeAt(k)] = k;

// Per ASCII code: which alphabets hold it, and what kind of character it is (for the mix test).
const IN_A85 = 1;
const IN_B85 = 2;
const UPPER = 4;
const LOWER = 8;
const DIGIT = 16;
const SYMBOL = 32;
const CLASS = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c += 1) {
  let bits = 0;
  if (A85_DIGIT[c]! >= 0 || c === LETTER_Z) bits |= IN_A85; // "z" stands for four zero bytes
  if (B85_DIGIT[c]! >= 0) bits |= IN_B85;
  if (c >= 0x41 && c <= 0x5a) bits |= UPPER;
  else if (c >= 0x61 && c <= 0x7a) bits |= LOWER;
  else if (c >= 0x30 && c <= 0x39) bits |= DIGIT;
  else bits |= SYMBOL;
  CLASS[c] = bits;
}
const ALPHABETS = IN_A85 | IN_B85;

/** Spaces, line breaks and controls end a token; inside `<~…~>` and wrapped runs they are skipped. */
const isBlank = (unit: number) => unit <= 0x20;

/**
 * What a stretch of text is made of: the alphabets that hold every character (IN_A85, IN_B85) and
 * the kinds of characters seen (UPPER, LOWER, DIGIT, SYMBOL), as one mask.
 */
function runFacts(text: string, start: number, end: number): number {
  let alphabets = ALPHABETS;
  let seen = 0;
  for (let i = start; i < end && alphabets !== 0; i += 1) {
    const unit = text.charCodeAt(i);
    const bits = unit < 128 ? CLASS[unit]! : 0;
    alphabets &= bits;
    seen |= bits;
  }
  return alphabets | (seen & ~ALPHABETS);
}

/**
 * Encoded bytes spread evenly over the alphabet, so ten characters of base85 nearly always mix
 * both cases with a digit or a symbol. Words, numbers, snake_case and lower-case paths lack the
 * mix; camelCase identifiers and paths with capitals have it, and are left to the decoding (their
 * bytes are not text).
 */
const isMixed = (facts: number) => (facts & UPPER) !== 0 && (facts & LOWER) !== 0 && (facts & (DIGIT | SYMBOL)) !== 0;

/**
 * Runs up to this long decode into one reused sink: on text full of candidate tokens, allocating
 * a sink's three typed arrays per token took half the time. bytesToRegion copies what it keeps,
 * so the sink is free again once a reading is judged.
 */
const SCRATCH_CHARS = 100;
const scratch = new ByteSink(Math.ceil((SCRATCH_CHARS * 4) / GROUP));

function sinkFor(chars: number, maxBytes: number): ByteSink {
  if (chars > SCRATCH_CHARS) return new ByteSink(Math.min(maxBytes, Math.ceil((chars * 4) / GROUP)));
  scratch.length = 0;
  return scratch;
}

/**
 * Decodes base-85 groups in `start`…`end` with one alphabet, blanks skipped: four bytes per group
 * of five digits, n bytes for a final group of n + 1, "z" for four zero bytes where `zeroGroups`
 * (Ascii85). Each byte maps to the source range of its group. Undefined when the stretch breaks
 * the format: a character outside the alphabet, a group above 2³² − 1, "z" inside a group, or a
 * lone final digit.
 */
function decodeGroups(text: string, start: number, end: number, digits: Int8Array, zeroGroups: boolean, maxBytes: number): ByteSink | undefined {
  const sink = sinkFor(end - start, maxBytes);
  let value = 0;
  let count = 0;
  let groupStart = start;
  for (let i = start; i < end && sink.length < maxBytes; i += 1) {
    const unit = text.charCodeAt(i);
    if (isBlank(unit)) continue;
    if (zeroGroups && unit === LETTER_Z) {
      if (count !== 0) return undefined;
      for (let k = 0; k < 4; k += 1) sink.push(0, i, i + 1);
      continue;
    }
    const digit = unit < 128 ? digits[unit]! : -1;
    if (digit < 0) return undefined;
    if (count === 0) groupStart = i;
    value = value * 85 + digit;
    count += 1;
    if (count === GROUP) {
      if (value > 0xffffffff) return undefined;
      for (let shift = 24; shift >= 0; shift -= 8) sink.push((value >>> shift) & 0xff, groupStart, i + 1);
      value = 0;
      count = 0;
    }
  }
  if (count === 1 && sink.length < maxBytes) return undefined;
  if (count > 1) {
    const last = lastNonBlank(text, groupStart, end);
    for (let k = count; k < GROUP; k += 1) value = value * 85 + PAD_DIGIT;
    if (value > 0xffffffff) return undefined;
    for (let k = 0, shift = 24; k < count - 1; k += 1, shift -= 8) sink.push((value >>> shift) & 0xff, groupStart, last);
  }
  // A group's last bytes may overshoot the budget: cut there.
  if (sink.length > maxBytes) sink.length = maxBytes;
  return sink;
}

/** End of the last non-blank character in `start`…`end` (where a short final group stops). */
function lastNonBlank(text: string, start: number, end: number): number {
  let last = end;
  while (last > start + 1 && isBlank(text.charCodeAt(last - 1))) last -= 1;
  return last;
}

/** Is `a` likelier text than `b`? Only asked when both readings of a run decode (rare). */
function readsBetter(a: string, b: string): boolean {
  const shapeA = describeText(a, 512);
  const shapeB = describeText(b, 512);
  return shapeA.letterRatio + shapeA.spaceRatio > shapeB.letterRatio + shapeB.spaceRatio;
}

/** Letters in a row, capitalised or in one case, that make a word or part of an identifier ("Step", "DEBUG"). */
const WORD_LETTERS = 4;
/**
 * Share of a run above which its letters read as words. Encoded bytes scatter the two cases (a
 * base85 digit is a capital one time in three, a small letter one time in three or four), so
 * word-like runs of four letters are rare in them: of the Ascii85 and base85 encodings of 300
 * English attack prompts none exceeds this share, of those of their first twelve characters 8 in
 * 600 do. Identifiers, template fields and hyphenated words that pass the mix test mostly exceed
 * it ("{{Occupation}}" 0.71, "Step-by-Step" 0.67, "DEBUG=true" 0.9, "getElementById2" 0.47).
 */
const MAX_WORD_SHARE = 0.4;

/**
 * Share of `start`…`end` in word-like letter runs of at least WORD_LETTERS: capitals in a row, or
 * small letters in a row with at most one capital before them.
 */
function wordShare(text: string, start: number, end: number): number {
  let inWords = 0;
  let run = 0;
  let capitals = 0;
  for (let i = start; i <= end; i += 1) {
    const unit = i < end ? text.charCodeAt(i) : 0;
    const upper = unit >= 0x41 && unit <= 0x5a;
    const lower = unit >= 0x61 && unit <= 0x7a;
    if (upper && run === capitals) {
      run += 1;
      capitals += 1;
      continue;
    }
    if (lower && (run > capitals || capitals <= 1)) {
      run += 1;
      continue;
    }
    if (run >= WORD_LETTERS) inWords += run;
    // A capital after small letters, or a small letter after several capitals, starts a new run.
    run = upper || lower ? 1 : 0;
    capitals = upper ? 1 : 0;
  }
  return inWords / Math.max(1, end - start);
}

/**
 * Undelimited runs that decode to fewer bytes than this must decode to printable ASCII: identifiers
 * that slip through the word test ("HashMap<>(") decode to a few bytes that the text test takes
 * for a CJK character or two among symbols. Short payloads in other scripts are lost (five
 * Chinese characters are fifteen bytes); English ones are kept.
 */
const SHORT_DECODED_BYTES = 16;

/** Are the bytes printable ASCII (blanks and line breaks included)? */
function isPrintableAscii(sink: ByteSink): boolean {
  for (let k = 0; k < sink.length; k += 1) {
    const byte = sink.bytes[k]!;
    if (!((byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d)) return false;
  }
  return true;
}

/** An undelimited run's bytes as text (see SHORT_DECODED_BYTES). */
function runRegion(sink: ByteSink | undefined, start: number, end: number): DecodedRegion | undefined {
  if (!sink || (sink.length < SHORT_DECODED_BYTES && !isPrintableAscii(sink))) return undefined;
  return bytesToRegion(sink, start, end);
}

/** The reading of a run (Ascii85, RFC 1924 base85, or either) whose bytes are text. */
function readRun(text: string, start: number, end: number, facts: number, maxBytes: number): DecodedRegion | undefined {
  let best: DecodedRegion | undefined;
  if (facts & IN_A85) best = runRegion(decodeGroups(text, start, end, A85_DIGIT, true, maxBytes), start, end);
  if (facts & IN_B85) {
    const other = runRegion(decodeGroups(text, start, end, B85_DIGIT, false, maxBytes), start, end);
    if (other && (!best || readsBetter(other.text, best.text))) best = other;
  }
  return best;
}

/** A run of one token or of wrapped lines, with facts that pass the length and mix tests. */
function readCandidate(text: string, start: number, end: number, facts: number, maxBytes: number): DecodedRegion | undefined {
  if ((facts & ALPHABETS) === 0 || !isMixed(facts) || wordShare(text, start, end) > MAX_WORD_SHARE) return undefined;
  return readRun(text, start, end, facts, maxBytes);
}

const isOpeningWrapper = (unit: number) => unit === 0x22 || unit === 0x27 || unit === 0x28 || unit === 0x5b || unit === 0x60;
const isClosingWrapper = (unit: number) =>
  unit === 0x22 || unit === 0x27 || unit === 0x29 || unit === 0x5d || unit === 0x60 || unit === 0x2e || unit === 0x2c || unit === 0x3b || unit === 0x3a || unit === 0x21 || unit === 0x3f;

/**
 * One whitespace-delimited token: as it stands, else without what a sentence or a template put
 * around it (quotes, brackets, a full stop; half of Adobe's delimiters, as in `87cURD]i~>`).
 */
function readToken(text: string, start: number, end: number, maxBytes: number): DecodedRegion | undefined {
  if (end - start < MIN_BASE85_CHARS) return undefined;
  const whole = readCandidate(text, start, end, runFacts(text, start, end), maxBytes);
  if (whole) return whole;
  let from = start;
  let to = end;
  if (text.charCodeAt(from) === LESS && text.charCodeAt(from + 1) === TILDE) from += 2;
  if (text.charCodeAt(to - 1) === GREATER && text.charCodeAt(to - 2) === TILDE) to -= 2;
  for (let k = 0; k < MAX_WRAPPERS && to - from > MIN_BASE85_CHARS && isOpeningWrapper(text.charCodeAt(from)); k += 1) from += 1;
  for (let k = 0; k < MAX_WRAPPERS && to - from > MIN_BASE85_CHARS && isClosingWrapper(text.charCodeAt(to - 1)); k += 1) to -= 1;
  if ((from === start && to === end) || to - from < MIN_BASE85_CHARS) return undefined;
  return readCandidate(text, from, to, runFacts(text, from, to), maxBytes);
}

/** End of the token starting at `from` (the next blank, or the text's end). */
function tokenEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !isBlank(text.charCodeAt(end))) end += 1;
  return end;
}

/** Start of the line after a line break at `at` ("\n" or "\r\n"), or -1 when no break is there. */
function nextLineStart(text: string, at: number): number {
  let k = at;
  if (text.charCodeAt(k) === 0x0d) k += 1;
  return text.charCodeAt(k) === 0x0a ? k + 1 : -1;
}

/** Lines of one wrapped run: where the last one starts and the run ends, and their facts together. */
interface WrappedRun {
  end: number;
  facts: number;
  lines: number;
  /** Start of the last line when it is shorter than the others (the end of the payload), else -1. */
  shortLast: number;
  /** End of the line before it. */
  beforeLast: number;
}

/**
 * A short line after a payload's lines that is mostly one word ("Decoded:", "Thanks") is the
 * prompt going on. Stricter than MAX_WORD_SHARE, and only from six characters: the last line of
 * a wrapped payload is short, and random digits fill a short line with four letters in a row
 * often (measured: 1.4% of random six-character base85 lines reach this share, 0.6% of eight).
 */
const TEMPLATE_WORD_SHARE = 0.75;
const MIN_TEMPLATE_CHARS = 6;

const isTemplateLine = (text: string, start: number, end: number) =>
  end - start >= MIN_TEMPLATE_CHARS && wordShare(text, start, end) >= TEMPLATE_WORD_SHARE;

/**
 * Ascii85 or base85 wrapped at a fixed width (Python's `wrapcol`, a mail client): the token that
 * ends a line, then lines that each hold one token of exactly its width, then possibly one
 * shorter. A shorter line of word-like letters is the template going on ("Decoded:"), not the
 * payload's end. Undefined when the token is not followed by such lines.
 */
function wrappedRun(text: string, start: number, end: number, facts: number): WrappedRun | undefined {
  const width = end - start;
  const run: WrappedRun = { end, facts, lines: 1, shortLast: -1, beforeLast: end };
  for (;;) {
    const next = nextLineStart(text, run.end);
    if (next < 0) break;
    const lineEnd = tokenEnd(text, next);
    const length = lineEnd - next;
    if (length === 0 || length > width || (lineEnd < text.length && nextLineStart(text, lineEnd) < 0)) break;
    const lineFacts = runFacts(text, next, lineEnd);
    const alphabets = run.facts & lineFacts & ALPHABETS;
    if (alphabets === 0) break;
    if (length < width && isTemplateLine(text, next, lineEnd)) break;
    run.facts = alphabets | ((run.facts | lineFacts) & ~ALPHABETS);
    run.beforeLast = run.end;
    run.end = lineEnd;
    run.lines += 1;
    if (length < width) {
      run.shortLast = next;
      break;
    }
  }
  return run.lines > 1 ? run : undefined;
}

/** Controls (a carriage return without its line feed among them) and replacement characters: what a wrong last group leaves. */
function brokenUnits(text: string): number {
  let broken = 0;
  for (let k = 0; k < text.length; k += 1) {
    const unit = text.charCodeAt(k);
    const blank = unit === 0x09 || unit === 0x0a || (unit === 0x0d && text.charCodeAt(k + 1) === 0x0a);
    if ((unit < 0x20 && !blank) || (unit >= 0x7f && unit <= 0x9f) || unit === 0xfffd) broken += 1;
  }
  return broken;
}

/**
 * A wrapped run as one payload. A short last line may be the template's ("$" on the line after
 * the payload in one of garak's templates) rather than the payload's end: the run is read with
 * and without it, and the reading with fewer broken characters wins. On a tie a one-character
 * line is taken for the template's (a payload's last group has two digits or more, so one digit
 * ends a payload only at some widths), a longer one for the payload's.
 */
function readWrapped(text: string, start: number, run: WrappedRun, maxBytes: number): DecodedRegion | undefined {
  const whole = readCandidate(text, start, run.end, run.facts, maxBytes);
  if (run.shortLast < 0) return whole;
  const shorter = readCandidate(text, start, run.beforeLast, run.facts, maxBytes);
  if (!whole || !shorter) return whole ?? shorter;
  const brokenWhole = brokenUnits(whole.text);
  const brokenShorter = brokenUnits(shorter.text);
  if (brokenWhole !== brokenShorter) return brokenShorter < brokenWhole ? shorter : whole;
  return run.end - run.shortLast === 1 ? shorter : whole;
}

/**
 * End (after "~>") of an Adobe Ascii85 block that opens with "<~" at `at`: only Ascii85 digits,
 * "z" and blanks between the delimiters, at least MIN_DELIMITED_CHARS digits. -1 otherwise. Stops
 * at the first "~", so scans from different "<~" never overlap by more than the delimiters.
 */
function delimitedEnd(text: string, at: number): number {
  let digits = 0;
  for (let k = at + 2; k < text.length; k += 1) {
    const unit = text.charCodeAt(k);
    if (unit === TILDE) return text.charCodeAt(k + 1) === GREATER && digits >= MIN_DELIMITED_CHARS ? k + 2 : -1;
    if (isBlank(unit)) continue;
    if (unit >= 128 || (CLASS[unit]! & IN_A85) === 0) return -1;
    digits += 1;
  }
  return -1;
}

/**
 * Cheap test before the scan: an Ascii85 block opener, or two ASCII symbols within six characters,
 * the first right after a letter or digit. Base85 of text has a symbol in every third or fourth
 * character; 69 % of the dev data's benign prompts and replies have no such pair and skip the scan.
 */
export const MAY_BE_BASE85 = /<~|[0-9A-Za-z][!-/:-@[-`{-~][!-~]{0,4}[!-/:-@[-`{-~]/;

/**
 * Ascii85 (Adobe's, btoa's, Python's `a85encode`: digits `!`…`u`, "z" for four zero bytes) and
 * RFC 1924 base85 (Python's `b85encode`, git's binary patches: `0-9A-Za-z` and 23 symbols), UTF-8
 * or UTF-16 underneath. Read from `<~…~>` blocks (blanks and line breaks inside ignored) and from
 * whitespace-delimited tokens of at least MIN_BASE85_CHARS characters, possibly wrapped over lines
 * of one width; a token may be quoted or end a sentence. A token is tried in each alphabet that
 * holds it, and kept when its bytes are text.
 *
 * Left alone: tokens without both letter cases and a digit or symbol (words, numbers, most
 * paths), tokens that break the format (a lone final digit, a group above 2³² − 1), and every
 * run whose bytes are not plausible text (bytes-to-text.ts) — identifiers, URLs, hashes, base64,
 * passwords and code decode to binary noise.
 */
export const base85: Decoder = {
  name: SIGNAL.base85,
  find(source: DecodeSource, maxChars: number): DecodedRegion[] {
    const text = source.text;
    if (!MAY_BE_BASE85.test(text)) return [];
    const length = text.length;
    const regions: DecodedRegion[] = [];
    let budget = maxChars;
    const keep = (region: DecodedRegion | undefined) => {
      if (!region || regions.length >= MAX_REGIONS || budget <= 0) return;
      regions.push(region);
      budget -= region.text.length;
    };
    let nextBlock = text.indexOf('<~');
    let i = 0;
    while (i < length && regions.length < MAX_REGIONS && budget > 0) {
      if (isBlank(text.charCodeAt(i))) {
        i += 1;
        continue;
      }
      const end = tokenEnd(text, i);
      if (nextBlock !== -1 && nextBlock < i) nextBlock = text.indexOf('<~', i);
      let blockEnd = -1;
      while (nextBlock !== -1 && nextBlock < end && blockEnd < 0) {
        blockEnd = delimitedEnd(text, nextBlock);
        if (blockEnd < 0) nextBlock = text.indexOf('<~', nextBlock + 2);
      }
      if (blockEnd > 0) {
        // A block may open inside a token ("text:<~…~>"): what comes before it is left alone.
        const sink = decodeGroups(text, nextBlock + 2, blockEnd - 2, A85_DIGIT, true, budget);
        keep(sink && bytesToRegion(sink, nextBlock, blockEnd));
        i = blockEnd;
        nextBlock = text.indexOf('<~', blockEnd);
        continue;
      }
      if (end - i < MIN_BASE85_CHARS) {
        i = end;
        continue;
      }
      const facts = runFacts(text, i, end);
      const run = (facts & ALPHABETS) !== 0 ? wrappedRun(text, i, end, facts) : undefined;
      if (!run) {
        keep(readToken(text, i, end, budget));
        i = end;
        continue;
      }
      const wrapped = readWrapped(text, i, run, budget);
      if (wrapped) {
        keep(wrapped);
      } else {
        // Lines of one width that do not decode together may still be tokens each (a list of keys).
        for (let from = i, lines = run.lines; lines > 0 && from >= 0 && from < run.end; lines -= 1) {
          const to = tokenEnd(text, from);
          keep(readToken(text, from, to, budget));
          from = nextLineStart(text, to);
        }
      }
      i = run.end;
    }
    return regions;
  },
};


/**
 * Base85 of the UTF-8 bytes, four bytes to five characters, a final group of n bytes to n + 1
 * characters: Adobe's Ascii85 (`a85encode`, with `z` for four zero bytes) or RFC 1924's alphabet
 * (`b85encode`). For examples, tests and `lib/eval/obfuscate.ts`.
 */
export function toBase85(text: string, variant: 'ascii85' | 'rfc1924'): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const count = Math.min(4, bytes.length - i);
    let value = 0;
    for (let k = 0; k < 4; k += 1) value = value * 256 + (bytes[i + k] ?? 0);
    if (variant === 'ascii85' && count === 4 && value === 0) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k += 1) {
      const digit = value % 85;
      value = (value - digit) / 85;
      digits.unshift(variant === 'ascii85' ? String.fromCharCode(0x21 + digit) : B85_ALPHABET[digit]!);
    }
    out += digits.slice(0, count + 1).join('');
  }
  return out;
}
