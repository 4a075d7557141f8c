import type { VerdictSummary } from '../messaging/verdict-summary.ts';
import { t } from '../ui/i18n.ts';
import { actionLabel, categoryLabel } from '../ui/labels.ts';

/** One line of the popup's verdict list, already in words. */
export interface VerdictRow {
  key: string;
  time: string;
  direction: string;
  action: VerdictSummary['action'];
  actionText: string;
  categories: string[];
  ruleIds: string[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Local wall-clock time, HH:MM:SS — verdicts are from this browser session, so no date. */
export const formatTime = (at: number): string => {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
};

/** Directions come from storage: an unknown one is shown as-is rather than dropped. */
const directionText = (direction: string): string =>
  direction === 'inbound' || direction === 'outbound' ? t(`popup.direction.${direction}`) : direction;

/** Newest first: the last thing that happened is what someone opening the popup asks about. */
export function verdictRows(summaries: readonly VerdictSummary[]): VerdictRow[] {
  return summaries
    .map((summary, index) => ({ summary, index }))
    .reverse()
    .map(({ summary, index }) => ({
      key: `${summary.at}-${index}`,
      time: formatTime(summary.at),
      direction: directionText(summary.direction),
      action: summary.action,
      actionText: actionLabel(summary.action),
      categories: [...new Set(summary.reasons.map((reason) => categoryLabel(reason.category)))],
      ruleIds: [...new Set(summary.reasons.flatMap((reason) => reason.ruleIds))],
    }));
}
