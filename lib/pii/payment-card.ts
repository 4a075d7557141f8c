import { isLuhnValid } from './luhn.ts';

/**
 * Issuer identification (IIN/BIN) ranges and lengths of the major card schemes, from the schemes'
 * published ranges (as summarised in ISO/IEC 7812 and the Wikipedia "Payment card number" table).
 * A Luhn-valid digit string that also starts with a real IIN and has that scheme's length is a
 * card number far more often than an order id: only ~1 in 10 random strings pass Luhn, and the
 * ranges cut that further.
 */
interface CardScheme {
  scheme: string;
  /** Inclusive prefix ranges, compared on the first `length of from` digits. */
  ranges: ReadonlyArray<readonly [from: string, to: string]>;
  lengths: readonly number[];
}

const SCHEMES: readonly CardScheme[] = [
  { scheme: 'visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
  { scheme: 'mastercard', ranges: [['51', '55'], ['2221', '2720']], lengths: [16] },
  { scheme: 'amex', ranges: [['34', '34'], ['37', '37']], lengths: [15] },
  { scheme: 'diners', ranges: [['300', '305'], ['36', '36'], ['38', '39']], lengths: [14, 15, 16, 17, 18, 19] },
  { scheme: 'discover', ranges: [['6011', '6011'], ['644', '649'], ['65', '65'], ['622126', '622925']], lengths: [16, 17, 18, 19] },
  { scheme: 'jcb', ranges: [['3528', '3589']], lengths: [16, 17, 18, 19] },
  { scheme: 'jcb-legacy', ranges: [['2131', '2131'], ['1800', '1800']], lengths: [15] },
  { scheme: 'unionpay', ranges: [['62', '62'], ['81', '81']], lengths: [16, 17, 18, 19] },
  { scheme: 'maestro', ranges: [['50', '50'], ['56', '69']], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { scheme: 'mir', ranges: [['2200', '2204']], lengths: [16, 17, 18, 19] },
  { scheme: 'rupay', ranges: [['60', '60'], ['508', '508'], ['82', '82']], lengths: [16] },
  { scheme: 'troy', ranges: [['9792', '9792']], lengths: [16] },
  { scheme: 'uatp', ranges: [['1', '1']], lengths: [15] },
];

/**
 * Well-known test and documentation card numbers (Stripe, Adyen, PayPal, Braintree docs): they
 * are in every tutorial and payment SDK snippet and identify nobody.
 */
const TEST_NUMBERS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '4222222222222',
  '4917610000000000', '4000000000000002', '4000000000000077', '4000000000003220', '4000002500003155',
  '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222', '5431111111111111',
  '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424',
  '3056930009020004', '30569309025904', '38520000023237', '3566002020360505', '3530111333300000',
  '6200000000000005', '6759649826438453', '6304000000000000',
]);

/** The scheme of a digit string when its IIN and length match one, else undefined. */
export function cardScheme(digits: string): string | undefined {
  for (const { scheme, ranges, lengths } of SCHEMES) {
    if (!lengths.includes(digits.length)) continue;
    for (const [from, to] of ranges) {
      const prefix = digits.slice(0, from.length);
      if (prefix >= from && prefix <= to) return scheme;
    }
  }
  return undefined;
}

export type CardCheck = 'scheme' | 'luhn-only' | 'test-number' | 'invalid';

/**
 * How much a digit string looks like a real card: `scheme` (Luhn + IIN + length), `luhn-only`
 * (Luhn-valid 12–19 digits of no known scheme: a card only when the text says so), `test-number`
 * (a published test card) or `invalid`.
 */
export function checkCard(digits: string): CardCheck {
  if (!/^[0-9]{12,19}$/.test(digits) || !isLuhnValid(digits)) return 'invalid';
  if (/^([0-9])\1+$/.test(digits)) return 'invalid';
  if (TEST_NUMBERS.has(digits)) return 'test-number';
  return cardScheme(digits) ? 'scheme' : 'luhn-only';
}
