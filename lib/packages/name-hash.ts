/**
 * Three independent 32-bit hashes of a package name in one pass (MurmurHash3's mixing per UTF-16
 * code unit, three seeds). The registry filter needs 96 well-mixed bits per name: one word picks
 * the segment, the other two pick the offsets inside the next two segments and the fingerprint.
 * Pure 32-bit integer arithmetic (Math.imul), so the same name hashes to the same words in Node,
 * in the service worker and on every platform — the snapshot is built once and read everywhere.
 */
export interface NameHash {
  a: number;
  b: number;
  c: number;
}

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

const rotl = (value: number, bits: number): number => (value << bits) | (value >>> (32 - bits));

const mixBlock = (hash: number, unit: number): number => {
  let k = Math.imul(unit, C1);
  k = rotl(k, 15);
  k = Math.imul(k, C2);
  const h = rotl(hash ^ k, 13);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
};

/** MurmurHash3's finaliser: every input bit affects every output bit. */
export const finalMix32 = (value: number): number => {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** Hashes `name` (used as given: callers normalise first) with `seed` into three words. */
export function hashName(name: string, seed: number): NameHash {
  let a = seed | 0;
  let b = (seed ^ 0x9e3779b9) | 0;
  let c = (seed ^ 0x7f4a7c15) | 0;
  for (let i = 0; i < name.length; i += 1) {
    const unit = name.charCodeAt(i);
    a = mixBlock(a, unit);
    b = mixBlock(b, unit ^ 0x5bd1);
    c = mixBlock(c, unit ^ 0x2f93);
  }
  return { a: finalMix32(a ^ name.length), b: finalMix32(b ^ name.length), c: finalMix32(c ^ name.length) };
}
