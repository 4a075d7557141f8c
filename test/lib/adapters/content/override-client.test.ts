import { describe, expect, it } from 'vitest';
import { reportOverride } from '../../../../lib/adapters/content/override-client.ts';

const report = { kind: 'send-anyway' as const, verdictAt: 5, categories: ['pii' as const], ruleIds: ['pii/email'], action: 'warn' as const };

describe('override client', () => {
  it('sends tab:override with the report and nothing else', () => {
    const sent: unknown[] = [];
    reportOverride(report, async (message) => sent.push(message));
    expect(sent).toEqual([{ type: 'tab:override', ...report }]);
  });

  it('never throws or rejects: the user’s choice is already carried out', async () => {
    expect(() => reportOverride(report, () => Promise.reject(new Error('Extension context invalidated.')))).not.toThrow();
    expect(() =>
      reportOverride(report, () => {
        throw new Error('Extension context invalidated.');
      }),
    ).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
