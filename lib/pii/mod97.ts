/**
 * Remainder of a long decimal string modulo 97 without BigInt, in 7-digit chunks (used by IBAN,
 * ISO 7064 MOD 97-10, and the French NIR key). Returns NaN for anything but ASCII digits.
 */
export function mod97(digits: string): number {
  if (!/^[0-9]{1,200}$/.test(digits)) return Number.NaN;
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) {
    remainder = Number(`${remainder}${digits.slice(i, i + 7)}`) % 97;
  }
  return remainder;
}
