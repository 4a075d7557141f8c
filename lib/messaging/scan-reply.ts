import type { AnyDetector } from '../core/detector.ts';
import { isAction } from '../core/action.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { Verdict } from '../core/verdict.ts';
import { summarizeVerdict, type VerdictSummary } from './verdict-summary.ts';

/**
 * What the background answers to `content:scan`: the text-free summary plus the human-readable
 * message of each rule that fired. The messages travel with the reply so the content script can
 * explain a verdict without bundling every detector.
 */
export interface ScanReply {
  verdict: VerdictSummary;
  /** rule id → explanation, from the detector's `meta.messages`. */
  ruleMessages: Record<string, string>;
}

/**
 * `size/over-limit` → detector `size`, message key `over-limit`. `extra` (full rule id → message)
 * explains rules no detector's meta can know, such as the user's custom rules
 * (customRuleMessages in lib/detectors/custom-rules.ts: each rule's own description).
 */
export function ruleMessagesFor(
  ruleIds: readonly string[],
  detectors: readonly AnyDetector[],
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const ruleId of ruleIds) {
    const slash = ruleId.indexOf('/');
    if (slash <= 0) continue;
    const detector = detectors.find((d) => d.meta.id === ruleId.slice(0, slash));
    const key = ruleId.slice(slash + 1);
    if (detector && Object.prototype.hasOwnProperty.call(detector.meta.messages, key)) {
      messages[ruleId] = detector.meta.messages[key]!;
    } else if (Object.prototype.hasOwnProperty.call(extra, ruleId)) {
      messages[ruleId] = extra[ruleId]!;
    }
  }
  return messages;
}

export function buildScanReply(
  verdict: Verdict,
  detectors: readonly AnyDetector[],
  at: number,
  extra: Readonly<Record<string, string>> = {},
): ScanReply {
  const summary = summarizeVerdict(verdict, at);
  return { verdict: summary, ruleMessages: ruleMessagesFor(summary.reasons.flatMap((r) => r.ruleIds), detectors, extra) };
}

/**
 * The content script's view of the reply: `sendMessage` resolves with whatever arrived (or
 * `undefined` when nobody answered), so the shape is checked before any of it is trusted.
 */
export function parseScanReply(raw: unknown): Result<ScanReply> {
  if (typeof raw !== 'object' || raw === null) return err('no answer from the background');
  const envelope = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (envelope.ok === false) return err(typeof envelope.error === 'string' ? envelope.error : 'scan failed');
  if (envelope.ok !== true || typeof envelope.value !== 'object' || envelope.value === null) {
    return err('malformed answer from the background');
  }
  const { verdict, ruleMessages } = envelope.value as Partial<ScanReply>;
  if (
    typeof verdict !== 'object' ||
    verdict === null ||
    !isAction(verdict.action) ||
    !Array.isArray(verdict.reasons) ||
    !Array.isArray(verdict.redactions) ||
    typeof ruleMessages !== 'object' ||
    ruleMessages === null
  ) {
    return err('malformed verdict from the background');
  }
  return ok({ verdict, ruleMessages });
}
