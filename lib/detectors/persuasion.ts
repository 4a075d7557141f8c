import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding, Span } from '../core/finding.ts';
import { RuleEngine } from '../gate/rule-engine.ts';
import { GATE_ANCHORS } from './gate-anchors.ts';
import { familiesOf, matchedCombinations } from '../rules/persuasion/combinations.ts';
import { PERSUASION_COMBINATIONS, PERSUASION_RULES } from '../rules/persuasion/index.ts';
import { corroborationScore, promptAttackModelScore } from '../rules/persuasion/model-corroboration.ts';
import { STRENGTHS } from '../rules/persuasion/persuasion-rule.ts';

export interface PersuasionOptions {
  /**
   * The prompt-attack model's score for this text, when the caller has it. Without it the score is
   * read from `gateFindings` (findings of category `prompt-attack` whose rule id starts with
   * `prompt-attack-model/`); with neither, no corroboration is reported.
   */
  modelScore?: number;
  /** The model score from which its agreement counts as corroboration. */
  modelThreshold: number;
  /** How much of the model's score the corroboration finding carries (0..1). */
  modelWeight: number;
}

/** Views scanned per text, as prompt-attack does: canonical, skeleton and decoded layers fit. */
const MAX_VIEWS = 16;
/** Characters scanned per view whatever the profile says: bounds time on a pathological paste. */
const HARD_MAX_CHARS_PER_VIEW = 1_000_000;

const engine = new RuleEngine(PERSUASION_RULES, GATE_ANCHORS);

export const meta: DetectorMeta<PersuasionOptions> = {
  id: 'persuasion',
  description:
    'Manipulative framing aimed at the model: false authority (claims to be its developer, an official or an expert; borrowed credibility), threats and urgency, emotional pressure (self-harm or job-loss leverage, the "late grandmother" plea, guilt, flattery), role delegation and privilege grants ("you are now my agent with full rights", "act without confirmation"), reciprocity and commitment ("you promised", "I\'ll give you $200"), and social proof ("other AIs do it"), in English and the core phrases in es, de, fr, pt, it, ru and zh. Techniques that reinforce each other (authority with delegation, three or more techniques) are reported as combinations, and agreement of the prompt-attack model, when present, raises the risk.',
  version: '1.0.0',
  directions: ['inbound'],
  categories: ['manipulation'],
  cost: 'cheap',
  expectedMs: 0.05,
  // Scanning is bounded inside (the profile's maxScanChars per view); the size detector reports the rest.
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: { modelThreshold: 0.5, modelWeight: 0.5 },
  messages: {
    ...Object.fromEntries(PERSUASION_RULES.map((rule) => [rule.id, rule.description])),
    ...Object.fromEntries(PERSUASION_COMBINATIONS.map((combination) => [combination.id, combination.description])),
    'model-corroborated':
      'The prompt-attack model also finds this text suspicious, which makes the manipulative framing more likely to be an attack.',
  },
};

/** Sorted, overlap-merged union of spans (a combination highlights all of its techniques). */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Every matched rule is one finding with its calibrated score (weak techniques score low alone);
 * the policy's noisy-OR adds independent techniques up. Combinations and the model's agreement are
 * findings of their own, so the risk of a text rises with the evidence while every finding still
 * names what it saw.
 */
export const persuasion: Detector<PersuasionOptions> = {
  meta,
  run({ text, maxScanChars, gateFindings, options }) {
    const settings = { ...meta.defaultOptions, ...options };
    const matches = engine.scan(text.views, {
      originalLength: text.original.length,
      maxCharsPerView: Math.min(Math.max(0, maxScanChars), HARD_MAX_CHARS_PER_VIEW),
      maxViews: MAX_VIEWS,
    });
    if (matches.length === 0) return findings([]);

    const reported: Finding[] = matches.map((match) => ({
      ruleId: `${meta.id}/${match.rule.id}`,
      category: 'manipulation',
      severity: match.rule.severity,
      score: match.rule.score.inbound,
      spans: match.spans,
    }));

    const spansByFamily = new Map<string, Span[]>();
    for (const match of matches) {
      const { family } = match.rule;
      spansByFamily.set(family, [...(spansByFamily.get(family) ?? []), ...match.spans]);
    }
    const families = new Set(spansByFamily.keys());
    const held = new Set(matchedCombinations(families).map((combination) => combination.id));
    for (const combination of PERSUASION_COMBINATIONS) {
      if (!held.has(combination.id)) continue;
      reported.push({
        ruleId: `${meta.id}/${combination.id}`,
        category: 'manipulation',
        severity: STRENGTHS[combination.strength].severity,
        score: combination.score,
        spans: mergeSpans(familiesOf(combination, families).flatMap((family) => spansByFamily.get(family) ?? [])),
      });
    }

    const corroboration = corroborationScore(promptAttackModelScore(gateFindings, settings.modelScore), settings.modelThreshold, settings.modelWeight);
    if (corroboration !== undefined) {
      reported.push({
        ruleId: `${meta.id}/model-corroborated`,
        category: 'manipulation',
        severity: 'medium',
        score: corroboration,
        spans: mergeSpans(matches.flatMap((match) => match.spans)),
      });
    }
    return findings(reported);
  },
};
