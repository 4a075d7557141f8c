import type { Action } from './action.ts';
import type { Category, HarmCode } from './category.ts';

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** Half-open range of UTF-16 code units in the ORIGINAL text (what the user sees). */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a detector reports. It never carries the matched text itself (privacy invariant): only
 * where it is, so the UI can highlight it and the redactor can replace it.
 */
export interface Finding {
  /** `<detector-id>/<rule>`, e.g. `secrets/aws-access-key`. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Calibrated probability that this finding is a true positive, 0..1. */
  score: number;
  spans: Span[];
  harm?: HarmCode;
  /** Placeholder kind when the span can be redacted instead of blocking (e.g. `EMAIL`). */
  redactAs?: string;
  /**
   * The action the rule's author chose for this finding (custom rules: "block when this keyword
   * appears"). Policy applies exactly this for it instead of the category's thresholds; other
   * findings of the category still count as usual (see policy/decide.ts).
   */
  action?: Exclude<Action, 'allow'>;
}

/** A finding as recorded by the orchestrator: stamped with the detector that made it. */
export interface RecordedFinding extends Finding {
  detectorId: string;
}
