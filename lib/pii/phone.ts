import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * Phone-number judgement for candidates the pii rule found. libphonenumber-js with its `min`
 * metadata (~80 kB: lengths and leading digits per region, no per-type patterns) validates; it
 * is never run over the whole text (its findNumbers is slow on long inputs), only on short
 * candidates that already look like phone numbers, and at most `budget` times per scan.
 *
 * Shapes that are not phones are rejected first, cheaply: dates, times-like runs, IPv4,
 * version numbers, decimals, year ranges and thousands-grouped quantities.
 */
export type PhoneTier = 'international' | 'international-possible' | 'national' | 'context';

const DATE_LIKE = /^(?:[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[0-9]{1,2}[-./][0-9]{1,2}[-./](?:[0-9]{2}|[0-9]{4}))$/;
const EMBEDDED_DATE = /[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{2,4}/;
const IPV4_LIKE = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$/;
const QUANTITY = /^[1-9][0-9]{0,2}(?:[ ,.\u00a0][0-9]{3})+$/;
const YEAR_RANGE = /^(?:1[0-9]|20)[0-9]{2} ?[-/] ?(?:1[0-9]|20)[0-9]{2}$/;
const DECIMAL = /^[0-9]+[.,][0-9]+$/;
const COMPACT_DATE = /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$/;
const EXTENSION = /\s?(?:x|ext\.?)\s?[0-9]{1,6}$/i;

/**
 * Numbers that reach an organisation, not a person: NANP toll-free codes, the 555 exchange
 * reserved for fiction, UK/EU 0800/0808/0500 freephone.
 */
const NANP_TOLL_FREE = /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?[0-9]{3}(?![0-9])/;
const FICTIONAL_555 = /^(?:\+?1[ .-]?)?(?:\(?[2-9][0-9]{2}\)?[ .-]?)?555[ .-]?(?:01[0-9]{2}|[0-9]{4})$/;
const FREEPHONE = /^(?:\+44 ?|0)(?:800|808|500)[ .-]?[0-9]{3}/;

/** Why a candidate is not a person's phone number, or undefined when it could be one. */
export function phoneShapeRejection(candidate: string, hasContext = false): string | undefined {
  const value = candidate.replace(EXTENSION, '');
  const bare = value.replace(/^(?:\+|00)/, '');
  const digits = bare.replace(/[^0-9]/g, '');
  if (digits.length < 7 || digits.length > 15) return 'length';
  if ((value.match(/\(/g)?.length ?? 0) !== (value.match(/\)/g)?.length ?? 0)) return 'parentheses';
  if (/[ ().\-/]{3}/.test(value)) return 'separators';
  if (DATE_LIKE.test(bare) || EMBEDDED_DATE.test(bare)) return 'date';
  if (YEAR_RANGE.test(bare)) return 'year-range';
  if (DECIMAL.test(bare)) return 'decimal';
  if (COMPACT_DATE.test(bare)) return 'date';
  // 123456789, 9999999999: what people type when they need any phone number.
  if (/^([0-9])\1+$/.test(digits) || '0123456789012'.includes(digits) || '9876543210987'.includes(digits)) return 'placeholder';
  if (!hasContext && !value.startsWith('+') && QUANTITY.test(bare)) return 'quantity';
  if (NANP_TOLL_FREE.test(value) || FREEPHONE.test(value)) return 'toll-free';
  if (FICTIONAL_555.test(value)) return 'fictional';
  // Dots only: versions (1.2.10) and IPv4 use one- to three-digit groups; phone numbers written
  // with dots (03.93.92.16.85, 212.555.0123) never have a one-digit group and are not IPs.
  if (/^[0-9.]+$/.test(bare) && (/(?:^|\.)[0-9](?:\.|$)/.test(bare) || IPV4_LIKE.test(bare))) return 'version';
  return undefined;
}

/** Leading trunk prefix (0…), a parenthesised area code or NANP grouping: a national phone. */
const NATIONAL_FORMAT = /^(?:\([0-9]{2,5}\)[ .-]?[0-9]|0[0-9]{1,4}[ .\-/][0-9]|[2-9][0-9]{2}[-. ][2-9][0-9]{2}[-. ][0-9]{4}$)/;

/** Three-three-four grouping: read only as a North American number. */
const NANP = /^\(?[0-9]{3}\)?[-. ]?[0-9]{3}[-. ][0-9]{4}$/;

/**
 * Classifies a phone-shaped candidate: `international` (+CC, valid for that country),
 * `international-possible` (+CC, right length only), `national` (national format valid in one of
 * the default regions), `context` (the text names it a phone number), or undefined.
 */
export function classifyPhone(
  candidate: string,
  hasContext: boolean,
  regions: readonly string[],
  budget: { phoneParses: number },
): PhoneTier | undefined {
  if (phoneShapeRejection(candidate, hasContext)) return undefined;
  const value = candidate.replace(EXTENSION, '');
  const international = value.startsWith('+') || value.startsWith('00');
  if (international) {
    if (budget.phoneParses <= 0) return hasContext ? 'context' : undefined;
    budget.phoneParses -= 1;
    const parsed = safeParse(value.startsWith('00') ? `+${value.slice(2)}` : value);
    if (parsed?.isValid() && (parsed.countryCallingCode !== '1' || /^[2-9][0-9]{2}[2-9][0-9]{6}$/.test(parsed.nationalNumber))) {
      return 'international';
    }
    if (parsed?.isPossible()) return 'international-possible';
    return hasContext ? 'context' : undefined;
  }
  if (hasContext) return 'context';
  if (!NATIONAL_FORMAT.test(value)) return undefined;
  // A NANP-shaped number is read as North American only; anything else in the configured order.
  const order = NANP.test(value) ? ['US'] : regions;
  for (const region of order) {
    if (budget.phoneParses <= 0) return undefined;
    budget.phoneParses -= 1;
    const parsed = safeParse(value, region as CountryCode);
    if (!parsed?.isValid()) continue;
    // The min metadata checks lengths only; NANP area codes and exchanges never start with 0/1.
    if (parsed.countryCallingCode === '1' && !/^[2-9][0-9]{2}[2-9][0-9]{6}$/.test(parsed.nationalNumber)) return undefined;
    return 'national';
  }
  return undefined;
}

/** Every pattern of this module, for the ReDoS check in the tests. */
export const PHONE_PATTERNS: readonly RegExp[] = [
  DATE_LIKE, EMBEDDED_DATE, IPV4_LIKE, QUANTITY, YEAR_RANGE, DECIMAL, COMPACT_DATE, EXTENSION, NANP_TOLL_FREE, FICTIONAL_555, FREEPHONE, NATIONAL_FORMAT, NANP,
];

function safeParse(value: string, region?: CountryCode) {
  try {
    return parsePhoneNumberFromString(value, region);
  } catch {
    return undefined;
  }
}
