/**
 * Lower-cases a text without moving any character: offsets in the result are offsets in the input.
 *
 * The gate matches anchors and verifies patterns on a lower-cased copy and reports offsets back
 * into the view, so the copy must keep every UTF-16 position. `String#toLowerCase` does that for
 * every code point except U+0130 (Turkish dotted capital I → "i" + U+0307, two units), which is
 * therefore folded to a plain "i" first.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/\u0130/g, 'i').toLowerCase();
}
