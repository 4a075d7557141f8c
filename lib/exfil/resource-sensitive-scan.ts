import { scanPii } from '../pii/scan.ts';
import { scanForSecrets } from '../secrets/scan-secrets.ts';
import { SECRET_RULE_SET } from '../secrets/secret-rule-set.ts';
import type { SensitiveScan } from './url-signals.ts';

const SECRET_LIMITS = { maxHits: 200, maxMatches: 5, maxAttemptsPerRule: 50, maxCheckedPerRule: 20 };

/** Personal data that, found in a URL, means the URL carries someone's identity or money. */
const CARRIED_PII: ReadonlySet<string> = new Set(['email', 'phone', 'payment-card', 'iban']);
const PHONE_REGIONS = ['US', 'GB', 'DE', 'FR', 'IN'];

/**
 * What counts as a secret or personal data inside one part of a URL (a query value, a path
 * segment): the secrets rules' verified tiers and the PII kinds that identify a person or move
 * money. The exfil detector and the network guard both use it, so a URL the network guard checks is
 * judged as a reply scan would judge it.
 */
export const URL_SENSITIVE_SCAN: SensitiveScan = {
  secret: (text) => text.length >= 8 && scanForSecrets(text, SECRET_RULE_SET, SECRET_LIMITS).some((match) => match.tier !== 'unverified'),
  pii: (text) => text.length >= 5 && scanPii(text, { regions: PHONE_REGIONS, maxHits: 5 }).hits.some((hit) => CARRIED_PII.has(hit.rule)),
};
