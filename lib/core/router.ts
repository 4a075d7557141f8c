import { actionRank, type Action } from './action.ts';
import type { Category } from './category.ts';
import type { AnyDetector } from './detector.ts';
import type { Direction } from './direction.ts';
import type { SkipReason } from './outcome.ts';
import { runsInShadow, type CompiledPolicy } from '../policy/compiled-policy.ts';

export interface RouteInput {
  direction: Direction;
  textLength: number;
  policy: CompiledPolicy;
  /** The action the cheap layers alone already lead to. */
  gateAction: Action;
  /** Milliseconds the scan has spent so far. */
  elapsedMs: number;
  /** Asks the circuit breaker; a `true` may take the half-open trial, so it is asked last. */
  breakerAllows: (detectorId: string) => boolean;
}

export type Route = { run: true } | { run: false; reason: SkipReason };

/** The strictest action any finding of this category could lead to under the policy. */
function ceilingFor(category: Category, policy: CompiledPolicy): Action {
  let ceiling: Action = 'allow';
  for (const threshold of policy.profile.categories[category] ?? []) {
    if (actionRank(threshold.action) > actionRank(ceiling)) ceiling = threshold.action;
  }
  for (const condition of policy.conditions) {
    if ((condition.category === '*' || condition.category === category) && actionRank(condition.action) > actionRank(ceiling)) {
      ceiling = condition.action;
    }
  }
  return ceiling;
}

/**
 * Findings only ever add risk, so a detector can change the outcome only if one of its categories
 * can reach an action stricter than the gate's, or, at `redact`, add spans to redact.
 */
function canChangeOutcome(categories: readonly Category[], gateAction: Action, policy: CompiledPolicy): boolean {
  const gateRank = actionRank(gateAction);
  return categories.some((category) => {
    const ceiling = ceilingFor(category, policy);
    return actionRank(ceiling) > gateRank || (ceiling === 'redact' && gateAction === 'redact');
  });
}

/**
 * Decides whether a detector runs for this scan. Every detector is subject to direction, the
 * profile's disabled list, its maxChars and its circuit breaker. Cheap detectors (the gate) then
 * always run. A costly detector runs only when it can still change the outcome: some category it
 * reports must be able to lead to an action stricter than what the gate already decided, and it
 * must fit in what is left of the latency budget. Shadow detectors are exempt from the
 * "can change the outcome" test (they exist to be measured) but not from the budget.
 */
export function route(detector: AnyDetector, input: RouteInput, cost: 'gate' | 'costly'): Route {
  const { meta } = detector;
  const { policy } = input;
  if (!meta.directions.includes(input.direction)) return { run: false, reason: 'direction' };
  if (policy.disabled.has(meta.id)) return { run: false, reason: 'disabled' };
  if (input.textLength > meta.maxChars) return { run: false, reason: 'size' };
  if (cost === 'costly') {
    if (!runsInShadow(meta, policy) && !canChangeOutcome(meta.categories, input.gateAction, policy)) {
      return { run: false, reason: 'router' };
    }
    if (input.elapsedMs + meta.expectedMs > policy.profile.latencyBudgetMs) return { run: false, reason: 'budget' };
  }
  if (!input.breakerAllows(meta.id)) return { run: false, reason: 'circuit-open' };
  return { run: true };
}
