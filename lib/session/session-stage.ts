import { monotonicClock, type Clock } from '../core/clock.ts';
import type { Direction } from '../core/direction.ts';
import type { RecordedFinding } from '../core/finding.ts';
import type { NormalizedText } from '../core/normalized-text.ts';
import type { DetectorOutcome } from '../core/outcome.ts';
import { meta } from '../detectors/drift.ts';
import { assessDrift, driftFindings } from './assess-drift.ts';
import type { ConversationStore } from './conversation-state.ts';
import { DEFAULT_DRIFT_PARAMETERS, type DriftParameters } from './drift-parameters.ts';
import type { TurnEmbedder } from './embedding-drift.ts';
import { turnRisk } from './turn-risk.ts';

export interface SessionStageOptions {
  store: ConversationStore;
  /** Optional per-turn embedding provider (embedding drift); none ships yet. */
  embed?: TurnEmbedder;
  parameters?: DriftParameters;
  clock?: Clock;
}

/** One scanned turn, as the pipeline hands it over after the detectors ran. */
export interface SessionTurn {
  conversationId?: string;
  turnId?: string;
  direction: Direction;
  text: NormalizedText;
  /** The findings that count for this turn (shadow detectors' findings excluded). */
  findings: readonly RecordedFinding[];
  /** The profile runs `drift` in shadow mode: record, but its findings do not count. */
  shadow: boolean;
  /** The profile turned `drift` off: the conversation is neither updated nor judged. */
  disabled: boolean;
}

/** Stage 4 of the pipeline (DESIGN.md §2): per-conversation state. */
export interface SessionStage {
  /** The detector whose outcome this stage records; the pipeline does not also run it. */
  readonly detectorId: string;
  observe(turn: SessionTurn): DetectorOutcome;
}

/**
 * The session stage: the turn's risk (turn-risk.ts) goes into its conversation's state, the
 * conversation is re-assessed (assess-drift.ts), and an alarm becomes a `drift` finding for
 * policy to act on. Only inbound turns with a conversation id take part: drift is about what the
 * user works towards. Whatever goes wrong inside is a `failed(threw)` outcome, never a broken scan.
 */
export function createSessionStage(options: SessionStageOptions): SessionStage {
  const parameters = options.parameters ?? DEFAULT_DRIFT_PARAMETERS;
  const clock = options.clock ?? monotonicClock;
  const base = (shadow: boolean) => ({ detectorId: meta.id, version: meta.version, shadow });

  function embeddingOf(text: NormalizedText): Float32Array | null {
    if (!options.embed) return null;
    try {
      return options.embed(text.canonical.text);
    } catch {
      // The provider is an optional extra input; the risk CUSUM does not depend on it.
      return null;
    }
  }

  function observe(turn: SessionTurn): DetectorOutcome {
    if (turn.disabled) return { ...base(turn.shadow), status: 'skipped', reason: 'disabled' };
    if (!meta.directions.includes(turn.direction)) return { ...base(turn.shadow), status: 'skipped', reason: 'direction' };
    if (turn.conversationId === undefined) {
      return { ...base(turn.shadow), status: 'skipped', reason: 'detector:no-conversation' };
    }
    const started = clock();
    try {
      const turns = options.store.record(turn.conversationId, {
        turnId: turn.turnId,
        risk: turnRisk(turn.findings),
        embedding: embeddingOf(turn.text),
      });
      const found = driftFindings(assessDrift(turns, parameters), parameters);
      const findings: RecordedFinding[] = found.map((finding) => ({ ...finding, detectorId: meta.id }));
      return { ...base(turn.shadow), status: 'ok', findings, durationMs: clock() - started };
    } catch {
      return { ...base(turn.shadow), status: 'failed', code: 'threw', durationMs: clock() - started };
    }
  }

  return { detectorId: meta.id, observe };
}
