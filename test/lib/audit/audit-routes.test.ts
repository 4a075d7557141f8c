import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../lib/audit/audit-log.ts';
import { createAuditRecorder } from '../../../lib/audit/audit-recorder.ts';
import { auditRoutes, MAX_AUDIT_LIST, type AuditRouteDeps } from '../../../lib/audit/audit-routes.ts';
import { routeTable } from '../../../lib/messaging/message-route.ts';
import type { SenderInfo } from '../../../lib/messaging/sender-check.ts';
import { entry, memoryAuditStore } from './audit-fixtures.ts';

const page: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const tab: SenderInfo = { id: 'ext', url: 'https://chatgpt.com/c/123?q=secret', tabId: 4 };

async function setup(count: number, overrides: Partial<AuditRouteDeps> = {}) {
  const store = memoryAuditStore();
  const log = createAuditLog({ store, maxRecords: () => 100 });
  for (let n = 1; n <= count; n += 1) await log.append(entry(n));
  const recorder = createAuditRecorder({
    log,
    settings: async () => ({ audit: { scope: 'decisions', maxRecords: 100 } }),
    profile: async () => ({ id: 'standard', version: 2 }),
    extensionVersion: '0.1.0',
    now: () => Date.UTC(2025, 5, 1),
  });
  const routes = routeTable(auditRoutes({ log, recorder, now: () => Date.UTC(2025, 5, 1, 12), ...overrides }));
  const call = (type: string, body: Record<string, unknown> = {}, sender: SenderInfo = page) => routes.get(type)!.handle({ type, ...body }, sender);
  return { store, log, call };
}

describe('audit routes', () => {
  it('page:audit-list: newest first, limit 1..500 (default 100)', async () => {
    const h = await setup(3);
    const listed = await h.call('page:audit-list', { limit: 2 });
    expect(listed.ok && (listed.value as Array<{ seq: number }>).map((r) => r.seq)).toEqual([3, 2]);
    expect((await h.call('page:audit-list')).ok).toBe(true);
    for (const limit of [0, MAX_AUDIT_LIST + 1, 1.5, '10']) expect(await h.call('page:audit-list', { limit })).toEqual({ ok: false, error: 'page:audit-list limit must be a whole number from 1 to 500' });
  });

  it('page:audit-export: JSONL or CSV with a dated file name; an admin can turn it off', async () => {
    const h = await setup(2);
    const jsonl = await h.call('page:audit-export', { format: 'jsonl' });
    expect(jsonl).toMatchObject({ ok: true, value: { filename: 'rampart-audit-2025-06-01.jsonl' } });
    const csv = await h.call('page:audit-export', { format: 'csv' });
    expect(csv.ok && (csv.value as { text: string }).text.split('\r\n')).toHaveLength(4);
    expect((await h.call('page:audit-export', { format: 'xml' })).ok).toBe(false);
    const locked = await setup(1, { canExport: async () => false });
    expect(await locked.call('page:audit-export', { format: 'jsonl' })).toEqual({ ok: false, error: 'exporting the audit log is turned off by your organization' });
  });

  it('page:audit-verify: the device log, or an exported file (tampering found at its seq)', async () => {
    const h = await setup(4);
    expect(await h.call('page:audit-verify')).toEqual({ ok: true, value: { ok: true, checked: 4, reason: 'all 4 records are intact' } });
    const exported = await h.call('page:audit-export', { format: 'jsonl' });
    const text = exported.ok ? (exported.value as { text: string }).text : '';
    expect(await h.call('page:audit-verify', { jsonl: text })).toMatchObject({ ok: true, value: { ok: true, checked: 4 } });
    const tampered = text.replace('"site":"chatgpt.com","direction":"inbound","action":"block","categories":["secrets"],"ruleIds":["secrets/rule-3"]', '"site":"chatgpt.com","direction":"inbound","action":"block","categories":["secrets"],"ruleIds":["secrets/rule-x"]');
    expect(tampered).not.toBe(text);
    expect(await h.call('page:audit-verify', { jsonl: tampered })).toMatchObject({ ok: true, value: { ok: false, brokenAt: 3 } });
    expect(await h.call('page:audit-verify', { jsonl: 42 })).toMatchObject({ ok: false });
    expect(await h.call('page:audit-verify', { jsonl: 'garbage' })).toEqual({ ok: false, error: 'line 1 is not JSON' });
    // The stored log itself, edited in place.
    h.store.records.set(2, { ...h.store.records.get(2)!, action: 'allow' });
    expect(await h.call('page:audit-verify')).toMatchObject({ ok: true, value: { ok: false, brokenAt: 2 } });
  });

  it('page:audit-forwarding: the forwarder status, or "not configured" without one', async () => {
    const h = await setup(0);
    expect(await h.call('page:audit-forwarding')).toEqual({ ok: true, value: { configured: false, sent: 0, dropped: 0, pending: 0 } });
    const status = { configured: true, sent: 3, dropped: 1, pending: 2, lastError: 'HTTP 503 (retrying)' };
    const forwarding = await setup(0, { forwarder: { status: async () => status } });
    expect(await forwarding.call('page:audit-forwarding')).toEqual({ ok: true, value: status });
  });

  it('tab:override: validated, recorded with the host only', async () => {
    const h = await setup(1);
    const answer = await h.call('tab:override', { kind: 'send-anyway', verdictAt: 5, categories: ['pii'], ruleIds: ['pii/email'], action: 'warn' }, tab);
    expect(answer).toEqual({ ok: true, value: { seq: 2 } });
    const record = h.store.records.get(2)!;
    expect(record).toMatchObject({ site: 'chatgpt.com', override: 'send-anyway', verdictAt: 5 });
    expect(JSON.stringify(record)).not.toContain('secret');
    expect(await h.call('tab:override', { kind: 'send-anyway', verdictAt: 'x', categories: [], ruleIds: [] }, tab)).toEqual({ ok: false, error: 'tab:override needs verdictAt (milliseconds)' });
    expect(h.store.records.size).toBe(2);
  });
});
