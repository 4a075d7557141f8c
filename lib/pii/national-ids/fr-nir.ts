import { mod97 } from '../mod97.ts';

/**
 * French social security number (NIR / numéro de sécurité sociale, INSEE): sex (1, 2, or 3/4/7/8
 * for provisional numbers), year, month (01–12, or 20 and 30–42/50+ for unknown or foreign-born),
 * département (digits or 2A/2B for Corsica), commune, order number, then a two-digit key equal to
 * 97 − (first 13 digits mod 97), with 2A/2B counted as 19/18.
 */
export function isValidNir(compact: string): boolean {
  const upper = compact.toUpperCase();
  if (!/^[123478][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{8}$/.test(upper)) return false;
  const month = Number(upper.slice(3, 5));
  if (month === 0 || (month > 12 && month < 20) || (month > 20 && month < 30)) return false;
  const body = upper.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(upper.slice(13));
  return key >= 1 && key <= 97 && 97 - mod97(body) === key;
}
