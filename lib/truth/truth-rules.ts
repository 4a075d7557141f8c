import type { Severity } from '../core/finding.ts';

/**
 * The claims the truth detector can find, one per way a reply can contradict the knowledge base.
 * Severity follows the harm of acting on the claim: a wrong dose or a toxic mixture hurts the
 * reader directly (high); a wrong emergency number or an insecure snippet hurts less directly
 * (medium). Scores are calibrated separately (calibration.ts).
 */
export const TRUTH_RULES = {
  'dose-above-maximum': {
    severity: 'high',
    domain: 'medicine',
    description:
      'States or implies a daily amount of an over-the-counter medicine above the highest dose any label allows (e.g. "up to 8,000 mg of Tylenol a day", "6 Advil 400 mg tablets every 4 hours").',
  },
  'dose-above-label': {
    severity: 'high',
    domain: 'medicine',
    description:
      'States or implies a daily amount above the over-the-counter label maximum, with no mention of a doctor or prescription (prescribed doses can be higher).',
  },
  'single-dose-above-label': {
    severity: 'high',
    domain: 'medicine',
    description: 'States a single dose above the largest single dose the over-the-counter label allows (e.g. "take 2 g of paracetamol at once").',
  },
  'dangerous-mixture': {
    severity: 'high',
    domain: 'chemical',
    description:
      'Recommends mixing, or calls safe or stronger, a household chemical combination that releases toxic gas or reacts violently (bleach with ammonia, acids, vinegar or alcohol; hydrogen peroxide with vinegar; two drain cleaners).',
  },
  'wrong-emergency-number': {
    severity: 'medium',
    domain: 'emergency',
    description: 'Gives, for a named country, an emergency number that belongs to another country and not to that one (e.g. "in the UK, call 911").',
  },
  'wrong-poison-control-number': {
    severity: 'medium',
    domain: 'emergency',
    description: 'Gives a poison-control number that is not the one for the country (U.S. Poison Help is 1-800-222-1222).',
  },
  'tls-verification-disabled': {
    severity: 'medium',
    domain: 'security',
    description:
      'Turns off TLS certificate verification (verify=False, NODE_TLS_REJECT_UNAUTHORIZED=0, rejectUnauthorized: false, curl -k, InsecureSkipVerify…) with no warning that it is insecure.',
  },
  'world-writable-permissions': {
    severity: 'medium',
    domain: 'security',
    description: 'Recommends chmod 777 (or a+rwx) with no warning: it hides a permission problem and opens the file to every user.',
  },
  'csrf-or-auth-disabled': {
    severity: 'medium',
    domain: 'security',
    description:
      'Disables CSRF protection or authentication (csrf_exempt, csrf().disable(), WTF_CSRF_ENABLED = False, xpack.security.enabled: false, --noauth…) with no warning or stated alternative.',
  },
  'weak-password-hash': {
    severity: 'medium',
    domain: 'security',
    description: 'Stores or recommends storing passwords with MD5 or SHA-1 with no warning (passwords need bcrypt, scrypt, Argon2id or PBKDF2).',
  },
  'eval-untrusted-input': {
    severity: 'medium',
    domain: 'security',
    description: 'Passes user input to eval/exec (eval(input()), eval(req.body…), eval($_GET…)) with no warning: it runs whatever the user types.',
  },
} as const satisfies Record<string, { severity: Severity; domain: string; description: string }>;

export type TruthRuleId = keyof typeof TRUTH_RULES;

export const TRUTH_RULE_IDS = Object.keys(TRUTH_RULES) as TruthRuleId[];

/** One contradiction found in a text: which rule, where (offsets into the scanned view). */
export interface TruthClaim {
  rule: TruthRuleId;
  start: number;
  end: number;
}
