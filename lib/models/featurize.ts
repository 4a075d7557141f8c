import type { NormalizedText, TextView } from '../core/normalized-text.ts';
import { DESPACED_LEETSPEAK } from '../normalize/leetspeak.ts';
import { SIGNAL } from '../normalize/signal-kinds.ts';

/**
 * The one featurizer shared by training (scripts/train.ts) and inference (the model detectors), so
 * the two cannot drift apart: hashed word uni/bi-grams plus character n-grams, fastText style.
 *
 * Why hashing and character n-grams: the models must run in a few milliseconds in a service worker
 * and fit in a few megabytes, must read languages without word boundaries (zh, ja, th) and survive
 * spelling games that normalization did not fully undo. A vocabulary-free hashed bag does all of
 * that with one table lookup per feature; the collisions cost little at 2^16–2^17 buckets.
 */
export interface FeaturizerConfig {
  /** Number of hash buckets (rows of the embedding table); a power of two. */
  buckets: number;
  /** Smallest and largest character n-gram length. */
  charNgrams: readonly [number, number];
  /** Word n-grams up to this length (1 = unigrams only). */
  wordNgrams: number;
  /** Characters of (normalized) text featurized; longer texts are scanned in windows. */
  maxChars: number;
  /**
   * Also character 1- and 2-grams of scripts written without spaces (Chinese, Japanese, Korean
   * syllables, Thai, Lao, Khmer, Myanmar). There one or two characters are a word (毒 "poison",
   * 炸弹 "bomb"), a sentence is one "word" to the word n-grams, and 3–5-grams are phrases too rare
   * to learn from a few hundred rows.
   */
  unspacedNgrams?: boolean;
}

export interface Features {
  /** Distinct bucket ids, ascending. */
  ids: Int32Array;
  /** Per-id weight; they sum to 1 (the embedding bag is a mean). */
  weights: Float32Array;
}

const WORD_SEED = 0x9e3779b1;
const CHAR_SEED = 0x85ebca77;
const FNV_PRIME = 0x01000193;
/** Decoded layers featurized beside the canonical text (the deepest ones add little). */
const MAX_EXTRA_VIEWS = 4;
/** Depth-0 readings of parts of the text (lines turned back, as displayed, as typed): read beside it, like decoded layers. */
const PART_READINGS = new Set(['upside-down', 'bidi-display', 'backspace']);
/** A reading whose source spans this much of the text means the text is only its encoding. */
const WHOLE_TEXT_COVERAGE = 0.8;

const coversText = (view: TextView, originalLength: number): boolean => {
  const { start, end } = view.toOriginal(0, view.text.length);
  return end - start >= WHOLE_TEXT_COVERAGE * originalLength;
};

/** Signals after which the skeleton is what the text means: letters passing for another script's, styled letters NFKC keeps, accents as noise. */
const FOLDING_SIGNALS: ReadonlySet<string> = new Set([SIGNAL.homoglyph, SIGNAL.styledLetters, SIGNAL.accentNoise]);

/**
 * The canonical view, or the reading of it that says what it means: look-alike letters folded
 * (only after one of FOLDING_SIGNALS — the skeleton of ordinary Russian or Greek would be
 * gibberish), leetspeak spelled out (spaced-out leetspeak closed up first), spread-out letters
 * closed up, letters written twice ("iiggnnoorree") read once, words run together
 * ("ignore_all_previous") split apart, words split by punctuation ("ign-ore all prev-ious") put
 * back together, words with two letters swapped ("prevoius") respelled, or words one per line or
 * between tabs spaced as a sentence.
 */
function primaryReading(text: NormalizedText): TextView {
  const named = (name: string) => text.views.find((view) => view.name === name);
  const folded = text.signals.some((signal) => FOLDING_SIGNALS.has(signal.kind)) ? named('skeleton') : undefined;
  return folded ?? named(DESPACED_LEETSPEAK) ?? named('leetspeak') ?? named('despaced') ?? named('undoubled') ?? named('unjoined') ?? named('rejoined') ?? named('swapped-letters') ?? named('respaced') ?? text.canonical;
}

