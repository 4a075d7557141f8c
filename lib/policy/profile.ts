import type { Action } from '../core/action.ts';
import type { Category } from '../core/category.ts';

/** What happens when a detector fails (throws, times out, is circuit-broken). */
export type FailurePolicy = 'fail-open' | 'warn' | 'fail-closed';

/** Act when a category's aggregated risk reaches `minRisk`. Listed strictest first. */
export interface Threshold {
  minRisk: number;
  action: Action;
}

/**
 * A rule that overrides the category default when its condition holds. First match wins, like a
 * firewall rule list. `when` is an expression (see expression.ts) over CONDITION_NAMES.
 */
export interface PolicyCondition {
  id: string;
  when: string;
  /** The category it applies to; `*` = every category with any risk. */
  category: Category | '*';
  action: Action;
}

export interface CircuitBreakerSettings {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export interface PolicyProfile {
  id: string;
  /** Bumped whenever the profile's meaning changes; part of every verdict and cache key. */
  version: number;
  description: string;
  categories: Partial<Record<Category, Threshold[]>>;
  conditions: PolicyCondition[];
  onDetectorFailure: FailurePolicy;
  detectorTimeoutMs: number;
  /** The router skips costly detectors that would push a scan past this. */
  latencyBudgetMs: number;
  /** Above this many characters, the `size` detector reports the text as oversized. */
  maxScanChars: number;
  /** Detector ids that run for the record only. */
  shadow: string[];
  disabled: string[];
  breaker: CircuitBreakerSettings;
}

/** The names a policy condition may use. */
export const CONDITION_NAMES: ReadonlySet<string> = new Set([
  'site',
  'direction',
  'profile',
  'tier',
  'category',
  'risk',
  'chars',
  // The rule ids of every finding in the scan (a list: `"detector/rule" in rules`).
  'rules',
]);

/** Facts about a scan that conditions can test. */
export interface PolicyContext {
  site: string;
  direction: 'inbound' | 'outbound';
  profile: string;
  /** The user's tier as the admin defines it (e.g. `standard`, `admin`, `contractor`). */
  tier: string;
  chars: number;
}
