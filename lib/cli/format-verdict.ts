import { STAGES, type Verdict } from '../core/verdict.ts';
import { applyRedactions } from '../policy/redactions.ts';
import { formatMs } from './text-table.ts';

/**
 * The readable form of a verdict for `rampart scan`: action, reasons (category, action, risk,
 * rule ids), detector outcomes, the redacted text when the action is `redact` (the user's own
 * text with placeholders), and stage latencies.
 */
export function formatVerdict(verdict: Verdict, text: string): string {
  const lines: string[] = [];
  lines.push(`action:    ${verdict.action.toUpperCase()}`);
  lines.push(`direction: ${verdict.direction}   profile: ${verdict.profileId}   policy: ${verdict.policyVersion}`);
  lines.push(`risk:      ${verdict.risk.overall.toFixed(2)}`);
  if (verdict.reasons.length === 0) {
    lines.push('reasons:   none');
  } else {
    lines.push('reasons:');
    for (const reason of verdict.reasons) {
      const condition = reason.conditionId ? `  condition ${reason.conditionId}` : '';
      lines.push(`  - ${reason.category}: ${reason.action} (risk ${reason.risk.toFixed(2)})  rules: ${reason.ruleIds.join(', ') || '-'}${condition}`);
    }
  }
  const outcomes = verdict.outcomes.map((outcome) => {
    if (outcome.status === 'ok') return `${outcome.detectorId} ok ${formatMs(outcome.durationMs)} ms`;
    if (outcome.status === 'failed') return `${outcome.detectorId} FAILED (${outcome.code})`;
    return `${outcome.detectorId} skipped (${outcome.reason})`;
  });
  lines.push(`detectors: ${outcomes.join('; ') || 'none'}`);
  if (verdict.action === 'redact') {
    lines.push(`redacted (${verdict.redactions.length} span(s)):`);
    lines.push(applyRedactions(text, verdict.redactions));
  }
  const stages = STAGES.map((stage) => `${stage} ${formatMs(verdict.latencyMs[stage])}`).join(', ');
  lines.push(`latency:   ${formatMs(verdict.latencyMs.total)} ms (${stages})`);
  return lines.join('\n') + '\n';
}
