import type { Finding } from '../core/finding.ts';
import type { TurnRecord } from './conversation-state.ts';
import { cusumPath } from './cusum.ts';
import type { DriftParameters, EmbeddingDriftParameters } from './drift-parameters.ts';
import { isOscillating, riskyReturns } from './oscillation.ts';

/** Where a conversation stands after its latest turn. */
export interface DriftAssessment {
  /** The CUSUM input of every kept turn, oldest first (risk plus any embedding-drift term). */
  observations: number[];
  /** S after the latest turn. */
  statistic: number;
  /** S > h and the latest turn itself pushed it up (observation > k). */
  crescendo: boolean;
  /** Calm → risky returns in the oscillation window. */
  returns: number;
  oscillation: boolean;
}

/** The embedding term: distance beyond the allowance, capped at 1, times the weight. */
export const embeddingTerm = (distance: number | undefined, parameters: EmbeddingDriftParameters): number =>
  distance === undefined ? 0 : parameters.weight * Math.min(1, Math.max(0, distance - parameters.allowance));

/** The CUSUM input of one turn: its risk, plus the embedding term when it has a distance. */
export const observationOf = (turn: TurnRecord, parameters: DriftParameters): number =>
  turn.risk + embeddingTerm(turn.distance, parameters.embedding);

export function assessDrift(turns: readonly TurnRecord[], parameters: DriftParameters): DriftAssessment {
  const observations = turns.map((turn) => observationOf(turn, parameters));
  const statistic = cusumPath(observations, parameters.crescendo.allowance).at(-1) ?? 0;
  const latest = observations.at(-1) ?? 0;
  // Oscillation is about the risk the detectors saw, not topic movement: embeddings stay out of it.
  const risks = turns.map((turn) => turn.risk);
  return {
    observations,
    statistic,
    crescendo: statistic > parameters.crescendo.threshold && latest > parameters.crescendo.allowance,
    returns: riskyReturns(risks, parameters.oscillation),
    oscillation: isOscillating(risks, parameters.oscillation),
  };
}

/**
 * Scores are placed against the profiles' `drift` thresholds (standard warns at 0.7; strict and
 * kids warn at 0.6 and block at 0.8) rather than calibrated: there is no labelled set of real
 * multi-turn conversations to calibrate on. A fresh alarm scores 0.75 (a warning everywhere); a
 * CUSUM at 1.5 × h, or a third return to risky content, reaches 0.8 (blocked by strict and kids);
 * both saturate at 0.95.
 */
export const crescendoScore = (statistic: number, threshold: number): number =>
  Math.min(0.95, 0.75 + 0.1 * (statistic / threshold - 1));

export const oscillationScore = (returns: number, minReturns: number): number =>
  Math.min(0.95, 0.75 + 0.05 * (returns - minReturns));

const severityOf = (score: number): Finding['severity'] => (score >= 0.8 ? 'high' : 'medium');

/** The findings for the latest turn (none when neither statistic alarms). No spans: a conversation has no place in this text. */
export function driftFindings(assessment: DriftAssessment, parameters: DriftParameters): Finding[] {
  const list: Finding[] = [];
  if (assessment.crescendo) {
    const score = crescendoScore(assessment.statistic, parameters.crescendo.threshold);
    list.push({ ruleId: 'drift/crescendo', category: 'drift', severity: severityOf(score), score, spans: [] });
  }
  if (assessment.oscillation) {
    const score = oscillationScore(assessment.returns, parameters.oscillation.minReturns);
    list.push({ ruleId: 'drift/oscillation', category: 'drift', severity: severityOf(score), score, spans: [] });
  }
  return list;
}
