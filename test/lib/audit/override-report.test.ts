import { describe, expect, it } from 'vitest';
import { loadAnywayReport, MAX_REPORTED_RULE_IDS, overrideReportFor, parseOverrideReport } from '../../../lib/audit/override-report.ts';
import { summary } from '../../support/verdict-fixtures.ts';

describe('override reports (tab:override)', () => {
  it('is built from the verdict summary: its time, action, categories and rule ids, deduplicated', () => {
    const verdict = summary('warn', {
      at: 42,
      reasons: [
        { category: 'pii', action: 'warn', risk: 0.7, ruleIds: ['pii/email', 'pii/phone'] },
        { category: 'pii', action: 'warn', risk: 0.6, ruleIds: ['pii/email'] },
      ],
    });
    expect(overrideReportFor('send-anyway', verdict)).toEqual({ kind: 'send-anyway', verdictAt: 42, categories: ['pii'], ruleIds: ['pii/email', 'pii/phone'], action: 'warn' });
  });

  it('paste anyway: a kind of its own (text put in the composer is not yet sent), parsed like the others', () => {
    const report = overrideReportFor('paste-anyway', summary('warn', { at: 9 }));
    expect(report).toEqual({ kind: 'paste-anyway', verdictAt: 9, categories: ['oversize'], ruleIds: ['size/over-limit'], action: 'warn' });
    expect(parseOverrideReport({ type: 'tab:override', ...report })).toEqual({ ok: true, value: report });
  });

  it('load anyway: exfiltration, by the resource check’s reasons', () => {
    expect(loadAnywayReport(['secret'], 7)).toEqual({ kind: 'load-anyway', verdictAt: 7, categories: ['exfiltration'], ruleIds: ['exfil/image-beacon'], action: 'block' });
    expect(loadAnywayReport(['series', 'pii'], 7).ruleIds).toEqual(['exfil/image-series']);
    expect(loadAnywayReport([], 7).ruleIds).toEqual([]);
  });

  it('parses what the content script sends, and round-trips a report', () => {
    const report = overrideReportFor('reveal-reply', summary('block'));
    expect(parseOverrideReport({ type: 'tab:override', routed: true, ...report })).toEqual({ ok: true, value: report });
    expect(parseOverrideReport({ kind: 'send-anyway', verdictAt: 1, categories: [], ruleIds: [] })).toEqual({ ok: true, value: { kind: 'send-anyway', verdictAt: 1, categories: [], ruleIds: [] } });
  });

  it('rejects anything else with a reason, never throws', () => {
    const good = { kind: 'send-anyway', verdictAt: 1, categories: ['pii'], ruleIds: ['pii/email'] };
    const bad: Array<Record<string, unknown>> = [
      {},
      { ...good, kind: 'protection-paused' }, // not a content script's to report
      { ...good, verdictAt: -1 },
      { ...good, verdictAt: '1' },
      { ...good, categories: ['made-up'] },
      { ...good, categories: 'pii' },
      { ...good, ruleIds: ['no slash'] },
      { ...good, ruleIds: ['pii/email\nsecret text'] },
      { ...good, ruleIds: Array.from({ length: MAX_REPORTED_RULE_IDS + 1 }, (_, n) => `r/${n}`) },
      { ...good, action: 'explode' },
    ];
    for (const body of bad) {
      const result = parseOverrideReport(body);
      expect(result.ok, JSON.stringify(body).slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^tab:override /);
    }
  });
});
