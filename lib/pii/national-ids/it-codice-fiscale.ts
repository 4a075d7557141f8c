/**
 * Italian codice fiscale (DM 23/12/1976): six letters (surname, name), birth year, month letter,
 * day (+40 for women), municipality code, check letter. Digits may be replaced by the letters
 * LMNPQRSTUV ("omocodia") when two people would otherwise share a code. The check letter is the
 * sum of odd- and even-position values mod 26.
 */
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const OMOCODIA = 'LMNPQRSTUV';

const SHAPE = /^[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]$/;

/** `compact` is the 16 characters, upper case. */
export function isValidCodiceFiscale(compact: string): boolean {
  if (!SHAPE.test(compact)) return false;
  const day = Number(
    compact
      .slice(9, 11)
      .split('')
      .map((c) => (c >= 'A' ? String(OMOCODIA.indexOf(c)) : c))
      .join(''),
  );
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const code = compact.charCodeAt(i);
    const index = code >= 65 ? code - 65 : code - 48;
    // Positions are 1-based in the decree: index 0 is the first, "odd", character.
    sum += i % 2 === 0 ? ODD_VALUES[index]! : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === compact[15];
}
