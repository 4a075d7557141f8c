import { err, ok, type Result } from '../core/result.ts';
import { hashName } from './name-hash.ts';

/**
 * A binary fuse filter with 8-bit fingerprints (Graf & Lemire, "Binary Fuse Filters: Fast and
 * Smaller Than Xor Filters", ACM JEA 2022): a set-membership test that answers "maybe in the set"
 * for every member and wrongly for about 1/256 (0.39 %) of non-members, in ~9 bits per name — 4.5 M
 * npm names in ~5 MB, where a Bloom filter of the same size would be wrong ~2 % of the time and an
 * exact set would take ~60 MB. Written here (not taken from npm) because the packages that exist
 * are either Bloom filters (a 5× higher error rate at this size) or unmaintained xor-filter ports
 * without a stable serialised form; we need a byte layout we control, built deterministically at
 * build time and read as-is (no copy, no parse) in the service worker.
 *
 * Layout: the fingerprint array is split into equal segments (a power of two long); each name
 * maps to one cell in each of three consecutive segments and is a member when the XOR of those
 * three cells equals its fingerprint.
 */
export interface BinaryFuseFilter {
  seed: number;
  segmentLength: number;
  segmentCount: number;
  fingerprints: Uint8Array;
}

const ARITY = 3;
const MAX_SEGMENT_LENGTH = 1 << 18;
/** Construction fails with probability < 1 % per seed on large sets; tiny sets need a few more tries. */
const MAX_ATTEMPTS = 100;

/** The segment length the paper recommends for `size` keys with arity 3 (power of two, ≤ 2^18). */
export function segmentLengthFor(size: number): number {
  if (size <= 1) return 4;
  return Math.min(MAX_SEGMENT_LENGTH, 2 ** Math.floor(Math.log(size) / Math.log(3.33) + 2.25));
}

/** Cells per key the paper recommends for `size` keys with arity 3 (at least 1.125). */
function sizeFactorFor(size: number): number {
  if (size <= 1) return 0;
  return Math.max(1.125, 0.875 + (0.25 * Math.log(1_000_000)) / Math.log(size));
}

function layoutFor(size: number, growth: number): { segmentLength: number; segmentCount: number } {
  const segmentLength = segmentLengthFor(size);
  const capacity = size <= 1 ? 0 : Math.round(size * sizeFactorFor(size) * growth);
  const initialSegmentCount = Math.max(1, Math.ceil(capacity / segmentLength) - (ARITY - 1));
  return { segmentLength, segmentCount: initialSegmentCount };
}

interface Cells {
  h0: number;
  h1: number;
  h2: number;
  fingerprint: number;
}

/** The three cells and fingerprint of `name` in a filter of this shape. */
function cellsOf(name: string, seed: number, segmentLength: number, segmentCount: number): Cells {
  const { a, b, c } = hashName(name, seed);
  const mask = segmentLength - 1;
  // a / 2^32 is exact and IEEE multiplication is correctly rounded, so this is the same on every
  // platform; the result is < segmentCount · segmentLength.
  const h0 = Math.floor((a / 0x1_0000_0000) * segmentCount * segmentLength);
  const h1 = (h0 + segmentLength) ^ (b & mask);
  const h2 = (h0 + 2 * segmentLength) ^ (c & mask);
  // Bits 24–31 of b are independent of the offset bits (≤ 18 low bits).
  return { h0, h1, h2, fingerprint: b >>> 24 };
}

/** Is `name` (maybe) in the set? Exact for members; ~0.39 % false positives for non-members. */
export function filterContains(filter: BinaryFuseFilter, name: string): boolean {
  if (filter.fingerprints.length === 0) return false;
  const { h0, h1, h2, fingerprint } = cellsOf(name, filter.seed, filter.segmentLength, filter.segmentCount);
  const cells = filter.fingerprints;
  return (cells[h0]! ^ cells[h1]! ^ cells[h2]!) === fingerprint;
}

