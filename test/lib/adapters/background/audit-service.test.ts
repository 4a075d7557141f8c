import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbAudit, openAuditDatabase } from '../../../../lib/adapters/background/audit-store-idb.ts';
import { createAuditService } from '../../../../lib/adapters/background/audit-service.ts';
import type { AuditSettings } from '../../../../lib/settings/user-settings.ts';
import { summary } from '../../../support/verdict-fixtures.ts';

let databases = 0;

function setup(audit: AuditSettings) {
  const name = `rampart-audit-service-${(databases += 1)}`;
  const posts: string[] = [];
  const service = createAuditService({
    settings: async () => ({ audit }),
    profile: async () => ({ id: 'standard', version: 2 }),
    extensionVersion: '0.1.0',
    storage: createIdbAudit((onTerminated) => openAuditDatabase(name, onTerminated)),
    post: async (_url, _headers, body) => {
      posts.push(body);
      return { status: 200 };
    },
  });
  const call = (type: string, body: Record<string, unknown> = {}) => service.routes.find((route) => route.type === type)!.handle({ type, ...body }, { id: 'ext', url: 'https://chatgpt.com/', tabId: 1 });
  return { service, posts, call };
}

describe('audit service (background wiring)', () => {
  it('records verdicts by scope, keeps the cap, lists, verifies and exports through its routes', async () => {
    const { service, call, posts } = setup({ scope: 'decisions', maxRecords: 2 });
    for (const [at, action] of [[1, 'block'], [2, 'allow'], [3, 'warn'], [4, 'redact']] as const) {
      service.onVerdict({ summary: summary(action, { at }), site: 'chatgpt.com', direction: 'inbound', tabId: 1 });
    }
    await service.recorder.idle();
    const listed = await call('page:audit-list', { limit: 10 });
    expect(listed.ok && (listed.value as Array<{ seq: number; action: string }>).map((r) => [r.seq, r.action])).toEqual([[3, 'redact'], [2, 'warn']]);
    expect(await call('page:audit-verify')).toEqual({ ok: true, value: { ok: true, checked: 2, reason: 'all 2 records are intact' } });
    const exported = await call('page:audit-export', { format: 'jsonl' });
    expect(exported.ok && (exported.value as { text: string }).text.trim().split('\n')).toHaveLength(2);
    // No collector configured: nothing forwarded.
    expect(await call('page:audit-forwarding')).toEqual({ ok: true, value: { configured: false, sent: 0, dropped: 0, pending: 0 } });
    expect(posts).toHaveLength(0);
  });

  it('with a collector, queues the records for it', async () => {
    const { service, call } = setup({ scope: 'all', maxRecords: 100, collector: { url: 'https://collector.example/v1/logs', headers: {} } });
    service.onVerdict({ summary: summary('allow'), site: 'chatgpt.com', direction: 'inbound', tabId: 1 });
    await service.recorder.idle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await call('page:audit-forwarding')).toMatchObject({ ok: true, value: { configured: true, pending: 1 } });
  });
});
