import { ACTIONS, type Action } from '../core/action.ts';
import { isCategory, type Category } from '../core/category.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { ResourceReason } from '../exfil/resource-verdict.ts';
import type { VerdictSummary } from '../messaging/verdict-summary.ts';
import type { AuditOverride } from './audit-record.ts';

/**
 * What a content script tells the background when the user goes past a verdict on the page
 * (`tab:override`): which choice, which verdict (by its time), and the verdict's categories and
 * rule ids — text-free like the verdict itself. Built from the VerdictSummary the content script
 * was given, checked again in the background (a content script is the less trusted side).
 */
export type TabOverrideKind = Extract<AuditOverride, 'send-anyway' | 'load-anyway' | 'paste-anyway' | 'reveal-reply'>;
export const TAB_OVERRIDE_KINDS: readonly TabOverrideKind[] = ['send-anyway', 'load-anyway', 'paste-anyway', 'reveal-reply'];

export interface OverrideReport {
  kind: TabOverrideKind;
  verdictAt: number;
  categories: Category[];
  ruleIds: string[];
  /** The action the user went past. */
  action?: Action;
}

/** More than any real verdict carries; a longer list is a broken or hostile sender. */
export const MAX_REPORTED_RULE_IDS = 64;
const RULE_ID = /^[\w.-]{1,64}\/[\w.:/-]{1,128}$/;

/** The report for a choice made on a verdict the background sent (send anyway, paste anyway, show a blurred reply). */
export function overrideReportFor(kind: TabOverrideKind, verdict: Pick<VerdictSummary, 'at' | 'action' | 'reasons'>): OverrideReport {
  const categories = [...new Set(verdict.reasons.map((reason) => reason.category))];
  const ruleIds = [...new Set(verdict.reasons.flatMap((reason) => reason.ruleIds))].slice(0, MAX_REPORTED_RULE_IDS);
  return { kind, verdictAt: verdict.at, categories, ruleIds, action: verdict.action };
}

/**
 * "Load anyway" on a held resource: the exfil check's reasons become the exfil rule that holds
 * such resources (a series of loads, or one beacon), category exfiltration. `at`: when the check
 * answered (the content script does not keep more of it).
 */
export function loadAnywayReport(reasons: readonly ResourceReason[], at: number): OverrideReport {
  const ruleIds = reasons.length === 0 ? [] : reasons.includes('series') ? ['exfil/image-series'] : ['exfil/image-beacon'];
  return { kind: 'load-anyway', verdictAt: at, categories: ['exfiltration'], ruleIds, action: 'block' };
}

/** The background's check of a `tab:override` body; never throws. */
export function parseOverrideReport(body: Readonly<Record<string, unknown>>): Result<OverrideReport> {
  const { kind, verdictAt, categories, ruleIds, action } = body;
  if (!TAB_OVERRIDE_KINDS.includes(kind as TabOverrideKind)) return err(`tab:override kind must be one of ${TAB_OVERRIDE_KINDS.join(', ')}`);
  if (typeof verdictAt !== 'number' || !Number.isSafeInteger(verdictAt) || verdictAt < 0) return err('tab:override needs verdictAt (milliseconds)');
  if (!Array.isArray(categories) || !categories.every(isCategory)) return err('tab:override categories must be known categories');
  if (!Array.isArray(ruleIds) || ruleIds.length > MAX_REPORTED_RULE_IDS || !ruleIds.every((id) => typeof id === 'string' && RULE_ID.test(id))) {
    return err(`tab:override ruleIds must be at most ${MAX_REPORTED_RULE_IDS} rule ids like detector/rule`);
  }
  if (action !== undefined && !ACTIONS.includes(action as Action)) return err('tab:override action must be allow, warn, redact or block');
  return ok({
    kind: kind as TabOverrideKind,
    verdictAt,
    categories: [...new Set(categories as Category[])],
    ruleIds: [...new Set(ruleIds as string[])],
    ...(action === undefined ? {} : { action: action as Action }),
  });
}
