import { describe, expect, it, vi } from 'vitest';
import { createAuditLog } from '../../../lib/audit/audit-log.ts';
import { createAuditRecorder, inAuditScope, type AuditRecorderDeps } from '../../../lib/audit/audit-recorder.ts';
import type { AuditRecord } from '../../../lib/audit/audit-record.ts';
import type { VerdictEvent } from '../../../lib/messaging/message-handler.ts';
import type { AuditSettings } from '../../../lib/settings/user-settings.ts';
import { summary } from '../../support/verdict-fixtures.ts';
import { memoryAuditStore } from './audit-fixtures.ts';

function setup(audit: Partial<AuditSettings> = {}, overrides: Partial<AuditRecorderDeps> = {}) {
  const store = memoryAuditStore();
  const log = createAuditLog({ store, maxRecords: () => 100 });
  const forwarded: AuditRecord[] = [];
  const errors: unknown[] = [];
  const recorder = createAuditRecorder({
    log,
    settings: async () => ({ audit: { scope: 'decisions', maxRecords: 100, ...audit } }),
    profile: async () => ({ id: 'standard', version: 2 }),
    models: () => [{ id: 'prompt-guard', version: '1.0.0', role: 'active', state: 'ready' }],
    extensionVersion: '0.1.0',
    forwarder: { enqueue: async (record) => void forwarded.push(record) },
    now: () => 99,
    onError: (error) => errors.push(error),
    ...overrides,
  });
  return { store, log, recorder, forwarded, errors };
}

const event = (action: 'allow' | 'warn' | 'block', overrides: Partial<VerdictEvent['summary']> = {}): VerdictEvent => {
  const verdict = summary(action, overrides);
  return { summary: verdict, site: 'chatgpt.com', direction: verdict.direction, tabId: 3 };
};

describe('audit recorder', () => {
  it('scope decisions: records what was not allowed, with policy, model and extension versions', async () => {
    const h = setup();
    h.recorder.onVerdict(event('allow'));
    h.recorder.onVerdict(event('block', { at: 7 }));
    await h.recorder.idle();
    const records = await h.store.all();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ seq: 1, at: 7, site: 'chatgpt.com', action: 'block', categories: ['oversize'], ruleIds: ['size/over-limit'], profile: 'standard@2', models: ['prompt-guard@1.0.0'], extension: '0.1.0' });
    expect(h.forwarded.map((r) => r.seq)).toEqual([1]);
  });

  it('scope all: every full scan', async () => {
    const h = setup({ scope: 'all' });
    h.recorder.onVerdict(event('allow'));
    h.recorder.onVerdict(event('warn'));
    await h.recorder.idle();
    expect((await h.store.all()).map((r) => r.action)).toEqual(['allow', 'warn']);
    expect(inAuditScope('decisions', 'allow')).toBe(false);
    expect(inAuditScope('decisions', 'redact')).toBe(true);
  });

  it('a verdict made under another profile than the current one keeps its id, without a version it cannot vouch for', async () => {
    const h = setup();
    h.recorder.onVerdict(event('block', { profileId: 'strict' }));
    await h.recorder.idle();
    expect((await h.store.all())[0]!.profile).toBe('strict');
  });

  it('overrides and protection changes are always recorded, whatever the scope', async () => {
    const h = setup();
    await h.recorder.recordOverride({ kind: 'send-anyway', verdictAt: 5, categories: ['pii'], ruleIds: ['pii/email'], action: 'warn' }, 'claude.ai');
    await h.recorder.recordProtection('kids-disabled');
    const records = await h.store.all();
    expect(records[0]).toMatchObject({ at: 99, override: 'send-anyway', verdictAt: 5, site: 'claude.ai', direction: 'inbound', action: 'warn' });
    expect(records[1]).toMatchObject({ override: 'kids-disabled', site: '', categories: [] });
    expect(records[1]).not.toHaveProperty('direction');
  });

  it('a failing settings read or log never throws into the scan; the error is reported', async () => {
    const h = setup({}, { settings: () => Promise.reject(new Error('storage')) });
    expect(() => h.recorder.onVerdict(event('block'))).not.toThrow();
    await h.recorder.idle();
    expect(h.errors).toHaveLength(1);
    const broken = setup({}, { log: { append: vi.fn(() => Promise.reject(new Error('idb'))) } });
    broken.recorder.onVerdict(event('block'));
    await broken.recorder.idle();
    expect(broken.errors).toHaveLength(1);
    expect(broken.forwarded).toHaveLength(0);
  });
});
