import type { PiiRule } from '../rule.ts';
import { CONTACT_CONTEXT_PATTERNS, CONTACT_RULES, email, emailObfuscated, phone } from './contact.ts';
import { btcAddress, ethAddress } from './crypto.ts';
import { FINANCIAL_CONTEXT_PATTERNS, iban, paymentCard } from './financial.ts';
import { GOVERNMENT_ID_CONTEXT_PATTERNS, GOVERNMENT_ID_RULES } from './government-ids.ts';
import { LOCATION_CONTEXT_PATTERNS, LOCATION_RULES } from './location.ts';
import { ipv4, ipv6 } from './network.ts';
import { dateOfBirth, PERSONAL_CONTEXT_PATTERNS } from './personal.ts';

/**
 * Every pii rule in priority order: when two matches overlap, the earlier rule keeps the span (a
 * checksum-validated IBAN or card beats "some digits that could be a phone number"; a street beats
 * the looser "number after address words").
 */
export const PII_RULES: readonly PiiRule[] = [
  iban,
  paymentCard,
  ...GOVERNMENT_ID_RULES,
  btcAddress,
  ethAddress,
  email,
  emailObfuscated,
  ipv4,
  ipv6,
  dateOfBirth,
  phone,
  ...LOCATION_RULES,
];

/** Helper patterns the rules use besides their own `pattern` (all are ReDoS-checked in tests). */
export const PII_HELPER_PATTERNS: readonly RegExp[] = [
  ...CONTACT_CONTEXT_PATTERNS,
  ...FINANCIAL_CONTEXT_PATTERNS,
  ...GOVERNMENT_ID_CONTEXT_PATTERNS,
  ...PERSONAL_CONTEXT_PATTERNS,
  ...LOCATION_CONTEXT_PATTERNS,
];

// Keep the families' own exports referenced so a rule cannot be dropped from the list silently.
void CONTACT_RULES;
void phone;
