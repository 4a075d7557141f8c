import type { Severity } from '../core/finding.ts';
import type { KeywordIndex } from './keyword-index.ts';
import type { KeywordKind } from './keywords.ts';

/** Placeholder kinds the pii detector reports (`Finding.redactAs`); the vault numbers them. */
export const REDACT_KINDS = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'SSN', 'NATIONAL_ID', 'IP', 'WALLET', 'DOB', 'ADDRESS'] as const;
export type RedactKind = (typeof REDACT_KINDS)[number];

/** Rule families, for docs and per-family metrics (Presidio's entity list is the anchor). */
export type PiiFamily = 'contact' | 'financial' | 'government-id' | 'network' | 'crypto' | 'personal' | 'location';

/**
 * Where a rule's sticky pattern is tried (lib/pii/anchors.ts computes them once per scan):
 * - `number`: the start of every digit run;
 * - `phone-start`: digit-run starts moved back over a leading `+`, `+ ` or `(`;
 * - `token`: the start of every letters-and-digits token that holds a digit, and of a short
 *   letter prefix split off by one space or hyphen ("QQ 12 34 56 C", "X-1234567-L");
 * - `at-sign`: every `@`;
 * - `at-word`: every bracketed "at" standing in for `@` (`[at]`, `(at)`, `{at}`, `[@]`);
 * - `hex-colon`: the start of every hex-and-colon run around a digit that holds a colon;
 * - a keyword kind: the start (or, with `at: 'end'`, the end) of every hit of that kind
 *   (lib/pii/keywords.ts).
 */
export type PiiAnchor =
  | 'number'
  | 'phone-start'
  | 'token'
  | 'at-sign'
  | 'at-word'
  | 'hex-colon'
  | { keyword: KeywordKind | readonly KeywordKind[]; at?: 'start' | 'end' };

/** One accepted match, in offsets of the scanned string. */
export interface PiiHit {
  rule: string;
  /**
   * Evidence level within the rule (e.g. `checksum`, `context`, `formatted`): scores are
   * calibrated per `rule:tier`, so "context words and a valid checksum" and "a bare match" can
   * mean different probabilities.
   */
  tier: string;
  start: number;
  end: number;
}

/** A candidate that still needs an asynchronous check (Web Crypto hashing) before it counts. */
export interface DeferredHit extends PiiHit {
  verify: () => Promise<boolean>;
}

/** What a rule's `accept` sees: the scanned text, the keyword hits and per-scan budgets. */
export interface MatchContext {
  text: string;
  /** Context-word hits near digits, indexed for range queries. */
  keywords: KeywordIndex;
  /** Remaining calls to costly validators (libphonenumber parses, hashes) in this scan. */
  budget: { phoneParses: number; hashes: number };
  /** Default regions for phone numbers written in national format (ISO 3166 alpha-2). */
  regions: readonly string[];
}

export interface Acceptance {
  tier: string;
  /** Narrowed span when the value is only part of the match (e.g. after a context phrase). */
  start?: number;
  end?: number;
  verify?: () => Promise<boolean>;
}

/**
 * A pii rule, as data: where to look, what it finds, how sure a match can be, where the
 * definition comes from, and examples the tests run (each `flagged` example must produce this
 * rule, each `clean` one must not).
 */
export interface PiiRule {
  /** Rule id without the `pii/` prefix. */
  id: string;
  family: PiiFamily;
  redactAs: RedactKind;
  severity: Severity;
  description: string;
  /** Where the format, ranges or check digits are defined. */
  reference: string;
  anchor: PiiAnchor;
  /** Candidate pattern, sticky (`y`): tried at each anchor. Checked for ReDoS in the tests. */
  pattern: RegExp;
  /** Decides whether a candidate counts, and at which tier; undefined rejects it. */
  accept(match: RegExpExecArray, context: MatchContext): Acceptance | undefined;
  /**
   * Score per tier before calibration (a structural prior: how often a random or look-alike
   * string would pass). The calibration script replaces them with measured precision where the
   * train split has evidence.
   */
  priors: Readonly<Record<string, number>>;
  /**
   * Tiers whose score is a policy choice, not a measured precision (quasi-identifiers such as a
   * date of birth or a postcode, internal IPs): the calibration script leaves their prior alone.
   */
  policyTiers?: readonly string[];
  /** Tiers whose value passed a check digit or checksum: their score never drops below 0.9. */
  checksumTiers?: readonly string[];
  examples: { flagged: readonly string[]; clean: readonly string[] };
}
