import { describe, expect, it } from 'vitest';
import {
  appendAlert,
  countInWeek,
  createKidsAlertStore,
  isoWeek,
  MAX_ALERTS,
  parseAlert,
  parseWeekly,
  siteHost,
  WEEKS_KEPT,
  type KidsAlert,
} from '../../../lib/kids/kids-alerts.ts';
import { KIDS_KEYS } from '../../../lib/kids/kids-storage.ts';
import { fakeClock, memoryArea } from './memory-area.ts';

// Local-time noon: the ISO week of a local calendar day, whatever the test machine's time zone.
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

describe('ISO weeks', () => {
  it('numbers weeks from Monday, week 1 holding the first Thursday', () => {
    expect(isoWeek(day(2025, 1, 1))).toBe('2025-W01');
    expect(isoWeek(day(2024, 12, 30))).toBe('2025-W01');
    expect(isoWeek(day(2024, 12, 29))).toBe('2024-W52');
    expect(isoWeek(day(2021, 1, 3))).toBe('2020-W53');
    expect(isoWeek(day(2021, 1, 4))).toBe('2021-W01');
    expect(isoWeek(day(2026, 6, 15))).toBe('2026-W25');
  });
});

describe('alerts', () => {
  const alert = (at: number): KidsAlert => ({ at, kind: 'harmful-blocked', category: 'content-safety', site: 'chatgpt.com', ruleIds: ['content-safety/x'] });

  it('keeps at most MAX_ALERTS, dropping the oldest', () => {
    let alerts: KidsAlert[] = [];
    for (let i = 0; i < MAX_ALERTS + 7; i++) alerts = appendAlert(alerts, alert(i));
    expect(alerts).toHaveLength(MAX_ALERTS);
    expect(alerts[0]!.at).toBe(7);
    expect(alerts.at(-1)!.at).toBe(MAX_ALERTS + 6);
  });

  it('holds no text: unknown fields are dropped and a site is cut to its host', () => {
    const parsed = parseAlert({ ...alert(1), text: 'how do I…', snippet: 'secret', site: 'https://chatgpt.com/c/123?q=hello' });
    expect(parsed).toEqual({ at: 1, kind: 'harmful-blocked', category: 'content-safety', site: 'chatgpt.com', ruleIds: ['content-safety/x'] });
    expect(parseAlert({ at: 1, kind: 'gossip', ruleIds: [] })).toBeUndefined();
    expect(parseAlert({ at: 1, kind: 'distress', category: 'nonsense', ruleIds: [3, 'a'] })).toEqual({ at: 1, kind: 'distress', ruleIds: ['a'] });
  });

  it('reads hosts only', () => {
    expect(siteHost('gemini.google.com')).toBe('gemini.google.com');
    expect(siteHost('https://claude.ai/chat/abc')).toBe('claude.ai');
    expect(siteHost('')).toBeUndefined();
    expect(siteHost('http://[bad')).toBeUndefined();
  });
});

describe('weekly counts', () => {
  it('counts per week and category and keeps the last 8 weeks', () => {
    let weekly = countInWeek([], '2025-W02', 'content-safety', 'block');
    weekly = countInWeek(weekly, '2025-W02', 'content-safety', 'block');
    weekly = countInWeek(weekly, '2025-W02', 'pii', 'redact');
    weekly = countInWeek(weekly, '2025-W03', 'content-safety', 'warn');
    expect(weekly).toEqual([
      { week: '2025-W03', categories: { 'content-safety': { warn: 1, redact: 0, block: 0 } } },
      { week: '2025-W02', categories: { 'content-safety': { warn: 0, redact: 0, block: 2 }, pii: { warn: 0, redact: 1, block: 0 } } },
    ]);
    for (let w = 4; w < 20; w++) weekly = countInWeek(weekly, `2025-W${String(w).padStart(2, '0')}`, 'pii', 'warn');
    expect(weekly).toHaveLength(WEEKS_KEPT);
    expect(weekly[0]!.week).toBe('2025-W19');
    expect(weekly.at(-1)!.week).toBe('2025-W12');
  });

  it('repairs damaged stored counts', () => {
    expect(parseWeekly('x')).toEqual([]);
    expect(parseWeekly([{ week: '2025-W01', categories: { pii: { block: -1, warn: 2 }, nope: { block: 1 } } }, { week: 'bad', categories: {} }])).toEqual([
      { week: '2025-W01', categories: { pii: { warn: 2, redact: 0, block: 0 } } },
    ]);
  });

  it('stores counts and alerts, and shows only the last 8 weeks as of now', async () => {
    const area = memoryArea();
    const clock = fakeClock(day(2025, 3, 12));
    const store = createKidsAlertStore(area, clock.now);
    await store.count('content-safety', 'block', day(2025, 1, 8)); // 9 weeks back
    await store.count('content-safety', 'block', day(2025, 3, 11));
    await Promise.all([store.count('pii', 'warn', day(2025, 3, 12)), store.count('pii', 'warn', day(2025, 3, 12))]);
    await store.record({ at: 5, kind: 'pin-lockout', ruleIds: [] });
    expect(await store.weekly()).toEqual([{ week: '2025-W11', categories: { 'content-safety': { warn: 0, redact: 0, block: 1 }, pii: { warn: 2, redact: 0, block: 0 } } }]);
    expect(await store.alerts()).toEqual([{ at: 5, kind: 'pin-lockout', ruleIds: [] }]);
    expect(area.data.has(KIDS_KEYS.weekly)).toBe(true);
  });
});
