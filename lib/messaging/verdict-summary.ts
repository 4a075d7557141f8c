import type { Action } from '../core/action.ts';
import type { Category } from '../core/category.ts';
import type { Direction } from '../core/direction.ts';
import type { Span } from '../core/finding.ts';
import type { Redaction, Verdict } from '../core/verdict.ts';

/**
 * What leaves the background about a verdict: enough to explain and highlight it, never the text.
 * Kept per tab for the popup, so it must stay small and free of prompt content.
 */
export interface VerdictSummary {
  at: number;
  direction: Direction;
  action: Action;
  profileId: string;
  risk: number;
  reasons: Array<{ category: Category; action: Action; risk: number; ruleIds: string[] }>;
  spans: Span[];
  redactions: Redaction[];
  failedDetectors: string[];
  /** Milliseconds each detector that ran took (the first model run after a wake includes loading it). */
  detectorMs: Record<string, number>;
  latencyMs: number;
  /** Set when the decision cache answered instead of the pipeline (lib/cache/), and how. */
  cache?: 'exact' | 'semantic';
}

export function summarizeVerdict(verdict: Verdict, at: number): VerdictSummary {
  return {
    at,
    direction: verdict.direction,
    action: verdict.action,
    profileId: verdict.profileId,
    risk: verdict.risk.overall,
    reasons: verdict.reasons.map(({ category, action, risk, ruleIds }) => ({ category, action, risk, ruleIds })),
    spans: verdict.findings.flatMap((finding) => finding.spans).slice(0, 50),
    redactions: verdict.redactions,
    failedDetectors: verdict.outcomes.filter((o) => o.status === 'failed').map((o) => o.detectorId),
    detectorMs: Object.fromEntries(
      verdict.outcomes.flatMap((o) => (o.status === 'skipped' ? [] : [[o.detectorId, Math.round(o.durationMs * 100) / 100]])),
    ),
    latencyMs: verdict.latencyMs.total,
  };
}
