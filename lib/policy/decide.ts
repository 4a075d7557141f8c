import { strictest, type Action } from '../core/action.ts';
import { aggregateRisk } from '../core/aggregate-risk.ts';
import type { Category } from '../core/category.ts';
import type { RecordedFinding } from '../core/finding.ts';
import type { DetectorOutcome } from '../core/outcome.ts';
import type { Reason, Redaction } from '../core/verdict.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import type { PolicyContext, Threshold } from './profile.ts';
import { buildRedactions } from './redactions.ts';

export interface Decision {
  action: Action;
  risk: { overall: number; byCategory: Partial<Record<Category, number>> };
  reasons: Reason[];
  redactions: Redaction[];
}

/** The default action for a category at a given risk: the first threshold it reaches. */
export function thresholdAction(thresholds: readonly Threshold[] | undefined, risk: number): Action {
  if (!thresholds) return 'allow';
  let action: Action = 'allow';
  for (const threshold of thresholds) {
    if (risk >= threshold.minRisk) action = strictest(action, threshold.action);
  }
  return action;
}

/**
 * Outcomes that mean "a detector that should have looked, did not". A model that cannot load
 * degrades the scan to rules-only: it stays visible in the outcomes (and the popup's status) but
 * only a fail-closed profile turns it into a verdict — otherwise a missing file would warn on
 * every message.
 */
const isFailure = (outcome: DetectorOutcome, onFailure: string): boolean =>
  !outcome.shadow &&
  ((outcome.status === 'failed' && (outcome.code !== 'model-unavailable' || onFailure === 'fail-closed')) ||
    (outcome.status === 'skipped' && outcome.reason === 'circuit-open'));

/**
 * Stage 5: findings and outcomes in, action out. Detectors report; only this function decides.
 */
export function decide(
  text: string,
  findings: readonly RecordedFinding[],
  outcomes: readonly DetectorOutcome[],
  policy: CompiledPolicy,
  context: PolicyContext,
): Decision {
  const failures = outcomes.filter((outcome) => isFailure(outcome, policy.profile.onDetectorFailure));
  const failureFindings: RecordedFinding[] =
    policy.profile.onDetectorFailure === 'fail-open'
      ? []
      : failures.map((outcome) => ({
          detectorId: outcome.detectorId,
          ruleId: `${outcome.detectorId}/${outcome.status === 'failed' ? outcome.code : 'circuit-open'}`,
          category: 'detector-failure',
          severity: 'medium',
          score: 1,
          spans: [],
        }));
  const all = failureFindings.length > 0 ? [...findings, ...failureFindings] : findings;

  const byCategory = aggregateRisk(all);
  // Findings that carry their own action (custom rules) do not feed the thresholds: their rule's
  // action applies to them exactly, as a floor for their category (see below).
  const ruled = all.filter((finding) => finding.action !== undefined);
  const thresholdRisk = ruled.length > 0 ? aggregateRisk(all.filter((finding) => finding.action === undefined)) : byCategory;
  // Every rule id in the scan, whatever its category or score: conditions can ask for a signal
  // (`"kids-context/framing-fiction" in rules`), including zero-score ones that add no risk.
  const rules = [...new Set(all.map((finding) => finding.ruleId))];
  const reasons: Reason[] = [];
  let action: Action = 'allow';
  let overall = 0;

  for (const [category, risk] of Object.entries(byCategory) as Array<[Category, number]>) {
    overall = Math.max(overall, risk);
    const ruleRisk = thresholdRisk[category];
    let categoryAction = ruleRisk === undefined ? 'allow' : thresholdAction(policy.profile.categories[category], ruleRisk);
    let conditionId: string | undefined;
    if (category === 'detector-failure') {
      categoryAction = policy.profile.onDetectorFailure === 'fail-closed' ? 'block' : 'warn';
    }
    // Spread last: keys added after a spread cost ~1 µs each on Node 20 (see core/run-detector.ts).
    const facts = { category, risk: ruleRisk ?? 0, rules, ...context };
    for (const condition of policy.conditions) {
      if ((condition.category === '*' || condition.category === category) && condition.expression.evaluate(facts)) {
        categoryAction = condition.action;
        conditionId = condition.id;
        break;
      }
    }
    // A rule whose author chose the action gets it, whatever the thresholds and conditions say
    // ("block when this keyword appears" blocks in every profile); stricter evidence still wins.
    for (const finding of ruled) if (finding.category === category) categoryAction = strictest(categoryAction, finding.action!);
    const inCategory = all.filter((finding) => finding.category === category);
    // Redacting needs something to replace: a category that asks for redaction without spans
    // (e.g. a whole-text classifier) cannot be redacted, so it is held instead of sent.
    if (categoryAction === 'redact' && !inCategory.every((finding) => finding.spans.length > 0)) {
      categoryAction = 'block';
    }
    if (categoryAction === 'allow') continue;
    action = strictest(action, categoryAction);
    reasons.push({
      category,
      action: categoryAction,
      risk,
      ruleIds: [...new Set(inCategory.map((finding) => finding.ruleId))],
      ...(conditionId ? { conditionId } : {}),
    });
  }

  reasons.sort((a, b) => b.risk - a.risk);
  const redactions =
    action === 'redact'
      ? buildRedactions(
          text,
          all.filter((finding) => reasons.some((reason) => reason.category === finding.category && reason.action === 'redact')),
        )
      : [];
  return { action, risk: { overall, byCategory }, reasons, redactions };
}
