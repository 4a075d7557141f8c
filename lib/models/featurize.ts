import type { NormalizedText } from '../core/normalized-text.ts';

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

/**
 * The text a model reads: the canonical view, then what decoding revealed (a base64 or reversed
 * payload is read as what it says). Lower-cased, whitespace collapsed, cut at `maxChars`.
 */
export function modelText(text: NormalizedText | string, maxChars: number): string {
  let joined: string;
  if (typeof text === 'string') joined = text;
  else {
    const parts = [text.canonical.text];
    let extra = 0;
    for (const view of text.views) {
      if (view.depth < 1 || extra >= MAX_EXTRA_VIEWS) continue;
      parts.push(view.text);
      extra += 1;
    }
    joined = parts.join('\n');
  }
  return joined.slice(0, maxChars * 2).toLowerCase().replace(/\s+/gu, ' ').trim().slice(0, maxChars);
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

  // A constant feature, so an empty text still has one row to average (and the bag is never empty).
  seen.add(finish(CHAR_SEED ^ WORD_SEED) & mask);
  const ids = Int32Array.from(seen).sort();
  const weights = new Float32Array(ids.length).fill(1 / ids.length);
  return { ids, weights };
}
