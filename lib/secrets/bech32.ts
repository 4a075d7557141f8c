/**
 * Bech32 checksum verification (BIP-173), the encoding of age secret keys
 * (`AGE-SECRET-KEY-1…`). Hand-written: the algorithm is a dozen lines and no bech32 package is a
 * dependency. A key whose checksum fails was typed by hand (e.g. an all-`Q` fixture).
 */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i += 1) if ((top >>> i) & 1) checksum ^= GENERATOR[i]!;
  }
  return checksum;
}

/** True when `text` (case-insensitive, one case only) is a bech32 string with a valid checksum. */
export function isValidBech32(text: string): boolean {
  if (text.length < 8 || text.length > 1023) return false;
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const lower = text.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || separator + 7 > lower.length) return false;
  const hrp = lower.slice(0, separator);
  const values: number[] = [];
  for (let i = 0; i < hrp.length; i += 1) values.push(hrp.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < hrp.length; i += 1) values.push(hrp.charCodeAt(i) & 31);
  for (const char of lower.slice(separator + 1)) {
    const index = CHARSET.indexOf(char);
    if (index < 0) return false;
    values.push(index);
  }
  return polymod(values) === 1;
}
