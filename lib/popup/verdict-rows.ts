import type { VerdictSummary } from '../messaging/verdict-summary.ts';
import { t } from '../ui/i18n.ts';
import { actionLabel, categoryLabel } from '../ui/labels.ts';

/** A rule that fired and its explanation (absent when the background had none for it). */
export interface MatchedRule {
  id: string;
  message?: string;
}

/** What a verdict row shows once expanded; text-free like the summary it comes from. */
export interface VerdictDetails {
  rules: MatchedRule[];
  /** Overall risk, 0–100. */
  riskPercent: number;
  latencyMs: number;
  /** In words, when the decision cache answered. */
  cache?: string;
  failedDetectors: string[];
  profileId: string;
}

/** One line of the popup's verdict list, already in words. */
export interface VerdictRow {
  key: string;
  time: string;
  direction: string;
  action: VerdictSummary['action'];
  actionText: string;
  categories: string[];
  ruleIds: string[];
  /** What matched, in words: each rule's explanation, or its id when there is none. */
  matched: string[];
  details: VerdictDetails;
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

/** Storage and messaging are untrusted: a number that is not one is shown as 0, not NaN. */
const finite = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function detailsOf(summary: VerdictSummary, ruleIds: string[], ruleMessages: Readonly<Record<string, string>>): VerdictDetails {
  const explained = (id: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(ruleMessages, id) && typeof ruleMessages[id] === 'string' ? ruleMessages[id] : undefined;
  const cache = summary.cache === 'exact' || summary.cache === 'semantic' ? t(`popup.details.cache.${summary.cache}`) : undefined;
  return {
    rules: ruleIds.map((id) => {
      const message = explained(id);
      return message === undefined ? { id } : { id, message };
    }),
    riskPercent: Math.round(Math.min(1, Math.max(0, finite(summary.risk))) * 100),
    latencyMs: Math.round(finite(summary.latencyMs)),
    ...(cache ? { cache } : {}),
    failedDetectors: Array.isArray(summary.failedDetectors) ? summary.failedDetectors.filter((id) => typeof id === 'string') : [],
    profileId: typeof summary.profileId === 'string' ? summary.profileId : '',
  };
}

/**
 * Newest first: the last thing that happened is what someone opening the popup asks about.
 * `ruleMessages` (rule id → explanation) comes from the background, which has the detectors.
 */
export function verdictRows(summaries: readonly VerdictSummary[], ruleMessages: Readonly<Record<string, string>> = {}): VerdictRow[] {
  return summaries
    .map((summary, index) => ({ summary, index }))
    .reverse()
    .map(({ summary, index }) => {
      const ruleIds = [...new Set(summary.reasons.flatMap((reason) => reason.ruleIds))];
      const details = detailsOf(summary, ruleIds, ruleMessages);
      return {
        key: `${summary.at}-${index}`,
        time: formatTime(summary.at),
        direction: directionText(summary.direction),
        action: summary.action,
        actionText: actionLabel(summary.action),
        categories: [...new Set(summary.reasons.map((reason) => categoryLabel(reason.category)))],
        ruleIds,
        matched: [...new Set(details.rules.map((rule) => rule.message ?? rule.id))],
        details,
      };
    });
}
