/**
 * Australian Tax File Number (ATO): nine digits whose weighted sum (1,4,3,7,5,8,6,9,10) is a
 * multiple of 11 (older eight-digit TFNs use 10,7,8,4,6,3,5,1). One random string in eleven
 * passes, so the detector asks for context words.
 */
const WEIGHTS_9 = [1, 4, 3, 7, 5, 8, 6, 9, 10];
const WEIGHTS_8 = [10, 7, 8, 4, 6, 3, 5, 1];

export function isValidTfn(digits: string): boolean {
  if (!/^[0-9]{8,9}$/.test(digits) || /^0+$/.test(digits)) return false;
  const weights = digits.length === 9 ? WEIGHTS_9 : WEIGHTS_8;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum % 11 === 0;
}
