import { describe, expect, it } from 'vitest';
import { auditCsv, auditJsonl } from '../../../lib/audit/audit-export.ts';
import { createAuditLog } from '../../../lib/audit/audit-log.ts';
import { createAuditRecorder } from '../../../lib/audit/audit-recorder.ts';
import { AUDIT_FIELDS, AUDIT_OVERRIDES, isAuditOverride } from '../../../lib/audit/audit-record.ts';
import { auditRoutes } from '../../../lib/audit/audit-routes.ts';
import { otlpLogsPayload } from '../../../lib/audit/otlp-logs.ts';
import { overrideReportFor } from '../../../lib/audit/override-report.ts';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import { createMessageHandler } from '../../../lib/messaging/message-handler.ts';
import type { ScanReply } from '../../../lib/messaging/scan-reply.ts';
import { isSupportedSite } from '../../../lib/sites/sites.ts';
import { substringsOf } from '../cache/cache-fixtures.ts';
import { memoryAuditStore } from './audit-fixtures.ts';

const EXT = 'rampart-id';
const SECRET = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const EMAIL = 'maria.lopez@example.org';
const PROMPT = `please deploy with ${SECRET} and mail ${EMAIL} the result`;

describe('audit records', () => {
  it('knows its overrides and its fields', () => {
    for (const override of AUDIT_OVERRIDES) expect(isAuditOverride(override)).toBe(true);
    expect(isAuditOverride('delete-everything')).toBe(false);
    expect(AUDIT_FIELDS).toContain('hash');
    expect(AUDIT_FIELDS).not.toContain('text');
  });

  it('a real scan of a text with a secret and an address leaves none of it in any record, export or OTLP payload', async () => {
    const store = memoryAuditStore();
    const log = createAuditLog({ store, maxRecords: () => 100 });
    const recorder = createAuditRecorder({
      log,
      settings: async () => ({ audit: { scope: 'all', maxRecords: 100 } }),
      profile: async () => ({ id: 'standard', version: 2 }),
      extensionVersion: '0.1.0',
      now: () => 2_000,
    });
    const handle = createMessageHandler({
      pipeline: createPipeline({ detectors: DETECTORS }),
      senderPolicy: { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}`, isSupportedSite },
      loadProfile: async () => 'standard',
      recent: { append: async () => undefined, list: async () => [] },
      now: () => 1_000,
      onVerdict: (event) => recorder.onVerdict(event),
    });
    const sender = { id: EXT, url: `https://chatgpt.com/c/${encodeURIComponent(EMAIL)}?q=${SECRET}`, tabId: 1 };
    const reply = await handle({ type: 'content:scan', text: PROMPT, direction: 'inbound' }, sender);
    expect(reply.ok).toBe(true);
    const verdict = (reply as { value: ScanReply }).value.verdict;
    expect(verdict.action).not.toBe('allow');
    // The user sends it anyway: the override report goes through the route as the content script sends it.
    const [override] = auditRoutes({ log, recorder, now: () => 3_000 }).filter((route) => route.type === 'tab:override');
    expect((await override!.handle({ type: 'tab:override', ...overrideReportFor('send-anyway', verdict) }, sender)).ok).toBe(true);
    await recorder.idle();

    const records = await store.all();
    expect(records).toHaveLength(2);
    expect(records[0]!.categories).toContain('secrets');
    expect(records[0]!.site).toBe('chatgpt.com');
    const everything = [JSON.stringify(records), JSON.stringify(store.state), auditJsonl(records), auditCsv(records), JSON.stringify(otlpLogsPayload(records, '0.1.0', 4_000))].join('\n');
    for (const piece of [...substringsOf(SECRET), ...substringsOf(EMAIL)]) expect(everything).not.toContain(piece);
  });
});
