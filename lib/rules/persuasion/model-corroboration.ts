import type { RecordedFinding } from '../../core/finding.ts';

/** Rule-id prefix of the prompt-attack model's findings (category `prompt-attack`). */
export const PROMPT_ATTACK_MODEL_PREFIX = 'prompt-attack-model/';

/**
 * How suspicious the prompt-attack model found the same text: the highest score among its findings
 * in `gateFindings`, or `override` when the caller already has it (a CLI or test that ran the model
 * itself). Undefined when neither is there — then no corroboration is claimed, rather than "the
 * model found nothing". A non-finite override is ignored.
 */
export function promptAttackModelScore(gateFindings: readonly RecordedFinding[], override?: number): number | undefined {
  if (override !== undefined && Number.isFinite(override)) return Math.min(1, Math.max(0, override));
  let best: number | undefined;
  for (const finding of gateFindings) {
    if (finding.category !== 'prompt-attack' || !finding.ruleId.startsWith(PROMPT_ATTACK_MODEL_PREFIX)) continue;
    if (Number.isFinite(finding.score)) best = Math.max(best ?? 0, Math.min(1, Math.max(0, finding.score)));
  }
  return best;
}

/**
 * The corroboration finding's score: the model's score scaled by `weight` once it reaches
 * `threshold`, otherwise nothing. Scaled down because the model measures injection in general,
 * not persuasion: its agreement raises the persuasion risk without deciding it alone.
 */
export function corroborationScore(modelScore: number | undefined, threshold: number, weight: number): number | undefined {
  if (modelScore === undefined || modelScore < threshold) return undefined;
  const score = modelScore * Math.min(1, Math.max(0, weight));
  return score > 0 ? Math.round(score * 1000) / 1000 : undefined;
}
