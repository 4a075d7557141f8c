import { describe, expect, it } from 'vitest';
import { createKidsAlertStore } from '../../../lib/kids/kids-alerts.ts';
import { createKidsVerdictRecorder, type KidsVerdictEvent } from '../../../lib/kids/kids-verdict-recorder.ts';
import type { VerdictSummary } from '../../../lib/messaging/verdict-summary.ts';
import { summary } from '../../support/verdict-fixtures.ts';
import { memoryArea } from './memory-area.ts';

const at = new Date(2025, 2, 12, 12).getTime();

function setup(kidsOn = true) {
  const area = memoryArea();
  const alerts = createKidsAlertStore(area, () => at);
  const record = createKidsVerdictRecorder({ alerts, isKidsModeOn: async () => kidsOn });
  const event = (overrides: Partial<VerdictSummary>, extra: Partial<KidsVerdictEvent> = {}): KidsVerdictEvent => ({
    summary: summary('block', { at, profileId: 'kids', ...overrides }),
    site: 'chatgpt.com',
    direction: 'inbound',
    tabId: 3,
    ...extra,
  });
  return { area, alerts, record, event };
}

describe('recordKidsVerdict', () => {
  it('counts every reason that acted, per category, in the week', async () => {
    const { alerts, record, event } = setup();
    await record(
      event({
        reasons: [
          { category: 'content-safety', action: 'block', risk: 0.9, ruleIds: ['content-safety/violence'] },
          { category: 'pii', action: 'redact', risk: 0.5, ruleIds: ['pii/email'] },
          { category: 'obfuscation', action: 'allow', risk: 0.1, ruleIds: [] },
        ],
      }),
    );
    expect(await alerts.weekly()).toEqual([
      { week: '2025-W11', categories: { 'content-safety': { warn: 0, redact: 0, block: 1 }, pii: { warn: 0, redact: 1, block: 0 } } },
    ]);
    expect(await alerts.alerts()).toEqual([{ at, kind: 'harmful-blocked', category: 'content-safety', site: 'chatgpt.com', ruleIds: ['content-safety/violence'] }]);
  });

  it('turns a distress finding into a distress alert (one per verdict, distress rule ids only)', async () => {
    const { alerts, record, event } = setup();
    await record(
      event({
        reasons: [{ category: 'content-safety', action: 'block', risk: 0.9, ruleIds: ['kids-context/distress-self-harm', 'content-safety/self-harm'] }],
      }),
    );
    expect(await alerts.alerts()).toEqual([{ at, kind: 'distress', category: 'content-safety', site: 'chatgpt.com', ruleIds: ['kids-context/distress-self-harm'] }]);
  });

  it('records nothing while Kids mode is off, for pre-scans, or for warnings only', async () => {
    const off = setup(false);
    await off.record(off.event({ reasons: [{ category: 'content-safety', action: 'block', risk: 1, ruleIds: ['kids-context/distress-abuse'] }] }));
    expect(off.area.data.size).toBe(0);

    const on = setup();
    await on.record(on.event({ reasons: [{ category: 'content-safety', action: 'block', risk: 1, ruleIds: ['x/y'] }] }, { purpose: 'prescan' }));
    expect(on.area.data.size).toBe(0);
    await on.record(on.event({ action: 'warn', reasons: [{ category: 'content-safety', action: 'warn', risk: 0.4, ruleIds: ['x/y'] }] }));
    expect(await on.alerts.alerts()).toEqual([]);
    expect((await on.alerts.weekly())[0]!.categories['content-safety']).toEqual({ warn: 1, redact: 0, block: 0 });
  });

  it('never rejects when storage fails', async () => {
    const record = createKidsVerdictRecorder({
      alerts: { record: () => Promise.reject(new Error('quota')), count: () => Promise.reject(new Error('quota')), alerts: async () => [], weekly: async () => [] },
      isKidsModeOn: async () => true,
    });
    await expect(record({ summary: summary('block'), site: 'x.com', direction: 'inbound', tabId: 1 })).resolves.toBeUndefined();
  });
});
