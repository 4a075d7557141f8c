import { isLetterUnit } from './char-class.ts';
import { ViewBuilder, type MappedView } from './offset-map.ts';

/** Words (letter runs of two or more) a text needs before its doubling says anything. */
const MIN_DOUBLED_WORDS = 3;
/** Share of its words that must be written with every letter twice. */
const MIN_DOUBLED_SHARE = 0.7;
/** Words looked at before a text whose words are not doubled is given up. */
const EARLY_LOOK = 12;
/** Words read per text (bounds hostile input). */
const MAX_WORDS = 100_000;

/** Is text[start, end) every letter written twice ("iiggnnoorree", "AAll", "aa")? */
function isDoubled(text: string, start: number, end: number): boolean {
  if ((end - start) % 2 !== 0) return false;
  for (let k = start; k < end; k += 2) if ((text.charCodeAt(k) | 0x20) !== (text.charCodeAt(k + 1) | 0x20)) return false;
  return true;
}

/**
 * The canonical text with words written letter by letter twice read once ("IIggnnoorree aallll
 * pprreevviioouuss" → "Ignore all previous"): character doubling, which a reader reads through and
 * word rules and n-grams do not (4.8% of English attacks so written were still flagged). Made only
 * when most words are doubled whole (MIN_DOUBLED_SHARE): no language doubles every letter of its
 * words, and a word that happens to ("aabb") stays alone. Words of any script; letters only (an
 * evasion that doubles blanks and punctuation too keeps them doubled, which reads the same). No
 * signal: doubling hides nothing a reader does not see.
 */
export function readDoubledLetters(canonical: MappedView): MappedView | undefined {
  const text = canonical.text;
  let words = 0;
  let doubled = 0;
  const runs: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < text.length && words < MAX_WORDS) {
    while (i < text.length && !isLetterUnit(text.charCodeAt(i))) i += 1;
    const start = i;
    while (i < text.length && isLetterUnit(text.charCodeAt(i))) i += 1;
    const length = i - start;
    if (length < 2) continue;
    const isPairs = isDoubled(text, start, i);
    if (isPairs) runs.push({ start, end: i });
    // A one-letter word doubled ("aa", "II") is read once, but is no evidence either way.
    if (isPairs && length === 2) continue;
    words += 1;
    if (isPairs) doubled += 1;
    if (words === EARLY_LOOK && doubled < MIN_DOUBLED_SHARE * words) return undefined;
  }
  if (doubled < MIN_DOUBLED_WORDS || doubled < MIN_DOUBLED_SHARE * words) return undefined;
  const builder = new ViewBuilder(text.length);
  let cursor = 0;
  for (const { start, end } of runs) {
    builder.appendFrom(canonical, cursor, start);
    for (let k = start; k < end; k += 2) {
      const range = canonical.toOriginal(k, k + 2);
      builder.append(text[k]!, range.start, range.end);
    }
    cursor = end;
  }
  builder.appendFrom(canonical, cursor, text.length);
  return builder.build('undoubled', 0, canonical.originalLength);
}
