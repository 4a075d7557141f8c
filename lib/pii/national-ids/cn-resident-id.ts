import { mod11_2CheckChar } from '../iso7064.ts';

/**
 * Chinese resident identity card number (GB 11643-1999): six-digit region code (first digit 1–8),
 * birth date YYYYMMDD, three-digit sequence, ISO 7064 MOD 11-2 check character (0–9 or X). The
 * embedded date and the check character make a random 18-digit match very unlikely.
 */
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `compact` is the 18 characters, upper case. */
export function isValidChineseResidentId(compact: string): boolean {
  if (!/^[1-8][0-9]{16}[0-9X]$/.test(compact)) return false;
  const year = Number(compact.slice(6, 10));
  const month = Number(compact.slice(10, 12));
  const day = Number(compact.slice(12, 14));
  if (year < 1880 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return mod11_2CheckChar(compact.slice(0, 17)) === compact[17];
}
