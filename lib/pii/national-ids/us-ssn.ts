/**
 * US Social Security Number structure (SSA rules; no check digit exists): area 001–899 except
 * 666, group 01–99, serial 0001–9999. Since the 2011 randomisation any other area is possible, so
 * this is all the structure there is, and an unformatted nine-digit run needs context words.
 */

/** Numbers the SSA or advertisers made public (the Woolworth wallet card, the 1962 ad). */
const PUBLISHED = new Set(['078051120', '219099999', '123456789']);

/** `digits` is the nine digits without separators. */
export function isValidSsn(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  return !PUBLISHED.has(digits);
}
