import { describe, expect, it } from 'vitest';
import {
  assessDrift,
  crescendoScore,
  driftFindings,
  embeddingTerm,
  observationOf,
  oscillationScore,
} from '../../../lib/session/assess-drift.ts';
import type { TurnRecord } from '../../../lib/session/conversation-state.ts';
import type { DriftParameters } from '../../../lib/session/drift-parameters.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';
import { thresholdAction } from '../../../lib/policy/decide.ts';

const parameters: DriftParameters = {
  crescendo: { allowance: 0.25, threshold: 0.75 },
  oscillation: { riskyAt: 0.5, calmBelow: 0.2, window: 15, minReturns: 2 },
  embedding: { allowance: 0.35, weight: 0.5 },
};
const turns = (...risks: number[]): TurnRecord[] => risks.map((risk) => ({ risk }));
const rules = (records: TurnRecord[]) => driftFindings(assessDrift(records, parameters), parameters).map((f) => f.ruleId);

describe('assessDrift', () => {
  it('flags a crescendo of moderate turns on the turn that crosses h', () => {
    expect(rules(turns(0, 0, 0.4, 0.45, 0.5))).toEqual([]);
    expect(rules(turns(0, 0, 0.4, 0.45, 0.5, 0.55))).toEqual(['drift/crescendo']);
  });

  it('never flags a turn that did not itself push the statistic up', () => {
    const assessment = assessDrift(turns(0.9, 0.9, 0.9, 0), parameters);
    expect(assessment.statistic).toBeGreaterThan(parameters.crescendo.threshold);
    expect(assessment.crescendo).toBe(false);
    expect(rules(turns(0.9, 0.9, 0.9, 0.2))).toEqual([]);
  });

  it('flags re-tries spaced too far apart for the CUSUM as oscillation', () => {
    const spaced = turns(0, 0.9, 0, 0, 0, 0, 0.9);
    expect(assessDrift(spaced, parameters).crescendo).toBe(false);
    expect(rules(spaced)).toEqual(['drift/oscillation']);
  });

  it('reports both rules when both alarm', () => {
    expect(rules(turns(0, 0.9, 0, 0.9))).toEqual(['drift/crescendo', 'drift/oscillation']);
  });

  it('is quiet on an empty or calm conversation', () => {
    expect(assessDrift([], parameters)).toMatchObject({ statistic: 0, crescendo: false, oscillation: false });
    expect(rules(turns(...new Array<number>(50).fill(0.2)))).toEqual([]);
  });

  it('adds embedding drift to the CUSUM input but not to the oscillation classes', () => {
    const drifting: TurnRecord[] = [0, 1, 1, 1].map((distance, i) => ({ risk: i === 0 ? 0 : 0.3, distance }));
    expect(rules(drifting.map(({ risk }) => ({ risk })))).toEqual([]);
    expect(rules(drifting)).toEqual(['drift/crescendo']);
    const topicChangesOnly: TurnRecord[] = new Array(20).fill(0).map(() => ({ risk: 0, distance: 0.6 }));
    expect(rules(topicChangesOnly)).toEqual([]);
  });
});

describe('embeddingTerm and observationOf', () => {
  it('counts only distance beyond the allowance, capped, times the weight', () => {
    expect(embeddingTerm(undefined, parameters.embedding)).toBe(0);
    expect(embeddingTerm(0.3, parameters.embedding)).toBe(0);
    expect(embeddingTerm(0.85, parameters.embedding)).toBeCloseTo(0.25);
    expect(embeddingTerm(2, parameters.embedding)).toBeCloseTo(0.5);
    expect(observationOf({ risk: 0.4, distance: 0.85 }, parameters)).toBeCloseTo(0.65);
  });
});

describe('scores', () => {
  it('warn in every profile on a fresh alarm and block in strict/kids once the alarm grows', () => {
    const action = (profile: string, score: number) => thresholdAction(PROFILES[profile]!.categories.drift, score);
    const fresh = crescendoScore(parameters.crescendo.threshold + 1e-9, parameters.crescendo.threshold);
    for (const profile of ['standard', 'strict', 'kids', 'enterprise']) expect(action(profile, fresh)).toBe('warn');
    expect(action('strict', crescendoScore(1.5 * parameters.crescendo.threshold, parameters.crescendo.threshold))).toBe('block');
    expect(action('kids', oscillationScore(3, 2))).toBe('block');
    expect(action('standard', oscillationScore(2, 2))).toBe('warn');
  });

  it('saturate at 0.95', () => {
    expect(crescendoScore(1_000, 0.75)).toBe(0.95);
    expect(oscillationScore(100, 2)).toBe(0.95);
  });

  it('are valid findings: drift rule ids, category drift, no spans', () => {
    const found = driftFindings(assessDrift(turns(0, 0.97, 0, 0.97, 0.97, 0.97), parameters), parameters);
    expect(found.length).toBe(2);
    for (const finding of found) {
      expect(finding).toMatchObject({ category: 'drift', spans: [] });
      expect(finding.ruleId).toMatch(/^drift\/(crescendo|oscillation)$/);
      expect(finding.score).toBeGreaterThanOrEqual(0.75);
      expect(finding.score).toBeLessThanOrEqual(0.95);
    }
    expect(found.find((f) => f.ruleId === 'drift/crescendo')!.severity).toBe('high');
  });
});
