import { isAction } from '../core/action.ts';
import { isDirection } from '../core/direction.ts';
import type { VerdictSummary } from './verdict-summary.ts';

/** The popup shows the last few verdicts of a tab; more would only grow session storage. */
export const MAX_RECENT_VERDICTS = 20;

/** One `storage.session` key per tab so that closing a tab can drop exactly its entries. */
export const recentVerdictsKey = (tabId: number): string => `recent:${tabId}`;

const looksLikeSummary = (value: unknown): value is VerdictSummary => {
  if (typeof value !== 'object' || value === null) return false;
  const summary = value as Partial<VerdictSummary>;
  return (
    typeof summary.at === 'number' &&
    isAction(summary.action) &&
    isDirection(summary.direction) &&
    Array.isArray(summary.reasons)
  );
};

/** Storage can hold anything (older versions, manual edits): keep only entries that look right. */
export function readRecentVerdicts(stored: unknown): VerdictSummary[] {
  return Array.isArray(stored) ? stored.filter(looksLikeSummary) : [];
}

/** Oldest first, newest last, at most `max` entries. */
export function appendRecentVerdict(
  stored: unknown,
  summary: VerdictSummary,
  max: number = MAX_RECENT_VERDICTS,
): VerdictSummary[] {
  return [...readRecentVerdicts(stored), summary].slice(-max);
}
