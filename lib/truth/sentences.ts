import type { Span } from '../core/finding.ts';

/**
 * Sentence boundaries for claim extraction: one linear pass, no Intl.Segmenter (it measured
 * quadratic on non-ASCII text in Node 20, see lib/detectors/prompt-attack.md). Claims are judged a
 * sentence at a time, so a negation in one sentence ("Never mix bleach and ammonia.") does not
 * excuse the next one, and a sentence is cut at `maxSentenceChars` so that no analysis ever sees
 * more than a bounded window, whatever the reply looks like (one 200 KB line, no punctuation).
 */

export const MAX_SENTENCE_CHARS = 600;

/** Words after which a period does not end a sentence ("e.g. Tylenol", "Dr. Smith", "approx. 4 g"). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'approx', 'ca', 'cf', 'fig', 'incl', 'p.ex', 'z.b', 'bzw', 'sr', 'sra',
]);

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x0d;
const isLineBreak = (code: number) => code === 0x0a || code === 0x2028 || code === 0x2029;
/** 。！？ and their full-width forms end a sentence with or without a following space. */
const isCjkTerminator = (code: number) => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff0e;
const isLatinTerminator = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
/** Closing quotes and brackets that may follow the terminator: `He said "no."` */
const isCloser = (code: number) => code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x201d || code === 0x2019 || code === 0xbb;

/** The word just before `end` (letters and inner periods): "U.S", "e.g", "Dr". */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 12) {
    const char = text[start - 1]!;
    if (!/[\p{L}.]/u.test(char)) break;
    start -= 1;
  }
  return text.slice(start, end);
}

/**
 * A period after a known abbreviation, a single capital ("J. Smith") or dotted capitals ("U.S.",
 * "U.K.") is not an end; after a lower-case unit ("every 4 h. Then…") it is.
 */
function isAbbreviation(text: string, periodAt: number): boolean {
  const word = wordBefore(text, periodAt);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  const bare = word.replace(/\./g, '');
  return /^\p{Lu}+$/u.test(bare) && (bare.length === 1 || (word.includes('.') && bare.length <= 3));
}

/**
 * Splits `text[from, to)` into trimmed sentence spans (offsets into `text`). Empty sentences are
 * dropped; a sentence longer than `maxChars` is cut at the last space before the limit.
 */
export function splitSentences(text: string, from = 0, to = text.length, maxChars = MAX_SENTENCE_CHARS): Span[] {
  const spans: Span[] = [];
  let start = from;

  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && (isSpace(text.charCodeAt(s)) || isLineBreak(text.charCodeAt(s)))) s += 1;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || isLineBreak(text.charCodeAt(e - 1)))) e -= 1;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };

  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      push(i + 1);
    } else if (isCjkTerminator(code)) {
      push(i + 1);
    } else if (isLatinTerminator(code)) {
      let end = i + 1;
      while (end < to && (isLatinTerminator(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end += 1;
      const followedBySpace = end >= to || isSpace(text.charCodeAt(end)) || isLineBreak(text.charCodeAt(end));
      if (followedBySpace && !(code === 0x2e && isAbbreviation(text, i))) {
        push(end);
        i = end - 1;
      }
    }
    if (i + 1 - start >= maxChars) {
      // Cut an over-long run at its last space so a word is not split (or hard at the limit).
      let cut = i + 1;
      for (let j = i; j > start + maxChars / 2; j -= 1) {
        if (isSpace(text.charCodeAt(j))) {
          cut = j + 1;
          break;
        }
      }
      push(cut);
    }
  }
  push(to);
  return spans;
}
