/**
 * Polish PESEL (Ustawa o ewidencji ludności): birth date YYMMDD with the century folded into the
 * month (+80 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s), a serial, and a check digit with
 * weights 1-3-7-9.
 */
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
const CENTURY_BY_OFFSET: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isValidPesel(digits: string): boolean {
  if (!/^[0-9]{11}$/.test(digits)) return false;
  const encodedMonth = Number(digits.slice(2, 4));
  const offset = Math.floor(encodedMonth / 20) * 20;
  const century = CENTURY_BY_OFFSET[offset];
  const month = encodedMonth - offset;
  if (century === undefined || month < 1 || month > 12) return false;
  const year = century + Number(digits.slice(0, 2));
  const day = Number(digits.slice(4, 6));
  if (day < 1 || day > daysInMonth(year, month)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) sum += (digits.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(10) - 48;
}
