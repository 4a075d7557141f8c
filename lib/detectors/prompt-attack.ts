import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding } from '../core/finding.ts';
import { RuleEngine } from '../gate/rule-engine.ts';
import { GATE_ANCHORS } from './gate-anchors.ts';
import { PROMPT_ATTACK_RULES } from '../rules/prompt-attack/index.ts';

/** Views scanned per text: the canonical form, its skeleton and decoded layers fit well within. */
const MAX_VIEWS = 16;
/** Characters scanned per view whatever the profile says: bounds time on a pathological paste. */
const HARD_MAX_CHARS_PER_VIEW = 1_000_000;

const engine = new RuleEngine(PROMPT_ATTACK_RULES, GATE_ANCHORS);

export const meta: DetectorMeta = {
  id: 'prompt-attack',
  description:
    'The PatternGate: rules for prompt injection and jailbreaks (instruction override, system-prompt extraction, DAN-style personas, developer-mode claims, refusal suppression, fictional framing, payload splitting, obfuscation requests, indirect-injection markers, tool hijacking, data exfiltration, many-shot priming) and code/command-injection payloads, in both directions and across every normalized view. Keywords are found with one Aho-Corasick pass and each rule is verified only around its keywords.',
  version: '1.0.0',
  directions: ['inbound', 'outbound'],
  categories: ['prompt-attack', 'exfiltration', 'code-intent'],
  cost: 'cheap',
  expectedMs: 0.05,
  // Scanning is bounded inside (the profile's maxScanChars per view), so no text is skipped:
  // the part of an oversized text past the limit is reported by the `size` detector.
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: {},
  messages: Object.fromEntries(PROMPT_ATTACK_RULES.map((rule) => [rule.id, rule.description])),
};

export const promptAttack: Detector = {
  meta,
  run({ text, direction, maxScanChars }) {
    const matches = engine.scan(text.views, {
      originalLength: text.original.length,
      maxCharsPerView: Math.min(Math.max(0, maxScanChars), HARD_MAX_CHARS_PER_VIEW),
      maxViews: MAX_VIEWS,
    });
    return findings(
      matches.map(({ rule, spans }): Finding => ({
        ruleId: `${meta.id}/${rule.id}`,
        category: rule.category,
        severity: rule.severity,
        score: rule.score[direction],
        spans,
      })),
    );
  },
};
