import { err, ok, type Result } from '../core/result.ts';
import type { MessageRoute } from '../messaging/message-route.ts';
import { verifyChain, type ChainVerification } from './audit-chain.ts';
import { AUDIT_EXPORT_FORMATS, auditCsv, auditExportFilename, auditJsonl, parseAuditJsonl, type AuditExportFormat } from './audit-export.ts';
import type { AuditForwarder, ForwardingStatus } from './audit-forwarder.ts';
import type { AuditLog } from './audit-log.ts';
import type { AuditRecorder } from './audit-recorder.ts';
import { parseOverrideReport } from './override-report.ts';

/** page:audit-list answers at most this many records (the options page pages through no more). */
export const MAX_AUDIT_LIST = 500;
export const DEFAULT_AUDIT_LIST = 100;
/** An exported file to verify is read up to this size (a full log of 10,000 records is ~5 MB). */
export const MAX_VERIFY_CHARS = 32 * 1024 * 1024;

export interface AuditRouteDeps {
  log: Pick<AuditLog, 'list' | 'snapshot' | 'verify'>;
  recorder: Pick<AuditRecorder, 'recordOverride'>;
  forwarder?: Pick<AuditForwarder, 'status'>;
  now: () => number;
  /** False when the admin turned the audit export off (managed disabledFeatures `auditExport`). */
  canExport?: () => Promise<boolean>;
}

const NOT_FORWARDING: ForwardingStatus = { configured: false, sent: 0, dropped: 0, pending: 0 };

/**
 * The audit log's messages: the options page lists, exports and verifies it and shows the
 * forwarding status (`page:*`); a content script reports the user's choices past a verdict
 * (`tab:override`). Every body is checked here; a bad one is an error result, never a throw.
 */
export function auditRoutes(deps: AuditRouteDeps): MessageRoute[] {
  return [
    {
      type: 'page:audit-list',
      async handle(body) {
        const limit = body.limit ?? DEFAULT_AUDIT_LIST;
        if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1 || limit > MAX_AUDIT_LIST) {
          return err(`page:audit-list limit must be a whole number from 1 to ${MAX_AUDIT_LIST}`);
        }
        return ok(await deps.log.list(limit));
      },
    },
    {
      type: 'page:audit-export',
      async handle(body) {
        const format = body.format;
        if (!AUDIT_EXPORT_FORMATS.includes(format as AuditExportFormat)) return err(`page:audit-export format must be ${AUDIT_EXPORT_FORMATS.join(' or ')}`);
        if (deps.canExport && !(await deps.canExport())) return err('exporting the audit log is turned off by your organization');
        const { records } = await deps.log.snapshot();
        const text = format === 'csv' ? auditCsv(records) : auditJsonl(records);
        return ok({ text, filename: auditExportFilename(format as AuditExportFormat, deps.now()) });
      },
    },
    {
      // No body: the device's own log against its stored anchor. `{ jsonl }`: an exported file, on its own.
      type: 'page:audit-verify',
      async handle(body): Promise<Result<ChainVerification>> {
        if (body.jsonl === undefined) return ok(await deps.log.verify());
        if (typeof body.jsonl !== 'string') return err('page:audit-verify jsonl must be the text of an exported file');
        if (body.jsonl.length > MAX_VERIFY_CHARS) return err('the file is too large to verify here');
        const records = parseAuditJsonl(body.jsonl);
        return records.ok ? ok(verifyChain(records.value)) : records;
      },
    },
    {
      type: 'page:audit-forwarding',
      async handle() {
        return ok(deps.forwarder ? await deps.forwarder.status() : NOT_FORWARDING);
      },
    },
    {
      type: 'tab:override',
      async handle(body, sender) {
        const report = parseOverrideReport(body);
        if (!report.ok) return report;
        // The sender check vouched for the URL of a checked site; only its host is kept.
        const site = sender.url ? new URL(sender.url).hostname : '';
        const record = await deps.recorder.recordOverride(report.value, site);
        return ok({ seq: record.seq });
      },
    },
  ];
}
