/** Words that open an English question wherever they open a sentence (contracted ones without their apostrophe, as decoded). */
const WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'where', 'when', 'who', 'whom', 'whose', 'which', 'whats', 'hows', 'whos', 'wheres', 'whys']);
/**
 * Auxiliaries a yes/no question puts first ("is it legal", "can you"): a question only before its
 * subject ("do it now" is an order, "do you know" a question).
 */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'will', 'shall', 'may', 'might', 'must',
  'have', 'has', 'had', 'isnt', 'arent', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'wouldnt', 'shouldnt', 'couldnt',
]);
const PERSONS: readonly string[] = ['i', 'you', 'we', 'they', 'he', 'she', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'one'];
const SUBJECTS: ReadonlySet<string> = new Set([
  ...PERSONS, 'it', 'there', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'the', 'a', 'an', 'any', 'some',
]);
/** Auxiliaries that also open orders ("do it now", "have a look"): a question only before a person. */
const ALSO_IMPERATIVE: ReadonlySet<string> = new Set(['do', 'have']);
const PERSON_SUBJECTS: ReadonlySet<string> = new Set(PERSONS);

const FIRST_WORDS = /^[^A-Za-z]*([A-Za-z]+)[^A-Za-z]+([A-Za-z]+)/;
const ENDS_SENTENCE = /[.?!]\s*$/;

/**
 * Should a decoded text get back the question mark its encoding could not carry? Encodings of
 * letters alone (A1Z26 numbers, NATO code words) drop all punctuation, and "how do i get a gun"
 * without its "?" is read by the models as less of a request than what was written. Yes when the
 * text opens like a question (a wh-word, or an auxiliary before its subject) and does not end a
 * sentence already.
 */
export function needsQuestionMark(decoded: string): boolean {
  const words = FIRST_WORDS.exec(decoded);
  if (!words || ENDS_SENTENCE.test(decoded)) return false;
  const first = words[1]!.toLowerCase();
  const second = words[2]!.toLowerCase();
  return WH_WORDS.has(first) || (AUXILIARIES.has(first) && (ALSO_IMPERATIVE.has(first) ? PERSON_SUBJECTS : SUBJECTS).has(second)) || asksLater(decoded);
}

const WORDS = /[A-Za-z]+/g;

/**
 * Does a question start after the first sentence, which the encoding could not mark ("my boss is a
 * real jerk how can i get back at him")? A wh-word, an auxiliary and its subject in a row ("how can
 * i", "where do you"): "how to", "what i want" and "when it rains" are no questions.
 */
function asksLater(decoded: string): boolean {
  const words = decoded.toLowerCase().match(WORDS) ?? [];
  for (let k = 1; k + 2 < words.length; k += 1) {
    if (WH_WORDS.has(words[k]!) && AUXILIARIES.has(words[k + 1]!) && SUBJECTS.has(words[k + 2]!)) return true;
  }
  return false;
}
