/**
 * The Verhoeff check (dihedral group D5), used by India's Aadhaar. It catches every single-digit
 * error and every adjacent transposition, which is why UIDAI chose it over Luhn. The tables are
 * derived from their definitions instead of typed in, so a typo cannot hide in 180 constants.
 */

// Multiplication in D5: rotations 0–4, reflections 5–9.
const multiply = (i: number, j: number): number => {
  if (i < 5 && j < 5) return (i + j) % 5;
  if (i < 5) return 5 + ((i + j) % 5);
  if (j < 5) return 5 + ((i - j + 5) % 5);
  return (i - j + 5) % 5;
};

// The permutation applied at position i is σ^i with σ = (0 1 5 8 9 4 2 7)(3 6).
const SIGMA = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
const PERMUTATIONS: number[][] = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]];
for (let i = 1; i < 8; i += 1) PERMUTATIONS.push(PERMUTATIONS[i - 1]!.map((digit) => SIGMA[digit]!));

/** True when the digit string (check digit last) passes the Verhoeff check. */
export function isVerhoeffValid(digits: string): boolean {
  if (!/^[0-9]{2,32}$/.test(digits)) return false;
  let check = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    check = multiply(check, PERMUTATIONS[i % 8]![digit]!);
  }
  return check === 0;
}
