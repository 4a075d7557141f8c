/**
 * Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): the letter is
 * `TRWAGMYFPDXBNJZSQVHLCKE`[number mod 23], with the NIE's X/Y/Z read as 0/1/2 (Ministerio del
 * Interior, Real Decreto 1553/2005).
 */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** `compact` is the id without separators, upper case. */
export function isValidDniOrNie(compact: string): boolean {
  const match = /^([XYZ]?)([0-9]{7,8})([A-Z])$/.exec(compact);
  if (!match) return false;
  const [, prefix, digits, letter] = match;
  if (prefix ? digits!.length !== 7 : digits!.length !== 8) return false;
  const number = Number(`${prefix ? 'XYZ'.indexOf(prefix) : ''}${digits}`);
  if (number === 0) return false;
  return LETTERS[number % 23] === letter;
}
