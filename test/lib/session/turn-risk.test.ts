import { describe, expect, it } from 'vitest';
import type { Category } from '../../../lib/core/category.ts';
import type { RecordedFinding } from '../../../lib/core/finding.ts';
import { turnRisk } from '../../../lib/session/turn-risk.ts';

const found = (category: Category, score: number, rule = 'hit'): RecordedFinding => ({
  detectorId: 'x',
  ruleId: `x/${rule}`,
  category,
  severity: 'medium',
  score,
  spans: [],
});

describe('turnRisk', () => {
  it('is 0 for a turn without findings', () => {
    expect(turnRisk([])).toBe(0);
  });

  it('is the strongest intent category, aggregated within a category like the verdict', () => {
    expect(turnRisk([found('prompt-attack', 0.6)])).toBeCloseTo(0.6);
    expect(turnRisk([found('prompt-attack', 0.5, 'a'), found('prompt-attack', 0.5, 'b')])).toBeCloseTo(0.75);
    expect(turnRisk([found('content-safety', 0.4), found('obfuscation', 0.7)])).toBeCloseTo(0.7);
  });

  it('does not combine unrelated categories into a higher risk', () => {
    expect(turnRisk([found('prompt-attack', 0.5), found('code-intent', 0.5)])).toBeCloseTo(0.5);
  });

  it('ignores data-loss, size, failure and drift findings', () => {
    expect(turnRisk([found('secrets', 1), found('pii', 0.9), found('oversize', 1), found('detector-failure', 1), found('drift', 0.9)])).toBe(0);
  });
});
