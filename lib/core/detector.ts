import type { Category } from './category.ts';
import type { Direction } from './direction.ts';
import type { Finding, RecordedFinding } from './finding.ts';
import type { NormalizedText } from './normalized-text.ts';
import type { ScanCustom } from './scan-input.ts';

/**
 * `cheap` detectors always run (they are the gate: rules, sizes, normalization signals);
 * `costly` ones (models, similarity search) run when the router says they can change the outcome.
 */
export type DetectorCost = 'cheap' | 'costly';

/** What a detector is, declared apart from what it does (ESLint-rule style). */
export interface DetectorMeta<Options = Record<string, unknown>> {
  /** Kebab-case; equals the file name, the registry key and every rule-id prefix. */
  id: string;
  description: string;
  version: string;
  directions: readonly Direction[];
  categories: readonly Category[];
  cost: DetectorCost;
  /** Typical milliseconds for a 2,000-character text: the router's latency-budget estimate. */
  expectedMs: number;
  /** Texts longer than this are not given to the detector (skipped with reason `size`). */
  maxChars: number;
  /**
   * For detectors that only see a bounded window (models with a fixed input length): longer texts
   * are scanned window by window with this overlap, so nothing split across two windows is
   * missed and the tail is never silently skipped (see chunked-detector.ts).
   */
  window?: { chars: number; overlapChars: number };
  defaultOptions: Options;
  /**
   * A ceiling above the profile's detectorTimeoutMs, for detectors whose first run after a
   * service-worker wake creates a model session (hundreds of milliseconds once, ~1 ms after).
   * Without it the first scan after every wake would time out and count as a failure.
   */
  timeoutMs?: number;
  /** Runs a candidate model version: always in shadow mode (recorded, never changes the verdict). */
  candidate?: boolean;
  /** Human-readable explanation per rule (key = rule id without the detector prefix). */
  messages: Record<string, string>;
}

export interface DetectorContext<Options = Record<string, unknown>> {
  text: NormalizedText;
  direction: Direction;
  site: string;
  profileId: string;
  /** The profile's scan limit: texts longer than this are not fully vouched for. */
  maxScanChars: number;
  options: Options;
  /** What the scanned reply answers (ScanInput.conversationText), bounded; empty when unknown. */
  conversationText: string;
  /** Findings of the cheap layers (empty when the detector is itself cheap). */
  gateFindings: readonly RecordedFinding[];
  /** Aborted when the detector's time is up; long-running detectors should check it. */
  signal: AbortSignal;
  /** The scan's custom rules and allow-lists (ScanInput.custom); absent means none (empty lists). */
  custom?: ScanCustom;
}

/** What a detector returns: findings, or a reason it could not look (never an action). */
export type DetectorReport =
  | { status: 'ok'; findings: Finding[] }
  | { status: 'skipped'; reason: string }
  /** The detector's model cannot be used (the provider says why in its status). */
  | { status: 'failed'; code: 'model-unavailable' };

export interface Detector<Options = Record<string, unknown>> {
  meta: DetectorMeta<Options>;
  run(context: DetectorContext<Options>): DetectorReport | Promise<DetectorReport>;
}

// A registry holds detectors of different option types; the orchestrator passes each its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDetector = Detector<any>;

export const findings = (list: Finding[]): DetectorReport => ({ status: 'ok', findings: list });
