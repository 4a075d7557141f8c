import type { Direction } from '../core/direction.ts';
import type { VerdictSummary } from '../messaging/verdict-summary.ts';
import { isDistressRuleId } from './distress-rule-id.ts';
import { siteHost, type KidsAlert, type KidsAlertStore } from './kids-alerts.ts';

/** What the background's verdict hook hands over (message-handler's VerdictEvent has this shape). */
export interface KidsVerdictEvent {
  summary: VerdictSummary;
  site: string;
  direction: Direction;
  tabId: number;
  /** Pre-scans (while typing) are not what the child sent: never counted. */
  purpose?: 'prescan';
}

export interface KidsVerdictRecorderDeps {
  alerts: KidsAlertStore;
  /** Read per verdict (settings can change at any time); counts are kept only while Kids mode is on. */
  isKidsModeOn(): Promise<boolean>;
  isDistress?: (ruleId: string) => boolean;
}

/** Categories whose blocks the parent hears about one by one (the rest only in the weekly counts). */
const ALERTED_BLOCK_CATEGORIES: ReadonlySet<string> = new Set(['content-safety']);

/**
 * The parent-view side of a verdict: every reason that warned, redacted or blocked is counted in
 * its category's week; a distress finding becomes a `distress` alert (the child is shown help
 * resources in the panel at the same time), and a blocked harmful request or reply a
 * `harmful-blocked` alert. Only the summary's categories and rule ids are read — it has no text.
 * Never rejects: a storage failure must not disturb the scan it reports on.
 */
export function createKidsVerdictRecorder(deps: KidsVerdictRecorderDeps): (event: KidsVerdictEvent) => Promise<void> {
  const isDistress = deps.isDistress ?? isDistressRuleId;

  return async function recordKidsVerdict(event) {
    try {
      if (event.purpose === 'prescan' || !(await deps.isKidsModeOn())) return;
      const { summary } = event;
      const site = siteHost(event.site);
      for (const reason of summary.reasons) {
        if (reason.action !== 'allow') await deps.alerts.count(reason.category, reason.action, summary.at);
      }
      const alert = (kind: KidsAlert['kind'], category: KidsAlert['category'], ruleIds: string[]): KidsAlert => ({
        at: summary.at,
        kind,
        ...(category ? { category } : {}),
        ...(site ? { site } : {}),
        ruleIds,
      });
      const distress = summary.reasons.find((reason) => reason.ruleIds.some(isDistress));
      if (distress) {
        await deps.alerts.record(alert('distress', distress.category, distress.ruleIds.filter(isDistress)));
        return;
      }
      const harmful = summary.reasons.find((reason) => reason.action === 'block' && ALERTED_BLOCK_CATEGORIES.has(reason.category));
      if (harmful && summary.action === 'block') await deps.alerts.record(alert('harmful-blocked', harmful.category, harmful.ruleIds));
    } catch {
      // Reporting is best effort; the verdict itself already stands.
    }
  };
}
