import { isVerhoeffValid } from '../verhoeff.ts';

/**
 * Indian Aadhaar number (UIDAI): 12 digits, never starting with 0 or 1, Verhoeff check digit last.
 * One random 12-digit string in ten passes, so the detector asks for context words too.
 */
export function isValidAadhaar(digits: string): boolean {
  if (!/^[2-9][0-9]{11}$/.test(digits)) return false;
  if (/^([0-9])\1+$/.test(digits)) return false;
  return isVerhoeffValid(digits);
}
