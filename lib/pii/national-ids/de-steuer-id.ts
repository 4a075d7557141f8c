import { isMod11_10Valid } from '../iso7064.ts';

/**
 * German tax identification number (Steuerliche Identifikationsnummer, §139b AO): 11 digits, no
 * leading zero; in the first ten exactly one digit occurs twice or three times and the others at
 * most once; the last is an ISO 7064 MOD 11,10 check digit.
 */
export function isValidSteuerId(digits: string): boolean {
  if (!/^[1-9][0-9]{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i += 1) counts[digits.charCodeAt(i) - 48]! += 1;
  const repeated = counts.filter((count) => count > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return isMod11_10Valid(digits);
}
