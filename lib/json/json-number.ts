import type { JsonHazardKind } from './json-hazards.ts';

/** The largest integer every IEEE-754 double parser agrees on (I-JSON, RFC 7493 §2.2). */
const MAX_EXACT_INTEGER = Number.MAX_SAFE_INTEGER;

/** A decimal number as `0.digits × 10^pointPosition`, digits without leading or trailing zeros. */
interface DecimalForm {
  negative: boolean;
  digits: string;
  pointPosition: number;
  integerForm: boolean;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Reads `-?digits(.digits)?([eE][+-]?digits)?` by hand (leading zeros tolerated: the parser has
 * already reported them). Undefined for anything else.
 */
function decimalForm(literal: string): DecimalForm | undefined {
  let index = 0;
  const negative = literal.charCodeAt(0) === 45;
  if (negative || literal.charCodeAt(0) === 43) index = 1;
  const intStart = index;
  while (index < literal.length && isDigit(literal.charCodeAt(index))) index += 1;
  const intDigits = literal.slice(intStart, index);
  let fracDigits = '';
  let integerForm = true;
  if (literal.charCodeAt(index) === 46) {
    integerForm = false;
    const fracStart = index + 1;
    index = fracStart;
    while (index < literal.length && isDigit(literal.charCodeAt(index))) index += 1;
    fracDigits = literal.slice(fracStart, index);
  }
  if (intDigits.length + fracDigits.length === 0) return undefined;
  let exponent = 0;
  if (index < literal.length && (literal[index] === 'e' || literal[index] === 'E')) {
    integerForm = false;
    index += 1;
    const expNegative = literal[index] === '-';
    if (literal[index] === '-' || literal[index] === '+') index += 1;
    const expStart = index;
    while (index < literal.length && isDigit(literal.charCodeAt(index))) index += 1;
    if (index === expStart) return undefined;
    // Beyond 1e15 the exponent alone decides (overflow or underflow), so keep it finite.
    const magnitude = Math.min(Number(literal.slice(expStart, index)), 1e15);
    exponent = expNegative ? -magnitude : magnitude;
  }
  if (index !== literal.length) return undefined;
  const all = intDigits + fracDigits;
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 48) first += 1;
  let last = all.length;
  while (last > first && all.charCodeAt(last - 1) === 48) last -= 1;
  return { negative, digits: all.slice(first, last), pointPosition: intDigits.length + exponent - first, integerForm };
}

/**
 * The semantic hazard of a number literal, if any: it overflows a double (→ ±Infinity), it is an
 * integer beyond ±(2^53−1) (JavaScript rounds it, Python and Go keep it), or a double cannot hold
 * the written decimal value exactly (decimal-aware parsers read another number). "Exactly" is
 * judged by round trip: the shortest decimal that reads back as the same double must have the
 * same digits and point position as the literal, so `0.1` and `1.50` are fine and
 * `3.14159265358979323846` is not.
 */
export function numberLiteralHazard(literal: string): JsonHazardKind | undefined {
  const written = decimalForm(literal);
  if (!written) return undefined;
  const value = Number(literal.charCodeAt(0) === 43 ? literal.slice(1) : literal);
  if (!Number.isFinite(value)) return 'number-overflow';
  if (written.digits.length === 0) return undefined;
  if (value === 0) return 'number-precision';
  if (written.integerForm && Math.abs(value) > MAX_EXACT_INTEGER) return 'integer-precision';
  const read = decimalForm(String(value));
  if (!read || read.digits !== written.digits || read.pointPosition !== written.pointPosition) return 'number-precision';
  return undefined;
}
