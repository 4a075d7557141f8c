import { describe, expect, it } from 'vitest';
import { modelLabels, overrideEntry, profileLabel, protectionEntry, verdictEntry } from '../../../lib/audit/audit-entry.ts';
import type { ModelStatus } from '../../../lib/models/model-provider.ts';
import { summary } from '../../support/verdict-fixtures.ts';

const provenance = { profile: 'standard@2', models: ['prompt-guard@1'], extension: '0.1.0' };

describe('audit entries', () => {
  it('a verdict keeps its time, direction, action, categories and rule ids — not spans, redactions or timings', () => {
    const verdict = summary('redact', {
      at: 5,
      direction: 'outbound',
      reasons: [{ category: 'pii', action: 'redact', risk: 0.9, ruleIds: ['pii/email'] }],
      spans: [{ start: 3, end: 20 }],
      redactions: [{ start: 3, end: 20, category: 'pii', placeholder: '[EMAIL_1]' }],
      detectorMs: { pii: 1 },
    });
    expect(verdictEntry(verdict, 'claude.ai', provenance)).toEqual({
      at: 5,
      site: 'claude.ai',
      direction: 'outbound',
      categories: ['pii'],
      ruleIds: ['pii/email'],
      action: 'redact',
      ...provenance,
    });
  });

  it('an override says which choice, on which verdict, and which way the text flowed', () => {
    const report = { kind: 'load-anyway' as const, verdictAt: 3, categories: ['exfiltration' as const], ruleIds: ['exfil/image-beacon'], action: 'block' as const };
    expect(overrideEntry(report, 'gemini.google.com', 9, provenance)).toEqual({
      at: 9,
      site: 'gemini.google.com',
      direction: 'outbound',
      categories: ['exfiltration'],
      ruleIds: ['exfil/image-beacon'],
      action: 'block',
      override: 'load-anyway',
      verdictAt: 3,
      ...provenance,
    });
    expect(overrideEntry({ kind: 'send-anyway', verdictAt: 1, categories: [], ruleIds: [] }, 'x.example', 2, provenance).direction).toBe('inbound');
    // A paste goes into the prompt: the same direction as a send.
    expect(overrideEntry({ kind: 'paste-anyway', verdictAt: 1, categories: [], ruleIds: [] }, 'x.example', 2, provenance)).toMatchObject({ direction: 'inbound', override: 'paste-anyway' });
    expect(protectionEntry('protection-paused', 'chatgpt.com', 4, provenance)).toEqual({ at: 4, site: 'chatgpt.com', categories: [], ruleIds: [], override: 'protection-paused', ...provenance });
  });

  it('labels: profile id@version, ready active models only, sorted', () => {
    expect(profileLabel('kids-9-12', 1234)).toBe('kids-9-12@1234');
    expect(profileLabel('standard')).toBe('standard');
    const statuses: ModelStatus[] = [
      { id: 'b-model', version: '2', role: 'active', state: 'ready' },
      { id: 'a-model', version: '1', role: 'active', state: 'ready' },
      { id: 'a-model', version: '1-next', role: 'shadow', state: 'ready' },
      { id: 'c-model', version: '3', role: 'active', state: 'unavailable' },
    ];
    expect(modelLabels(statuses)).toEqual(['a-model@1', 'b-model@2']);
  });
});
