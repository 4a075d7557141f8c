import { digitsOf, labelBefore, near } from '../context.ts';
import { ibanLength, isValidIban } from '../iban.ts';
import { checkCard } from '../payment-card.ts';
import type { PiiRule } from '../rule.ts';

/** Grouping people use for card numbers: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or none. */
const CARD_GROUPING = /^(?:[0-9]{12,19}|[0-9]{4}(?:[ -][0-9]{4}){2,3}(?:[ -][0-9]{1,4})?|[0-9]{4}[ -][0-9]{6}[ -][0-9]{4,5})$/;

/**
 * Digits spaced out evenly ("4 3 7 7 8 7 7 1 …", "43 77 87 71 …"): one separator throughout,
 * every group the same size but the last. Uneven groups ("1 234 567 890") are quantities.
 */
function evenlyGrouped(value: string): boolean {
  const separator = value.match(/[ -]/)?.[0];
  if (!separator) return false;
  const groups = value.split(separator);
  const size = groups[0]!.length;
  return (
    !(separator === ' ' ? value.includes('-') : value.includes(' ')) &&
    groups.every((group, index) => (index === groups.length - 1 ? group.length >= 1 && group.length <= size : group.length === size))
  );
}

export const paymentCard: PiiRule = {
  id: 'payment-card',
  family: 'financial',
  redactAs: 'CARD',
  severity: 'high',
  description:
    'A payment card number (PAN): 12–19 digits passing the Luhn check with a real issuer range and length, or Luhn-valid with card words nearby. Published test cards are ignored.',
  reference: 'ISO/IEC 7812-1 (IIN, Luhn); scheme IIN tables',
  anchor: 'number',
  pattern: /(?<![0-9A-Za-z_.-])[0-9](?:[ -]?[0-9]){11,18}(?![0-9A-Za-z_]|[ .-][0-9])/y,
  accept(match, context) {
    if (!CARD_GROUPING.test(match[0]) && !evenlyGrouped(match[0])) return undefined;
    const verdict = checkCard(digitsOf(match[0]));
    if (verdict === 'invalid' || verdict === 'test-number') return undefined;
    const start = match.index;
    const named = near(context, 'card', start, start + match[0].length, 48, 24);
    // Other long numbers pass Luhn one time in ten: an access token, an order or a serial. The
    // label right before the number says which it is.
    if (labelBefore(context, 'not-card', start, 16) && !labelBefore(context, 'card', start, 16)) return undefined;
    if (verdict === 'scheme') return { tier: named ? 'checksum-context' : 'checksum' };
    return named ? { tier: 'luhn-context' } : undefined;
  },
  priors: { 'checksum-context': 0.97, checksum: 0.9, 'luhn-context': 0.9 },
  checksumTiers: ['checksum-context', 'checksum', 'luhn-context'],
  examples: {
    flagged: [
      'My credit card 4377877189635137 has been lost',
      'amex: 3498 765432 10127',
      'pay with 5425 2334 3010 9903 please',
      'card 4 3 7 7 8 7 7 1 8 9 6 3 5 1 3 7',
    ],
    clean: [
      'test card 4242 4242 4242 4242',
      'order 1234567890123456',
      'access token: 2278-9812-3456-4567',
      'ids 4377877189635138 and more',
      'sum 4 377 877 189 635 137',
    ],
  },
};

export const iban: PiiRule = {
  id: 'iban',
  family: 'financial',
  redactAs: 'IBAN',
  severity: 'high',
  description: 'An International Bank Account Number: known country, exact registry length, mod-97 check (spaces and lower case allowed).',
  reference: 'ISO 13616-1; SWIFT IBAN registry',
  anchor: 'token',
  pattern: /(?<![0-9A-Za-z_])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,34}(?![0-9A-Za-z_])/y,
  accept(match) {
    const value = match[0];
    const length = ibanLength(value);
    if (length === undefined) return undefined;
    // The pattern may run into the following words; cut at the registry length, which must
    // fall on a token boundary.
    let seen = 0;
    let cut = 0;
    while (cut < value.length && seen < length) {
      if (value[cut] !== ' ') seen += 1;
      cut += 1;
    }
    if (seen < length || (cut < value.length && value[cut] !== ' ')) return undefined;
    if (!isValidIban(value.slice(0, cut).replace(/ /g, ''))) return undefined;
    return { tier: 'checksum', start: match.index, end: match.index + cut };
  },
  priors: { checksum: 0.97 },
  checksumTiers: ['checksum'],
  examples: {
    flagged: ['My IBAN is GB85QZXO20740530696990', 'IBAN: DE89 3704 0044 0532 0130 00 (Commerzbank)', 'my iban is gb42nawi04454264788619'],
    clean: ['GB85QZXO20740530696991', 'DE89 3704 0044 0532 0130 01', 'model AB12CDEFGHIJKLMNOP'],
  },
};

export const FINANCIAL_RULES: readonly PiiRule[] = [paymentCard, iban];
export const FINANCIAL_CONTEXT_PATTERNS: readonly RegExp[] = [CARD_GROUPING];
