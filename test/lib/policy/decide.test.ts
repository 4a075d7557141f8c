import { describe, expect, it } from 'vitest';
import type { RecordedFinding } from '../../../lib/core/finding.ts';
import type { DetectorOutcome } from '../../../lib/core/outcome.ts';
import { compilePolicy } from '../../../lib/policy/compiled-policy.ts';
import { decide, thresholdAction } from '../../../lib/policy/decide.ts';
import type { PolicyContext, PolicyProfile } from '../../../lib/policy/profile.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';

const context: PolicyContext = { site: 'chatgpt.com', direction: 'inbound', profile: 'standard', tier: 'standard', chars: 10 };
const f = (category: RecordedFinding['category'], score: number, spans = [{ start: 0, end: 4 }]): RecordedFinding => ({
  detectorId: 'd',
  ruleId: `d/${category}`,
  category,
  severity: 'high',
  score,
  spans,
});
const policyOf = (profile: PolicyProfile) => {
  const compiled = compilePolicy(profile);
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.value;
};
const standard = policyOf(PROFILES.standard!);

describe('decide', () => {
  it('picks the strictest threshold reached', () => {
    expect(thresholdAction([{ minRisk: 0.9, action: 'block' }, { minRisk: 0.5, action: 'warn' }], 0.6)).toBe('warn');
    expect(thresholdAction([{ minRisk: 0.9, action: 'block' }, { minRisk: 0.5, action: 'warn' }], 0.95)).toBe('block');
    expect(thresholdAction(undefined, 1)).toBe('allow');
  });

  it('allows when nothing is found', () => {
    expect(decide('text', [], [], standard, context)).toMatchObject({ action: 'allow', reasons: [], redactions: [] });
  });

  it('takes the strictest category and explains each one, riskiest first', () => {
    const decision = decide('text', [f('prompt-attack', 0.6), f('exfiltration', 0.8)], [], standard, context);
    expect(decision.action).toBe('block');
    expect(decision.reasons.map((r) => [r.category, r.action])).toEqual([
      ['exfiltration', 'block'],
      ['prompt-attack', 'warn'],
    ]);
    expect(decision.risk.overall).toBeCloseTo(0.8);
  });

  it('redacts only when every finding of the category has a span, else holds the text', () => {
    expect(decide('text', [f('secrets', 0.9)], [], standard, context).action).toBe('redact');
    expect(decide('text', [f('secrets', 0.9, [])], [], standard, context).action).toBe('block');
  });

  it('lets the first matching condition override the category default', () => {
    const profile = policyOf({
      ...PROFILES.standard!,
      id: 'cond',
      conditions: [
        { id: 'trusted-site-pii', when: 'site == "intranet.example"', category: 'pii', action: 'allow' },
        { id: 'outbound-anything', when: 'direction == "outbound" && risk > 0.2', category: '*', action: 'block' },
      ],
    });
    const onIntranet = decide('text', [f('pii', 0.9)], [], profile, { ...context, site: 'intranet.example' });
    expect(onIntranet.action).toBe('allow');
    const outbound = decide('text', [f('pii', 0.3)], [], profile, { ...context, direction: 'outbound' });
    expect(outbound.action).toBe('block');
    expect(outbound.reasons[0]!.conditionId).toBe('outbound-anything');
  });

  it('turns detector failures into an explicit reason unless the policy fails open', () => {
    const failed: DetectorOutcome = { detectorId: 'model', version: '1', shadow: false, status: 'failed', code: 'timeout', durationMs: 250 };
    const shadowFailed: DetectorOutcome = { ...failed, shadow: true };
    expect(decide('t', [], [failed], standard, context).reasons[0]).toMatchObject({
      category: 'detector-failure',
      action: 'warn',
      ruleIds: ['model/timeout'],
    });
    expect(decide('t', [], [shadowFailed], standard, context).action).toBe('allow');
    expect(decide('t', [], [failed], policyOf(PROFILES.strict!), context).action).toBe('block');
    expect(decide('t', [], [failed], policyOf({ ...PROFILES.standard!, id: 'open', onDetectorFailure: 'fail-open' }), context).action).toBe('allow');
  });
});
