import { mod97 } from './mod97.ts';

/**
 * IBAN length per country, from the SWIFT IBAN registry (ISO 13616). The length check rejects
 * most random "two letters, two digits, then alphanumerics" strings before mod-97 does.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** Expected length for the IBAN's country code (first two letters, any case), if it has one. */
export const ibanLength = (compact: string): number | undefined => {
  const country = compact.slice(0, 2).toUpperCase();
  return Object.prototype.hasOwnProperty.call(IBAN_LENGTHS, country) ? IBAN_LENGTHS[country] : undefined;
};

/**
 * ISO 13616 validation of a compact IBAN (no spaces, any case): known country, exact length,
 * check digits 02–98, and the mod-97 of the rearranged number equal to 1.
 */
export function isValidIban(compact: string): boolean {
  const upper = compact.toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(upper)) return false;
  if (ibanLength(upper) !== upper.length) return false;
  const check = Number(upper.slice(2, 4));
  if (check < 2 || check > 98) return false;
  const rearranged = upper.slice(4) + upper.slice(0, 4);
  let numeric = '';
  for (const char of rearranged) numeric += char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
  return mod97(numeric) === 1;
}
