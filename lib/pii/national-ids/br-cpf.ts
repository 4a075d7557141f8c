/**
 * Brazilian CPF (Cadastro de Pessoas Físicas, Receita Federal): nine digits and two mod-11 check
 * digits. Strings of one repeated digit pass the arithmetic but are never issued.
 */
const checkDigit = (digits: string, length: number): number => {
  let sum = 0;
  for (let i = 0; i < length; i += 1) sum += (digits.charCodeAt(i) - 48) * (length + 1 - i);
  return ((sum * 10) % 11) % 10;
};

/** `digits` is the eleven digits without separators. */
export function isValidCpf(digits: string): boolean {
  if (!/^[0-9]{11}$/.test(digits) || /^([0-9])\1{10}$/.test(digits)) return false;
  return checkDigit(digits, 9) === digits.charCodeAt(9) - 48 && checkDigit(digits, 10) === digits.charCodeAt(10) - 48;
}
