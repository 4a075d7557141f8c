import { aggregateRisk } from '../core/aggregate-risk.ts';
import type { Category } from '../core/category.ts';
import type { RecordedFinding } from '../core/finding.ts';

/**
 * The categories whose risk says something about the user's *intent* to get the model to do
 * harm: attacks on the model (prompt-attack, obfuscation that hides them, exfiltration tricks),
 * and harmful requests (content-safety, code-intent, manipulation).
 *
 * Left out on purpose: `secrets` and `pii` (the user leaking their own data is a data-loss
 * problem, handled per turn by redaction, not an escalation), `oversize` and `detector-failure`
 * (say nothing about intent), outbound-only categories, and `drift` itself (the statistic must
 * not feed on its own alarms).
 */
export const SESSION_RISK_CATEGORIES: readonly Category[] = [
  'prompt-attack',
  'obfuscation',
  'exfiltration',
  'code-intent',
  'content-safety',
  'manipulation',
];

/**
 * A turn's risk for the session: the highest per-category risk (noisy-OR within a category, as
 * the verdict aggregates it) over SESSION_RISK_CATEGORIES. The max, not a noisy-OR across
 * categories, so the number keeps the meaning of a calibrated risk of the strongest signal and
 * cannot reach 1 from several unrelated weak findings.
 */
export function turnRisk(findings: readonly RecordedFinding[]): number {
  const byCategory = aggregateRisk(findings.filter((finding) => SESSION_RISK_CATEGORIES.includes(finding.category)));
  let risk = 0;
  for (const category of SESSION_RISK_CATEGORIES) risk = Math.max(risk, byCategory[category] ?? 0);
  return risk;
}
