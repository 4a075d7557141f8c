/**
 * Rewrites decimal digits of other scripts (Arabic-Indic ٣, Devanagari ३, Bengali, Thai, …) to
 * ASCII, one UTF-16 unit for one, so offsets stay valid. NFKC (the normalizer) already folds
 * full-width and mathematical digits but leaves these alone, and a card number typed in
 * Arabic-Indic digits is still a card number. Astral-plane digits are left as they are (the
 * replacement would change the length).
 */
// Decimal digits other than 0–9 (a class of "not non-digit, not ASCII digit").
const NON_ASCII_DIGITS = /[^\P{Nd}0-9]/gu;
const IS_DIGIT = /^\p{Nd}$/u;
/** The first decimal digit past ASCII (Arabic-Indic zero): anything below it is no such digit. */
const FIRST_NON_ASCII_DIGIT = 0x660;

let bmpDigits: Uint32Array | undefined;
/**
 * One bit per BMP code point: is it a decimal digit (Unicode's own class, read once from the
 * regex engine)? Asking the bit per character costs a tenth of running the Unicode class over a
 * text of other scripts, which is where nearly all of this module's time went.
 */
function digitBits(): Uint32Array {
  if (bmpDigits) return bmpDigits;
  const bits = new Uint32Array(0x10000 >>> 5);
  let all = '';
  for (let code = FIRST_NON_ASCII_DIGIT; code < 0x10000; code += 1) all += code >= 0xd800 && code <= 0xdfff ? ' ' : String.fromCharCode(code);
  for (const match of all.matchAll(NON_ASCII_DIGITS)) {
    const code = match[0].charCodeAt(0);
    bits[code >>> 5]! |= 1 << (code & 31);
  }
  bmpDigits = bits;
  return bits;
}

/** Does `text` hold a BMP decimal digit other than 0–9? */
function hasNonAsciiDigit(text: string): boolean {
  let bits: Uint32Array | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < FIRST_NON_ASCII_DIGIT) continue;
    bits ??= digitBits();
    if ((bits[code >>> 5]! & (1 << (code & 31))) !== 0) return true;
  }
  return false;
}

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
  // Fast path: no non-ASCII digit (most prompts).
  if (!hasNonAsciiDigit(text)) return text;
  return text.replace(NON_ASCII_DIGITS, (char) =>
    char.length === 1 ? String.fromCharCode(48 + digitValue(char.charCodeAt(0))) : char,
  );
}
