/**
 * The Luhn (mod 10) check used by payment cards and Canadian SINs. Hand-written: it is five lines
 * and every card/ID library that offers it pulls in far more than the extension needs.
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^[0-9]{2,32}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let value = digits.charCodeAt(i) - 48;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}
