/**
 * The identifier a value is assigned to, read backwards from where the value starts:
 * `client_seed = "…"`, `"signature": "…"`, `upload_id: …`, `token => '…'`, `\"cert\": \"…\"`.
 * Used by rules that match a value on its own shape (a high-entropy string) and must still honour
 * a name that says what the value is (`sha`, `public_key`, `image_data`). Reads at most a few
 * dozen characters, never the whole text.
 */
const MAX_NAME = 64;
const MAX_GAP = 6;

const isIdentifierChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46;
const isSpace = (code: number) => code === 32 || code === 9;
const isQuote = (code: number) => code === 34 || code === 39 || code === 96 || code === 92; // " ' ` \

/** Skips characters matching `accept` backwards from `index`, at most `max`; returns the new index. */
function skipBack(text: string, index: number, accept: (code: number) => boolean, max: number): number {
  let i = index;
  while (i > 0 && index - i < max && accept(text.charCodeAt(i - 1))) i -= 1;
  return i;
}

export interface AssignedName {
  name: string;
  /** The name follows `?` or `&`: a URL query parameter, not a setting. */
  inQuery: boolean;
}

/** The name before `valueStart`, or undefined when the value is not the right side of an assignment. */
export function assignedNameBefore(text: string, valueStart: number): AssignedName | undefined {
  let i = skipBack(text, valueStart, isQuote, 2);
  i = skipBack(text, i, isSpace, MAX_GAP);
  // The operator: `=`, `:`, `=>`, `:=`, `?=`.
  const operatorEnd = i;
  i = skipBack(text, i, (code) => code === 61 || code === 58 || code === 62 || code === 63, 2);
  if (i === operatorEnd) return undefined;
  i = skipBack(text, i, isSpace, MAX_GAP);
  i = skipBack(text, i, (code) => isQuote(code) || code === 93 /* ] */, 3);
  const nameEnd = i;
  i = skipBack(text, i, isIdentifierChar, MAX_NAME);
  if (i === nameEnd) return undefined;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  return { name: text.slice(i, nameEnd), inQuery: before === 63 /* ? */ || before === 38 /* & */ };
}
