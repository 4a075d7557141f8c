import { COMMON_WORDS } from '../english-words.ts';
import { hashShape, hashWord } from './word-index.ts';

const rot13Of = (word: string) => word.replace(/[a-z]/g, (ch) => String.fromCharCode(((ch.charCodeAt(0) - 0x61 + 13) % 26) + 0x61));
const reverseOf = (word: string) => word.split('').reverse().join('');

export interface LexiconHashes {
  /** Hashes of the common English words. */
  common: Set<number>;
  /** Word shapes → first letters (0–25) of the common words with that shape. */
  shapes: Map<number, number[]>;
  /** Common words that are also common under ROT13 / reversed / some Caesar shift ("be"/"or", "no"/"on"). */
  neutralRot13: Set<number>;
  neutralReversed: Set<number>;
  neutralCaesar: Set<number>;
}

let hashes: LexiconHashes | undefined;

/** The lexicon as hash sets, built once on first use (about 3,000 words). */
export function lexiconHashes(): LexiconHashes {
  if (hashes) return hashes;
  const words = [...COMMON_WORDS].filter((word) => /^[a-z]+$/.test(word));
  const common = new Set(words.map(hashWord));
  const shapes = new Map<number, number[]>();
  for (const word of words) {
    const shape = hashShape(word);
    const firsts = shapes.get(shape) ?? [];
    firsts.push(word.charCodeAt(0) - 0x61);
    shapes.set(shape, firsts);
  }
  const neutralRot13 = new Set(words.filter((word) => COMMON_WORDS.has(rot13Of(word))).map(hashWord));
  const neutralReversed = new Set(words.filter((word) => COMMON_WORDS.has(reverseOf(word))).map(hashWord));
  // A word is English under another shift when another lexicon word has its shape.
  const neutralCaesar = new Set(words.filter((word) => (shapes.get(hashShape(word))?.length ?? 0) > 1).map(hashWord));
  hashes = { common, shapes, neutralRot13, neutralReversed, neutralCaesar };
  return hashes;
}

/** Bitmask of the shifts (1–25) under which a word with this shape and first letter reads as a common word. */
export function shiftMask(shape: number, first: number): number {
  const firsts = lexiconHashes().shapes.get(shape);
  if (!firsts) return 0;
  let mask = 0;
  for (const plainFirst of firsts) {
    const shift = (first - plainFirst + 26) % 26;
    if (shift !== 0) mask |= 1 << shift;
  }
  return mask;
}
