import { isLuhnValid } from '../luhn.ts';

/**
 * Canadian Social Insurance Number (ESDC): nine digits with a Luhn check. The first digit is the
 * province group (0 and 8 are not assigned to people). 046 454 286 is the number ESDC prints on
 * its sample card, so it is not treated as anyone's.
 */
export function isValidSin(digits: string): boolean {
  if (!/^[1-79][0-9]{8}$/.test(digits) || digits === '046454286') return false;
  return isLuhnValid(digits);
}