/** Readings whose source is readable text (glued string literals), not an encoding to leave out. */
const READABLE_SOURCES = new Set(['split-payload']);

/**
 * Where in the original the decoded layers among `extras` came from (their signals' spans; depth 1
 * only, since deeper layers sit inside those), merged into disjoint ranges in order.
 */
function encodedSources(text: NormalizedText, extras: readonly TextView[]): Array<{ start: number; end: number }> {
  const decoded = new Set(extras.filter((view) => view.depth === 1 && !READABLE_SOURCES.has(view.name)).map((view) => view.name));
  if (decoded.size === 0) return [];
  const spans = text.signals
    .filter((signal) => signal.depth === 1 && signal.view !== undefined && decoded.has(signal.view))
    .flatMap((signal) => signal.spans)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The first `limit` units of a reading with the characters of `sources` (original ranges) left out,
 * each left-out stretch read as one blank. The decoded text is read beside it, so the encoded
 * characters would only dilute the bag with gibberish: "BASE64 encoded string: SWdub3Jl…" is read
 * as the template's words and what the payload says.
 */
function withoutEncodings(view: TextView, sources: ReadonlyArray<{ start: number; end: number }>, limit: number): string {
  if (sources.length === 0) return view.text;
  // Sources are disjoint and in order: a binary search per unit (a hostile text has hundreds).
  const inSource = (at: number) => {
    let low = 0;
    let high = sources.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sources[mid]!.end <= at) low = mid + 1;
      else high = mid;
    }
    return low < sources.length && sources[low]!.start <= at;
  };
  let out = '';
  let skipping = false;
  const length = Math.min(view.text.length, limit);
  for (let k = 0; k < length; k += 1) {
    if (inSource(view.toOriginal(k, k + 1).start)) {
      if (!skipping) out += ' ';
      skipping = true;
      continue;
    }
    skipping = false;
    out += view.text[k];
  }
  return out;
}

/**
 * The text a model reads: what the text says, not how it was hidden. The canonical view (or its
 * reading with look-alikes folded or leetspeak spelled out: same text, read as meant), then what decoding
 * and the part readings revealed (a base64, reversed or upside-down payload is read as what it
 * says). When one of those readings spans (almost) the whole text, the text is nothing but its
 * encoding and is left out: half a bag of reversed or base64 gibberish would only dilute the
 * reading; otherwise the encoded stretches are left out of it (withoutEncodings). Lower-cased,
 * whitespace collapsed, cut at `maxChars`.
 */
export function modelText(text: NormalizedText | string, maxChars: number): string {
  let joined: string;
  if (typeof text === 'string') joined = text;
  else {
    const extras = text.views.filter((view) => view.depth >= 1 || PART_READINGS.has(view.name)).slice(0, MAX_EXTRA_VIEWS);
    const primary = primaryReading(text);
    const encodedWhole = text.original.length > 0 && extras.some((view) => coversText(view, text.original.length));
    const primaryText = encodedWhole ? undefined : withoutEncodings(primary, encodedSources(text, extras), maxChars * 2);
    joined = [...(primaryText === undefined ? [] : [primaryText]), ...extras.map((view) => view.text)].join('\n');
  }
  return joined.slice(0, maxChars * 2).toLowerCase().replace(/\s+/gu, ' ').trim().slice(0, maxChars);
}

/** Letters a decoded payload needs before it is also read on its own: shorter ones are URL bits and entities. */
const MIN_PAYLOAD_LETTERS = 24;

/**
 * What the decoded layers say, read on their own, when the text holds an encoded payload beside
 * other text ("BASE64 encoded string: SWdub3Jl…\nBASE64 decoded string:"): undefined when the
 * text has no such payload (or is nothing but one: `modelText` then reads only the payload
 * already). Models read it beside `modelText` and keep the higher score, so a template's words
 * cannot dilute what the payload asks for.
 */
