import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHealthMonitor, HEALTH_GRACE_MS, missingParts, parseSiteHealth, parseSiteHealthRecord, type HealthProbe, type SiteHealth } from '../../../lib/sites/site-health.ts';

describe('missingParts', () => {
  it('names the composer first, the send control only when it must exist', () => {
    expect(missingParts({ composer: false, send: false })).toEqual(['composer']);
    expect(missingParts({ composer: true, send: false })).toEqual(['send']);
    expect(missingParts({ composer: true })).toEqual([]);
    expect(missingParts({ composer: true, send: true })).toEqual([]);
  });
});

describe('parseSiteHealth', () => {
  it('accepts only consistent, known states', () => {
    expect(parseSiteHealth({ state: 'ok', missing: [] })).toEqual({ state: 'ok', missing: [] });
    expect(parseSiteHealth({ state: 'degraded', missing: ['composer', 'composer'] })).toEqual({ state: 'degraded', missing: ['composer'] });
    expect(parseSiteHealth({ state: 'degraded', missing: [] })).toBeUndefined();
    expect(parseSiteHealth({ state: 'ok', missing: ['send'] })).toBeUndefined();
    expect(parseSiteHealth({ state: 'degraded', missing: ['the text the user typed'] })).toBeUndefined();
    expect(parseSiteHealth({ state: 'broken', missing: [] })).toBeUndefined();
    expect(parseSiteHealth(null)).toBeUndefined();
  });
});

describe('parseSiteHealthRecord', () => {
  it('needs a host and a time besides the health', () => {
    expect(parseSiteHealthRecord({ state: 'ok', missing: [], host: 'claude.ai', at: 5 })).toEqual({ state: 'ok', missing: [], host: 'claude.ai', at: 5 });
    expect(parseSiteHealthRecord({ state: 'ok', missing: [] })).toBeUndefined();
    expect(parseSiteHealthRecord({ state: 'ok', missing: [], host: '', at: 5 })).toBeUndefined();
    expect(parseSiteHealthRecord({ state: 'ok', missing: [], host: 'claude.ai', at: Number.NaN })).toBeUndefined();
  });
});

describe('health monitor', () => {
  let probe: HealthProbe;
  let reports: SiteHealth[];
  beforeEach(() => {
    vi.useFakeTimers();
    probe = { composer: false };
    reports = [];
  });
  afterEach(() => vi.useRealTimers());

  const start = () =>
    createHealthMonitor({
      probe: () => probe,
      report: (health) => reports.push(health),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    });

  it('reports ok at once when the composer is there', () => {
    probe = { composer: true };
    start().check();
    expect(reports).toEqual([{ state: 'ok', missing: [] }]);
  });

  it('reports degraded only after the composer stayed missing for the grace period', () => {
    const monitor = start();
    monitor.check();
    vi.advanceTimersByTime(HEALTH_GRACE_MS - 1);
    monitor.check();
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports).toEqual([{ state: 'degraded', missing: ['composer'] }]);
    monitor.check();
    vi.advanceTimersByTime(HEALTH_GRACE_MS * 2);
    expect(reports).toHaveLength(1);
  });

  it('does not report a composer that appears within the grace period (page still rendering)', () => {
    const monitor = start();
    monitor.check();
    vi.advanceTimersByTime(1_000);
    probe = { composer: true };
    monitor.check();
    vi.advanceTimersByTime(HEALTH_GRACE_MS * 2);
    expect(reports).toEqual([{ state: 'ok', missing: [] }]);
  });

  it('recovers to ok, then notices a composer that went away for good', () => {
    const monitor = start();
    monitor.check();
    vi.advanceTimersByTime(HEALTH_GRACE_MS);
    probe = { composer: true };
    monitor.check();
    probe = { composer: false };
    monitor.check();
    vi.advanceTimersByTime(HEALTH_GRACE_MS);
    expect(reports.map((r) => r.state)).toEqual(['degraded', 'ok', 'degraded']);
  });

  it('reports a missing send control when text is typed and nothing can send it', () => {
    probe = { composer: true, send: false };
    const monitor = start();
    monitor.check();
    vi.advanceTimersByTime(HEALTH_GRACE_MS);
    expect(reports).toEqual([{ state: 'degraded', missing: ['send'] }]);
  });

  it('re-evaluates when what is missing changed during the grace period', () => {
    const monitor = start();
    monitor.check();
    probe = { composer: true, send: false };
    vi.advanceTimersByTime(HEALTH_GRACE_MS);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(HEALTH_GRACE_MS);
    expect(reports).toEqual([{ state: 'degraded', missing: ['send'] }]);
  });

  it('stops reporting when stopped', () => {
    const monitor = start();
    monitor.check();
    monitor.stop();
    vi.advanceTimersByTime(HEALTH_GRACE_MS * 2);
    monitor.check();
    expect(reports).toEqual([]);
  });
});
