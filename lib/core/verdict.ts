import type { Action } from './action.ts';
import type { Category } from './category.ts';
import type { Direction } from './direction.ts';
import type { RecordedFinding, Span } from './finding.ts';
import type { DetectorOutcome } from './outcome.ts';

export const STAGES = ['normalize', 'gate', 'route', 'detectors', 'session', 'decide'] as const;
export type Stage = (typeof STAGES)[number];

/** A piece of the original text to replace before it is sent (never the text itself). */
export interface Redaction extends Span {
  category: Category;
  /** e.g. `[EMAIL_1]`; the same value gets the same placeholder within one text. */
  placeholder: string;
}

/** Why the action is what it is, one entry per category that contributed. */
export interface Reason {
  category: Category;
  action: Action;
  risk: number;
  ruleIds: string[];
  /** Set when a policy condition (not the category default) chose the action. */
  conditionId?: string;
}

export interface Verdict {
  action: Action;
  direction: Direction;
  profileId: string;
  /** Aggregated risk: overall (max over categories) and per category. */
  risk: { overall: number; byCategory: Partial<Record<Category, number>> };
  reasons: Reason[];
  /** Findings that counted (shadow findings live only in their outcome). */
  findings: RecordedFinding[];
  outcomes: DetectorOutcome[];
  redactions: Redaction[];
  /** `<profile id>@<policy version>` so a cached or audited verdict can be tied to its policy. */
  policyVersion: string;
  latencyMs: Record<Stage, number> & { total: number };
  fromCache: boolean;
}