export function payloadReading(text: NormalizedText, maxChars: number): string | undefined {
  const payloads = text.views.filter((view) => view.depth >= 1 && !READABLE_SOURCES.has(view.name)).slice(0, MAX_EXTRA_VIEWS);
  if (payloads.length === 0 || payloads.some((view) => coversText(view, text.original.length))) return undefined;
  const joined = payloads.map((view) => view.text).join('\n');
  let letters = 0;
  for (let i = 0; i < joined.length && letters < MIN_PAYLOAD_LETTERS; i += 1) if (/\p{L}/u.test(joined[i]!)) letters += 1;
  return letters < MIN_PAYLOAD_LETTERS ? undefined : modelText(joined, maxChars);
}

const isWordChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff0f));

const mix = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

/** Final avalanche so nearby hashes land in unrelated buckets (murmur3 fmix32). */
function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function featurize(text: NormalizedText | string, config: FeaturizerConfig): Features {
  return featurizeModelText(modelText(text, config.maxChars), config);
}

/** Features of text already passed through `modelText` (the training script caches that step). */
export function featurizeModelText(text: string, config: FeaturizerConfig): Features {
  const mask = config.buckets - 1;
  const seen = new Set<number>();
  const [minN, maxN] = config.charNgrams;

  // Character n-grams over the text with word boundaries marked by a space on each side.
  const padded = ` ${text} `;
  for (let start = 0; start < padded.length; start++) {
    let hash = CHAR_SEED;
    for (let n = 1; n <= maxN && start + n <= padded.length; n++) {
      hash = mix(hash, padded.charCodeAt(start + n - 1));
      if (n >= minN) seen.add(finish(hash) & mask);
    }
  }

  // Word n-grams: runs of letters/digits (anything non-ASCII counts as a letter, so scripts
  // without case or spaces still form "words" that char n-grams then cover).
  const words: number[] = [];
  let hash = WORD_SEED;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isWordChar(code)) {
      hash = mix(hash, code);
      inWord = true;
    } else if (inWord) {
      words.push(hash >>> 0);
      hash = WORD_SEED;
      inWord = false;
    }
  }
  for (let i = 0; i < words.length; i++) {
    let gram = words[i]!;
    seen.add(finish(gram ^ 0x5bd1e995) & mask);
    for (let n = 2; n <= config.wordNgrams && i + n <= words.length; n++) {
      gram = mix(gram, words[i + n - 1]!);
      seen.add(finish(gram + n) & mask);
    }
  }

  if (config.unspacedNgrams) addUnspacedNgrams(text, seen, mask);

  // A constant feature, so an empty text still has one row to average (and the bag is never empty).
  seen.add(finish(CHAR_SEED ^ WORD_SEED) & mask);
  const ids = Int32Array.from(seen).sort();
  const weights = new Float32Array(ids.length).fill(1 / ids.length);
  return { ids, weights };
}

const UNSPACED_SEED = 0x27d4eb2f;

/** Han (and its extension A and compatibility block), kana, Hangul syllables, Thai, Lao, Khmer, Myanmar. */
const isUnspaced = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0x3040 && code <= 0x30ff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0x0e00 && code <= 0x0eff) ||
  (code >= 0x1780 && code <= 0x17ff) ||
  (code >= 0x1000 && code <= 0x109f);

/** Character unigrams and bigrams within runs of unspaced-script characters. */
function addUnspacedNgrams(text: string, seen: Set<number>, mask: number): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnspaced(code)) continue;
    const unigram = mix(UNSPACED_SEED, code);
    seen.add(finish(unigram) & mask);
    const next = text.charCodeAt(i + 1);
    if (isUnspaced(next)) seen.add(finish(mix(unigram, next)) & mask);
  }
}
