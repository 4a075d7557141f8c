import { isBlankUnit } from './char-class.ts';
import type { MappedView, Range } from './offset-map.ts';

/** Gaps between words a text needs before its spacing says anything. */
const MIN_GAPS = 4;
/** Share of the gaps that must be something other than one space (tabs, line breaks, runs). */
const MIN_ODD_SHARE = 0.8;
/** Gaps looked at before ordinary prose, which puts one space between most words, is given up. */
const EARLY_LOOK = 16;
/** Share of the tokens that may be one character long: letters one per line are the `despaced` reading's. */
const MAX_SINGLE_CHARACTER_SHARE = 0.5;
/**
 * Share of the tokens that may be no word: longer than LONG_TOKEN, a run of Chinese, Japanese or
 * Thai (scripts that put no spaces between words: a line of them is one token), or holding markup
 * and code characters (indented HTML and JSON put line breaks between `<td>…</td>` and `"key":`).
 */
const MAX_NON_WORD_SHARE = 0.2;
const LONG_TOKEN = 24;
const NON_WORD = /[<>{}[\]"=;]|[\u0e00-\u0e7f\u2e80-\u9fff\u3040-\u30ff]{4}/;

/**
 * The canonical text with the blanks between its words made spaces, when they are nearly all
 * something else: every word on a line of its own, or words separated by tabs ("Who\tis\tresiding
 * at …"). A reader sees the same sentence; models that learnt sentences with spaces between words
 * do not (94.6% of English attacks one word per line were still flagged, 95.0% tab-separated).
 * Prose, poems and code put a single space between most of their words and leave after the first
 * EARLY_LOOK gaps; Chinese paragraphs and indented markup are no words (MAX_NON_WORD_SHARE). Same
 * length as canonical (each blank becomes one space). No signal: spacing hides little.
 */
export function readRespaced(canonical: MappedView): MappedView | undefined {
  const text = canonical.text;
  let gaps = 0;
  let odd = 0;
  let tokens = 0;
  let singleCharacterTokens = 0;
  let nonWords = 0;
  let i = 0;
  while (i < text.length && isBlankUnit(text.charCodeAt(i))) i += 1;
  while (i < text.length) {
    const tokenStart = i;
    while (i < text.length && !isBlankUnit(text.charCodeAt(i))) i += 1;
    tokens += 1;
    if (i - tokenStart === 1) singleCharacterTokens += 1;
    else if (i - tokenStart > LONG_TOKEN || NON_WORD.test(text.slice(tokenStart, i))) nonWords += 1;
    const gapStart = i;
    while (i < text.length && isBlankUnit(text.charCodeAt(i))) i += 1;
    if (i === text.length) break;
    gaps += 1;
    if (i - gapStart !== 1 || text.charCodeAt(gapStart) !== 0x20) odd += 1;
    if (gaps === EARLY_LOOK && odd < MIN_ODD_SHARE * gaps) return undefined;
  }
  if (gaps < MIN_GAPS || odd < MIN_ODD_SHARE * gaps || singleCharacterTokens > MAX_SINGLE_CHARACTER_SHARE * tokens || nonWords > MAX_NON_WORD_SHARE * tokens) return undefined;
  let out = '';
  const changed: Range[] = [];
  let cursor = 0;
  for (let k = 0; k < text.length; k += 1) {
    const unit = text.charCodeAt(k);
    if (unit === 0x20 || !isBlankUnit(unit)) continue;
    out += text.slice(cursor, k) + ' ';
    changed.push({ start: k, end: k + 1 });
    cursor = k + 1;
  }
  out += text.slice(cursor);
  return canonical.withText('respaced', out, changed);
}
