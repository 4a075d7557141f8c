import { describe, expect, it } from 'vitest';
import type { ScanCustom } from '../../../lib/core/scan-input.ts';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { customRuleMessages, customRules, meta } from '../../../lib/detectors/custom-rules.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import { ruleMessagesFor } from '../../../lib/messaging/scan-reply.ts';
import type { CustomRule } from '../../../lib/settings/user-settings.ts';
import { detectorContext } from '../../support/detector-context.ts';

const lists = { imageHosts: [], packages: [], phrases: [] };
const rule = (overrides: Partial<CustomRule> = {}): CustomRule => ({
  id: 'falcon',
  kind: 'keyword',
  pattern: 'project falcon',
  category: 'secrets',
  action: 'block',
  description: 'Project Falcon is our unannounced product.',
  ...overrides,
});
const custom = (rules: CustomRule[], phrases: string[] = []): ScanCustom => ({ customRules: rules, allowLists: { ...lists, phrases } });

describe('custom-rules detector', () => {
  it('reports nothing without rules', async () => {
    expect(await customRules.run(detectorContext('project falcon'))).toEqual({ status: 'ok', findings: [] });
  });

  it('reports a finding per matching rule: its category, score 1, its action, spans in the original', async () => {
    const report = await customRules.run(detectorContext('Is Project Falcon ready?', { custom: custom([rule(), rule({ id: 'other', pattern: 'hawk' })]) }));
    expect(report).toEqual({
      status: 'ok',
      findings: [{ ruleId: 'custom-rules/falcon', category: 'secrets', severity: 'high', score: 1, spans: [{ start: 3, end: 17 }], action: 'block' }],
    });
  });

  it('declares every category a rule may use', () => {
    expect(meta.categories).not.toContain('detector-failure');
    expect(meta.categories).toContain('content-safety');
  });

  it('gives each rule’s description to the verdict panel', () => {
    const rules = [rule()];
    expect(customRuleMessages(rules)).toEqual({ 'custom-rules/falcon': 'Project Falcon is our unannounced product.' });
    expect(ruleMessagesFor(['custom-rules/falcon', 'custom-rules/gone'], DETECTORS, customRuleMessages(rules))).toEqual({
      'custom-rules/falcon': 'Project Falcon is our unannounced product.',
    });
  });
});

describe('custom rules through the pipeline', () => {
  const pipeline = createPipeline({ detectors: DETECTORS });
  const scan = async (text: string, scanCustom?: ScanCustom, profile = 'standard') => {
    const result = await pipeline.scan({ text, direction: 'inbound', profile, ...(scanCustom ? { custom: scanCustom } : {}) });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it('blocks on a block keyword in the standard profile (where secrets only redact)', async () => {
    const verdict = await scan('Here is the plan for project falcon.', custom([rule()]));
    expect(verdict.action).toBe('block');
    expect(verdict.reasons[0]).toMatchObject({ category: 'secrets', action: 'block', ruleIds: ['custom-rules/falcon'] });
    expect((await scan('Here is the plan for project falcon.')).action).toBe('allow');
  });

  it('does exactly what each rule says: warn warns, redact redacts the match', async () => {
    expect((await scan('about project falcon', custom([rule({ action: 'warn' })]))).action).toBe('warn');
    const redacted = await scan('ticket ACME-1234 is late', custom([rule({ id: 'ticket', kind: 'regex', pattern: 'ACME-\\d{4}', action: 'redact', category: 'pii' })]));
    expect(redacted.action).toBe('redact');
    expect(redacted.redactions).toEqual([{ start: 7, end: 16, category: 'pii', placeholder: '[PII_1]' }]);
  });

  it('drops findings entirely inside an allow-listed phrase, from any detector', async () => {
    const text = 'Mail dana.whitfield@acme-mail.com about project falcon';
    const before = await scan(text, custom([rule({ action: 'warn' })]));
    expect(before.findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['custom-rules/falcon', 'pii/email']));
    const after = await scan(text, custom([rule({ action: 'warn' })], ['DANA.Whitfield@acme-mail.com', 'project falcon']));
    expect(after.findings.map((finding) => finding.ruleId)).toEqual([]);
    expect(after.action).toBe('allow');
    // Only occurrences count: the same finding elsewhere in the text is still reported.
    const partly = await scan('project falcon and Project Falcon', custom([rule({ action: 'warn' })], ['and project falcon']));
    expect(partly.action).toBe('warn');
  });

  it('refuses malformed custom settings with a clear error', async () => {
    const result = await pipeline.scan({ text: 'x', direction: 'inbound', custom: { customRules: [{ id: 'Bad Id' }], allowLists: lists } as never });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^custom\.customRules: id/) });
  });
});
