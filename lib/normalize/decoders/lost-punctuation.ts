import { isAsciiLetterUnit } from '../char-class.ts';
import { needsQuestionMark } from './question-mark.ts';

/**
 * English contractions as encodings of letters alone spell them ("whats", "ive", "dont"), each with
 * where its apostrophe goes. Only those that are no word of their own: "its", "were", "well", "ill",
 * "id", "hell", "shed" and "lets" stay as decoded.
 */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  [
    "what's", "that's", "there's", "here's", "who's", "how's", "where's", "when's", "why's", "it'll", "that'll",
    "i've", "you've", "we've", "they've", "i'm", "you're", "they're", "you'll", "they'll", "you'd", "they'd", "he's", "she's",
    "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "shouldn't",
    "haven't", "hasn't", "hadn't", "mustn't", "needn't", "won't", "ain't",
  ].map((word) => [word.replace("'", ''), word]),
);

/** A decoded text with what its encoding could not carry put back, and the map of each unit to its source. */
export interface RestoredText {
  text: string;
  starts: number[];
  ends: number[];
}

/**
 * Puts back the punctuation an encoding of letters alone (A1Z26 numbers, NATO code words) loses,
 * where the words say what it was: the apostrophes of contractions ("whats" → "what's") and the
 * question mark of a text that opens like a question (question-mark.ts). The models read "what's a
 * good poison?" as the request it is and "whats a good poison" as much less of one. What is put back
 * maps to nothing: an apostrophe to the start of the letter after it, the question mark to `end`.
 */
export function restoreLostPunctuation(decoded: string, starts: readonly number[], ends: readonly number[], end: number): RestoredText {
  const question = needsQuestionMark(decoded);
  const restored: RestoredText = { text: '', starts: [], ends: [] };
  let k = 0;
  while (k < decoded.length) {
    let wordEnd = k;
    while (wordEnd < decoded.length && isAsciiLetterUnit(decoded.charCodeAt(wordEnd))) wordEnd += 1;
    const contraction = wordEnd > k ? CONTRACTIONS.get(decoded.slice(k, wordEnd).toLowerCase()) : undefined;
    const apostrophe = contraction === undefined ? -1 : k + contraction.indexOf("'");
    // A word, or the one character (blank, punctuation) before the next.
    const stop = Math.max(wordEnd, k + 1);
    for (; k < stop; k += 1) {
      if (k === apostrophe) {
        restored.text += "'";
        restored.starts.push(starts[k]!);
        restored.ends.push(starts[k]!);
      }
      restored.text += decoded[k];
      restored.starts.push(starts[k]!);
      restored.ends.push(ends[k]!);
    }
  }
  if (question) {
    restored.text += '?';
    restored.starts.push(end);
    restored.ends.push(end);
  }
  return restored;
}
