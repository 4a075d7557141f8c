/**
 * The oscillation statistic: how many times a conversation came back to risky content after calm
 * turns, within a sliding window of recent turns.
 *
 * Why a second statistic next to the CUSUM: an attacker who knows about accumulation can pad each
 * risky turn with enough harmless ones to let the CUSUM decay to 0 (it forgets k per calm turn),
 * then try again — "benign, risky, benign, risky…". Each return after a calm turn is a deliberate
 * re-try, and that pattern is rare in ordinary chats (it needs two separate false positives a few
 * turns apart).
 *
 * Turns are classed by their risk: `risky` (≥ riskyAt), `calm` (< calmBelow), or in between —
 * ambiguous turns neither start nor end an episode, so a wobble around one threshold cannot count
 * as many flips.
 */
export interface OscillationParameters {
  /** A turn whose risk is at least this is risky. */
  riskyAt: number;
  /** A turn whose risk is below this is calm. */
  calmBelow: number;
  /** How many of the most recent turns are looked at. */
  window: number;
  /** The alarm needs at least this many calm → risky returns in the window. */
  minReturns: number;
}

type TurnClass = 'risky' | 'calm' | 'ambiguous';

const classOf = (risk: number, parameters: OscillationParameters): TurnClass =>
  risk >= parameters.riskyAt ? 'risky' : risk < parameters.calmBelow ? 'calm' : 'ambiguous';

/** Calm → risky transitions among the last `window` risks (a risky first turn is not a return). */
export function riskyReturns(risks: readonly number[], parameters: OscillationParameters): number {
  const recent = risks.slice(Math.max(0, risks.length - Math.max(0, Math.floor(parameters.window))));
  let returns = 0;
  let previous: TurnClass | undefined;
  for (const risk of recent) {
    const current = classOf(Number.isFinite(risk) ? risk : 0, parameters);
    if (current === 'ambiguous') continue;
    if (current === 'risky' && previous === 'calm') returns += 1;
    previous = current;
  }
  return returns;
}

/**
 * The alarm: the latest turn is itself risky (a calm turn is never flagged for what came before)
 * and the window holds at least `minReturns` returns to risky content.
 */
export function isOscillating(risks: readonly number[], parameters: OscillationParameters): boolean {
  const latest = risks.at(-1);
  return latest !== undefined && latest >= parameters.riskyAt && riskyReturns(risks, parameters) >= parameters.minReturns;
}
