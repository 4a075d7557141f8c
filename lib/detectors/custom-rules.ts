import { CATEGORIES, type Category } from '../core/category.ts';
import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding, Severity } from '../core/finding.ts';
import { customRuleMatcher } from '../rules/custom/custom-rule-matcher.ts';
import type { CustomRule } from '../settings/user-settings.ts';

/** Every category a user's rule may file under (detector-failure is the policy's own). */
const RULE_CATEGORIES: readonly Category[] = CATEGORIES.filter((category) => category !== 'detector-failure');

const SEVERITY: Record<CustomRule['action'], Severity> = { block: 'high', redact: 'medium', warn: 'medium' };

export const meta: DetectorMeta = {
  id: 'custom-rules',
  description:
    "The user's or admin's own rules (options page, managed policy): keywords, matched as whole words on every reading of the text (canonical, look-alike letters folded, leetspeak, spaced-out letters, decoded layers), and regular expressions (Unicode, ReDoS-checked on entry) on the canonical text. Each match carries the rule's own action, which policy applies exactly.",
  version: '1.0.0',
  directions: ['inbound', 'outbound'],
  categories: RULE_CATEGORIES,
  cost: 'cheap',
  expectedMs: 0.05,
  // Reading is bounded inside (the profile's maxScanChars per view, regex windows, span caps).
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: {},
  // Per-rule messages come from the rules themselves: customRuleMessages (the verdict panel's text).
  messages: {},
};

/**
 * custom-rules: runs the scan's custom rules (DetectorContext.custom, from ScanInput.custom).
 * A match is a finding `custom-rules/<rule id>` in the rule's category with score 1 — the user
 * said exactly what this text is — and the rule's `action` on it, which decide() applies as is
 * instead of the category's thresholds: "block when this keyword appears" blocks in every
 * profile, "warn" warns even where the category would block at that risk (other findings of the
 * category still count as usual). No rules, no work: the matcher is compiled once per distinct
 * rule list (lib/rules/custom/custom-rule-matcher.ts).
 */
export const customRules: Detector = {
  meta,
  run({ text, direction, maxScanChars, custom }) {
    const rules = custom?.customRules ?? [];
    if (rules.length === 0) return findings([]);
    const matches = customRuleMatcher(rules).match(text, direction, maxScanChars);
    return findings(
      matches.map(({ rule, spans }): Finding => ({
        ruleId: `${meta.id}/${rule.id}`,
        category: rule.category,
        severity: SEVERITY[rule.action],
        score: 1,
        spans,
        action: rule.action,
      })),
    );
  },
};

/**
 * The verdict panel's explanation of each custom rule (`custom-rules/<id>` → its description), for
 * ruleMessagesFor's `extra` messages: the detector's own `meta.messages` cannot know them.
 */
export function customRuleMessages(rules: readonly CustomRule[]): Record<string, string> {
  return Object.fromEntries(rules.map((rule) => [`${meta.id}/${rule.id}`, rule.description]));
}
