/**
 * ISO/IEC 7064 check-character systems used by national ids: MOD 11,10 (German Steuer-ID) and
 * MOD 11-2 (Chinese resident identity card). Hand-written: a few lines each, no maintained
 * library covers both without a large dependency.
 */

/** ISO 7064 MOD 11,10 over a digit string whose last digit is the check digit. */
export function isMod11_10Valid(digits: string): boolean {
  if (!/^[0-9]{2,32}$/.test(digits)) return false;
  let product = 10;
  for (let i = 0; i < digits.length - 1; i += 1) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === digits.charCodeAt(digits.length - 1) - 48;
}

/**
 * ISO 7064 MOD 11-2 check character (`0`–`9` or `X`) for a digit string: weights 2^(n−i) mod 11.
 */
export function mod11_2CheckChar(digits: string): string | undefined {
  if (!/^[0-9]{1,32}$/.test(digits)) return undefined;
  let sum = 0;
  let weight = 1;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    weight = (weight * 2) % 11;
    sum += (digits.charCodeAt(i) - 48) * weight;
  }
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}