/**
 * Builds the filter for a list of distinct names (duplicates must be removed first: a repeated
 * name makes construction fail). Deterministic: the same names in the same order and the same
 * first seed give the same bytes. Fails only when no seed in MAX_ATTEMPTS works.
 */
export function buildBinaryFuseFilter(names: readonly string[], firstSeed = 1): Result<BinaryFuseFilter> {
  const size = names.length;
  if (size === 0) return ok({ seed: firstSeed, segmentLength: 4, segmentCount: 1, fingerprints: new Uint8Array(0) });
  let growth = 1;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    // Small sets peel less reliably at the paper's size factor: give them room after a few misses.
    if (attempt > 0 && attempt % 10 === 0) growth *= 1.1;
    const { segmentLength, segmentCount } = layoutFor(size, growth);
    const seed = (firstSeed + attempt * 0x9e3779b9) >>> 0;
    const fingerprints = tryBuild(names, seed, segmentLength, segmentCount);
    if (fingerprints) return ok({ seed, segmentLength, segmentCount, fingerprints });
  }
  return err(`binary fuse construction failed after ${MAX_ATTEMPTS} seeds (duplicate names?)`);
}

/** One construction attempt: hypergraph peeling, then fingerprints assigned in reverse peel order. */
function tryBuild(names: readonly string[], seed: number, segmentLength: number, segmentCount: number): Uint8Array | undefined {
  const size = names.length;
  const arrayLength = (segmentCount + ARITY - 1) * segmentLength;
  const positions = new Uint32Array(size * 3);
  const keyFingerprints = new Uint8Array(size);
  // Per cell: how many keys touch it, and the XOR of their indices (the last one left is the XOR).
  const counts = new Uint32Array(arrayLength);
  const indexXor = new Uint32Array(arrayLength);
  for (let key = 0; key < size; key += 1) {
    const { h0, h1, h2, fingerprint } = cellsOf(names[key]!, seed, segmentLength, segmentCount);
    positions[key * 3] = h0;
    positions[key * 3 + 1] = h1;
    positions[key * 3 + 2] = h2;
    keyFingerprints[key] = fingerprint;
    for (const cell of [h0, h1, h2]) {
      counts[cell]! += 1;
      indexXor[cell]! ^= key;
    }
  }

  const queue = new Uint32Array(arrayLength);
  let queueEnd = 0;
  for (let cell = 0; cell < arrayLength; cell += 1) if (counts[cell] === 1) queue[queueEnd++] = cell;
  // The peel order: (key, the cell that key alone held when it was peeled).
  const peeledKeys = new Uint32Array(size);
  const peeledCells = new Uint32Array(size);
  let peeled = 0;
  for (let head = 0; head < queueEnd; head += 1) {
    const cell = queue[head]!;
    if (counts[cell] !== 1) continue;
    const key = indexXor[cell]!;
    peeledKeys[peeled] = key;
    peeledCells[peeled] = cell;
    peeled += 1;
    for (let slot = 0; slot < 3; slot += 1) {
      const other = positions[key * 3 + slot]!;
      counts[other]! -= 1;
      indexXor[other]! ^= key;
      if (counts[other] === 1) queue[queueEnd++] = other;
    }
  }
  if (peeled !== size) return undefined;

  const fingerprints = new Uint8Array(arrayLength);
  for (let i = size - 1; i >= 0; i -= 1) {
    const key = peeledKeys[i]!;
    const cell = peeledCells[i]!;
    const h0 = positions[key * 3]!;
    const h1 = positions[key * 3 + 1]!;
    const h2 = positions[key * 3 + 2]!;
    // The cell this key owns gets whatever makes the XOR of its three cells equal its fingerprint.
    fingerprints[cell] = keyFingerprints[key]! ^ fingerprints[h0]! ^ fingerprints[h1]! ^ fingerprints[h2]! ^ fingerprints[cell]!;
  }
  return fingerprints;
}
