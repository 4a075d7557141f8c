import type { Span } from '../core/finding.ts';

/**
 * The clause around a position inside a sentence: the scope a negation governs. "Never take more
 * than 4 g; 1 g every 6 hours is fine" has two clauses; the "never" of the first says nothing
 * about the second. Commas between digits ("8,000 mg") do not end a clause.
 */

/**
 * Clause boundaries: punctuation, a spaced dash, and contrastive conjunctions (whose clause starts
 * at the conjunction itself). One global pass over the sentence, bounded alternatives only.
 */
export const CLAUSE_BOUNDARY =
  /[;:()[\]—，；：（）]|,|(?<=\s)–(?=\s)|(?<![\p{L}\p{N}_])(?:but|however|whereas|although|though|while|pero|aunque|mais|alors que|aber|jedoch|ma|però|mas|porém|но|однако)(?![\p{L}\p{N}_])|但是|但|而|しかし|でも/giu;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The clause of `sentence` that contains `position`. */
export function clauseAround(text: string, sentence: Span, position: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BOUNDARY.lastIndex = sentence.start;
  for (let match = CLAUSE_BOUNDARY.exec(text); match !== null && match.index < sentence.end; match = CLAUSE_BOUNDARY.exec(text)) {
    const at = match.index;
    if (match[0] === ',' && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) continue;
    const isWord = /\p{L}/u.test(match[0][0]!);
    if (at < position) {
      start = isWord ? at : at + match[0].length;
    } else if (at > position || !isWord) {
      end = at;
      break;
    }
  }
  return { start, end };
}
