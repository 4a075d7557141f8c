import { describe, expect, it } from 'vitest';
import type { RecordedFinding } from '../../../../lib/core/finding.ts';
import { corroborationScore, promptAttackModelScore } from '../../../../lib/rules/persuasion/model-corroboration.ts';

const finding = (ruleId: string, score: number, category: RecordedFinding['category'] = 'prompt-attack'): RecordedFinding => ({
  ruleId,
  detectorId: ruleId.split('/')[0]!,
  category,
  severity: 'high',
  score,
  spans: [],
});

describe('promptAttackModelScore', () => {
  it('is undefined when the model did not report', () => {
    expect(promptAttackModelScore([])).toBeUndefined();
    expect(promptAttackModelScore([finding('prompt-attack/persona-dan', 0.97)])).toBeUndefined();
  });

  it('takes the highest prompt-attack model finding, clamped to 0..1', () => {
    expect(promptAttackModelScore([finding('prompt-attack-model/injection', 0.6), finding('prompt-attack-model/jailbreak', 0.8)])).toBe(0.8);
    expect(promptAttackModelScore([finding('prompt-attack-model/injection', 1.5)])).toBe(1);
  });

  it('ignores findings of another category even with the model prefix', () => {
    expect(promptAttackModelScore([finding('prompt-attack-model/x', 0.9, 'manipulation')])).toBeUndefined();
  });

  it('prefers a finite override and ignores a non-finite one', () => {
    expect(promptAttackModelScore([finding('prompt-attack-model/injection', 0.9)], 0.2)).toBe(0.2);
    expect(promptAttackModelScore([finding('prompt-attack-model/injection', 0.9)], Number.NaN)).toBe(0.9);
  });
});

describe('corroborationScore', () => {
  it('scales the model score by the weight from the threshold on', () => {
    expect(corroborationScore(0.9, 0.5, 0.5)).toBeCloseTo(0.45, 5);
    expect(corroborationScore(0.5, 0.5, 0.5)).toBeCloseTo(0.25, 5);
  });

  it('is undefined below the threshold, without a model score, or with no weight', () => {
    expect(corroborationScore(0.49, 0.5, 0.5)).toBeUndefined();
    expect(corroborationScore(undefined, 0.5, 0.5)).toBeUndefined();
    expect(corroborationScore(0.9, 0.5, 0)).toBeUndefined();
  });
});
