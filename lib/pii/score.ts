import { CALIBRATION } from './calibration.ts';
import type { PiiRule } from './rule.ts';

const CHECKSUM_FLOOR = 0.9;

interface CalibrationEntry {
  /** Train rows where the rule:tier fired. */
  n: number;
  /** Of those, rows whose label and category say this entity is really there. */
  truePositives: number;
  /** Smoothed precision: what the detector reports. */
  score: number;
}

const TABLE: Readonly<Record<string, CalibrationEntry>> = CALIBRATION as unknown as Record<string, CalibrationEntry>;

/**
 * The calibrated score of a rule at a tier: the smoothed train-split precision when the
 * calibration script saw that tier, else the rule's structural prior.
 */
export function scoreFor(rule: PiiRule, tier: string): number {
  const key = `${rule.id}:${tier}`;
  const calibrated = Object.prototype.hasOwnProperty.call(TABLE, key) ? TABLE[key]?.score : undefined;
  const score = calibrated ?? rule.priors[tier] ?? 0.5;
  // A value that passed its check digit is what it claims to be at least nine times in ten.
  return rule.checksumTiers?.includes(tier) ? Math.max(score, CHECKSUM_FLOOR) : score;
}
