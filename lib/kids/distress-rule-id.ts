/**
 * Which findings are a child's distress (self-harm, abuse, grooming signals) rather than a harmful
 * request: the kids-context detector's rules under `kids-context/distress` (lib/detectors/
 * kids-context.ts, signals in lib/kids/distress-signals.ts). One predicate, used by the parent
 * alerts (background) and the help resources in the verdict panel (content script), so both
 * always agree on what counts.
 */
export const DISTRESS_RULE_PREFIX = 'kids-context/distress';

export const isDistressRuleId = (ruleId: string): boolean =>
  ruleId === DISTRESS_RULE_PREFIX || ruleId.startsWith(`${DISTRESS_RULE_PREFIX}-`) || ruleId.startsWith(`${DISTRESS_RULE_PREFIX}/`);
