import { describe, expect, it } from 'vitest';
import type { RecordedFinding } from '../../../lib/core/finding.ts';
import { compilePolicy } from '../../../lib/policy/compiled-policy.ts';
import { decide } from '../../../lib/policy/decide.ts';
import type { PolicyContext, PolicyProfile } from '../../../lib/policy/profile.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';

// Findings that carry their own action (custom rules): decide applies it exactly.
const context: PolicyContext = { site: 'chatgpt.com', direction: 'inbound', profile: 'standard', tier: 'standard', chars: 20 };
const ruled = (category: RecordedFinding['category'], action: 'warn' | 'redact' | 'block', spans = [{ start: 0, end: 4 }]): RecordedFinding => ({
  detectorId: 'custom-rules',
  ruleId: `custom-rules/${action}-${category}`,
  category,
  severity: 'high',
  score: 1,
  spans,
  action,
});
const plain = (category: RecordedFinding['category'], score: number): RecordedFinding => ({
  detectorId: 'd',
  ruleId: `d/${category}`,
  category,
  severity: 'high',
  score,
  spans: [{ start: 5, end: 9 }],
});
const policyOf = (profile: PolicyProfile) => {
  const compiled = compilePolicy(profile);
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.value;
};
const standard = policyOf(PROFILES.standard!);

describe('decide: findings with their own action', () => {
  it('blocks for a block rule in a category whose thresholds never block (standard secrets only redact)', () => {
    const decision = decide('text of the message', [ruled('secrets', 'block')], [], standard, context);
    expect(decision.action).toBe('block');
    expect(decision.reasons).toEqual([{ category: 'secrets', action: 'block', risk: 1, ruleIds: ['custom-rules/block-secrets'] }]);
  });

  it('warns for a warn rule even where the category would act more strictly at risk 1', () => {
    expect(decide('text of the message', [ruled('prompt-attack', 'warn')], [], standard, context).action).toBe('warn');
  });

  it('acts in a category the profile has no thresholds for', () => {
    const bare = policyOf({ ...PROFILES.standard!, id: 'bare', categories: {} });
    expect(decide('text of the message', [ruled('false-claim', 'warn')], [], bare, context).action).toBe('warn');
  });

  it('redacts the rule’s spans for a redact rule', () => {
    const decision = decide('ACME secret stuff', [ruled('pii', 'redact', [{ start: 0, end: 4 }])], [], standard, context);
    expect(decision.action).toBe('redact');
    expect(decision.redactions).toEqual([{ start: 0, end: 4, category: 'pii', placeholder: '[PII_1]' }]);
  });

  it('still counts other findings of the category as usual: stricter evidence wins', () => {
    const decision = decide('text of the message', [ruled('prompt-attack', 'warn'), plain('prompt-attack', 0.95)], [], standard, context);
    expect(decision.action).toBe('block');
  });

  it('is a floor over policy conditions: a user rule still acts where a condition would allow', () => {
    const lenient = policyOf({
      ...PROFILES.standard!,
      id: 'lenient',
      conditions: [{ id: 'allow-secrets-here', when: 'site == "chatgpt.com"', category: 'secrets', action: 'allow' }],
    });
    expect(decide('text of the message', [plain('secrets', 0.9)], [], lenient, context).action).toBe('allow');
    expect(decide('text of the message', [ruled('secrets', 'warn')], [], lenient, context).action).toBe('warn');
  });
});
