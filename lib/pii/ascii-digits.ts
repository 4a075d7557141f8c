/**
 * Rewrites decimal digits of other scripts (Arabic-Indic ٣, Devanagari ३, Bengali, Thai, …) to
 * ASCII, one UTF-16 unit for one, so offsets stay valid. NFKC (the normalizer) already folds
 * full-width and mathematical digits but leaves these alone, and a card number typed in
 * Arabic-Indic digits is still a card number. Astral-plane digits are left as they are (the
 * replacement would change the length).
 */
// Decimal digits other than 0–9 (a class of "not non-digit, not ASCII digit").
const NON_ASCII_DIGIT = /[^\P{Nd}0-9]/u;
const NON_ASCII_DIGITS = /[^\P{Nd}0-9]/gu;
const IS_DIGIT = /^\p{Nd}$/u;

const valueCache = new Map<number, number>();

/**
 * A BMP decimal digit's value: Unicode allocates every decimal digit set as ten consecutive code
 * points 0–9, so the value is the count of digit code points just before it, mod 10.
 */
function digitValue(code: number): number {
  const cached = valueCache.get(code);
  if (cached !== undefined) return cached;
  let run = 0;
  while (run < 60 && IS_DIGIT.test(String.fromCharCode(code - run - 1))) run += 1;
  const value = run % 10;
  if (valueCache.size < 1_000) valueCache.set(code, value);
  return value;
}

export function toAsciiDigits(text: string): string {
  // Fast path: pure ASCII text (most prompts) or no non-ASCII digit at all.
  if (!/[\u0080-\uffff]/.test(text) || !NON_ASCII_DIGIT.test(text)) return text;
  return text.replace(NON_ASCII_DIGITS, (char) =>
    char.length === 1 ? String.fromCharCode(48 + digitValue(char.charCodeAt(0))) : char,
  );
}
