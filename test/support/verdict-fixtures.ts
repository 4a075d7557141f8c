import type { Action } from '../../lib/core/action.ts';
import { ok, type Result } from '../../lib/core/result.ts';
import type { Redaction } from '../../lib/core/verdict.ts';
import type { ScanReply } from '../../lib/messaging/scan-reply.ts';
import type { VerdictSummary } from '../../lib/messaging/verdict-summary.ts';

/** A text-free verdict summary for tests of what consumes one (content script, popup). */
export function summary(action: Action, overrides: Partial<VerdictSummary> = {}): VerdictSummary {
  return {
    at: 1_700_000_000_000,
    direction: 'inbound',
    action,
    profileId: 'standard',
    risk: action === 'allow' ? 0 : 1,
    reasons: action === 'allow' ? [] : [{ category: 'oversize', action, risk: 1, ruleIds: ['size/over-limit'] }],
    spans: [],
    redactions: [],
    failedDetectors: [],
    detectorMs: {},
    latencyMs: 1,
    ...overrides,
  };
}

export const reply = (action: Action, overrides: Partial<VerdictSummary> = {}): Result<ScanReply> =>
  ok({ verdict: summary(action, overrides), ruleMessages: { 'size/over-limit': 'The text is too long to check in full.' } });

export const emailRedaction = (start: number, end: number): Redaction => ({ start, end, category: 'pii', placeholder: '[EMAIL_1]' });
