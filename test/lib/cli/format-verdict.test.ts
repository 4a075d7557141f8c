import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../lib/core/verdict.ts';
import { formatVerdict } from '../../../lib/cli/format-verdict.ts';

const verdict: Verdict = {
  action: 'redact',
  direction: 'inbound',
  profileId: 'standard',
  risk: { overall: 0.9, byCategory: { secrets: 0.9 } },
  reasons: [{ category: 'secrets', action: 'redact', risk: 0.9, ruleIds: ['secrets/aws-key'] }],
  findings: [],
  outcomes: [
    { detectorId: 'secrets', version: '1', shadow: false, status: 'ok', findings: [], durationMs: 0.5 },
    { detectorId: 'prompt-attack', version: '1', shadow: false, status: 'skipped', reason: 'router' },
    { detectorId: 'pii', version: '1', shadow: false, status: 'failed', code: 'timeout', durationMs: 250 },
  ],
  redactions: [{ start: 8, end: 14, category: 'secrets', placeholder: '[SECRET_1]' }],
  policyVersion: 'standard@1',
  latencyMs: { normalize: 0.01, gate: 0.2, route: 0, detectors: 1.5, session: 0, decide: 0.02, total: 1.73 },
  fromCache: false,
};

describe('formatVerdict', () => {
  it('shows action, reasons, outcomes, the redacted text and latency', () => {
    const out = formatVerdict(verdict, 'my key: ABC123 ok');
    expect(out).toContain('action:    REDACT');
    expect(out).toContain('  - secrets: redact (risk 0.90)  rules: secrets/aws-key');
    expect(out).toContain('detectors: secrets ok 0.500 ms; prompt-attack skipped (router); pii FAILED (timeout)');
    expect(out).toContain('redacted (1 span(s)):\nmy key: [SECRET_1] ok\n');
    expect(out).not.toContain('ABC123');
    expect(out).toContain('latency:   1.73 ms (normalize 0.010, gate 0.200, route 0.000, detectors 1.50, session 0.000, decide 0.020)');
  });

  it('does not print the text unless it is redacted', () => {
    const out = formatVerdict({ ...verdict, action: 'warn', redactions: [] }, 'my key: ABC123 ok');
    expect(out).not.toContain('my key');
  });
});
