import { CIPHER_HINT, NOT_PLAIN_ASCII } from '../patterns.ts';
import { scanHints, type TextHints } from '../text-hints.ts';
import { lexiconHashes } from './lexicon-hashes.ts';
import { evidenceBlocks, wordFacts, type EvidenceBlock, type WordFacts } from './reading-evidence.ts';
import { indexWords, type WordIndex } from './word-index.ts';

export interface TokenRun {
  start: number;
  end: number;
}

/** Most words a text is indexed into for the word-level ciphers (bounds hostile input). */
export const MAX_WORDS = 200_000;
/** Base64, base32 and hex runs shorter than this are not looked at. */
export const MIN_RUN = 8;

// Per ASCII code: 1 = base64/base32/hex alphabet or "+/-_", 2 = digit, 4 = upper, 8 = lower, 16 = symbol.
const CLASS = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c += 1) CLASS[c] = 1 | 2;
for (let c = 0x41; c <= 0x5a; c += 1) CLASS[c] = 1 | 4;
for (let c = 0x61; c <= 0x7a; c += 1) CLASS[c] = 1 | 8;
for (const ch of '+/-_') CLASS[ch.charCodeAt(0)] = 1 | 16;

function hasSlashOrPlus(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k += 1) {
    const unit = text.charCodeAt(k);
    if (unit === 0x2b || unit === 0x2f) return true;
  }
  return false;
}

/**
 * A view's text with the tokenizations several decoders share, computed at most once: runs of
 * base64/base32/hex alphabet characters, and the word index of the word-level ciphers.
 */
export class DecodeSource {
  readonly text: string;
  /** What the text can possibly hold (text-hints.ts): decoders skip what it cannot. */
  readonly hints: TextHints;
  private runs: TokenRun[] | undefined;
  private index: WordIndex | undefined;
  private forwardFlags: Uint8Array | undefined;
  private hint: boolean | undefined;
  private wordFacts: WordFacts | undefined;
  private blocks: EvidenceBlock[] | undefined;

  constructor(text: string, hints?: TextHints) {
    this.text = text;
    this.hints = hints ?? scanHints(text, !NOT_PLAIN_ASCII.test(text));
  }

  /**
   * Runs of at least eight alphabet characters (plus "=" padding) that could be an encoding: a
   * run needs a digit or symbol, or both cases, so ordinary words are skipped. Hand-written
   * instead of a regex: one pass, no match objects for the thousands of long words in prose.
   */
  tokenRuns(): TokenRun[] {
    if (this.runs) return this.runs;
    if (this.hints.tokenRuns) {
      this.runs = this.hints.tokenRuns;
      return this.runs;
    }
    const runs: TokenRun[] = [];
    this.runs = runs;
    if (!this.hints.tokenRun) return runs;
    const text = this.text;
    const length = text.length;
    let i = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c >= 128 || CLASS[c] === 0) {
        i += 1;
        continue;
      }
      const start = i;
      let seen = 0;
      let upper = 0;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d >= 128 || CLASS[d] === 0) break;
        seen |= CLASS[d]!;
        if (CLASS[d] === 5) upper += 1;
        i += 1;
      }
      let end = i;
      while (end < length && end - i < 6 && text.charCodeAt(end) === 0x3d) end += 1;
      // Base64 of text has digits, "+" or "/", or at least two capitals among small letters;
      // "-" and "_" alone are kebab-case and snake_case words.
      const mixedCase = upper >= 2 && (seen & 8) !== 0;
      if (i - start >= MIN_RUN && (seen & 2 || hasSlashOrPlus(text, start, i) || mixedCase)) runs.push({ start, end });
      i = end > i ? end : i;
    }
    return runs;
  }

  /**
   * Words of any script, hashed for the lexicon lookups (see word-index.ts), in the lines that are
   * not plainly English (letter-bigrams.ts): ordinary prose never reaches the cipher decoders.
   */
  words(): WordIndex {
    this.index ??= indexWords(this.text, MAX_WORDS, this.hints.cipherRanges);
    return this.index;
  }

  /** What each indexed word says about ciphers (reading-evidence.ts). */
  facts(): WordFacts {
    this.wordFacts ??= wordFacts(this);
    return this.wordFacts;
  }

  /** The blocks of lines not plainly English, with how they read under ROT13 and reversal. */
  evidenceBlocks(): EvidenceBlock[] {
    this.blocks ??= evidenceBlocks(this);
    return this.blocks;
  }

  /** Does the text name a rotation cipher ("rot13", "caesar", "shifted by")? */
  cipherHint(): boolean {
    this.hint ??= CIPHER_HINT.test(this.text);
    return this.hint;
  }

  /** Per word: 1 when it is a common English word as written. */
  forward(): Uint8Array {
    if (this.forwardFlags) return this.forwardFlags;
    const index = this.words();
    const common = lexiconHashes().common;
    const flags = new Uint8Array(index.count);
    for (let k = 0; k < index.count; k += 1) flags[k] = common.has(index.forward[k]!) ? 1 : 0;
    this.forwardFlags = flags;
    return flags;
  }
}
