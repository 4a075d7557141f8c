import { isAction, type Action } from '../core/action.ts';
import { isCategory, type Category } from '../core/category.ts';
import { isDirection, type Direction } from '../core/direction.ts';
import type { ForwardingStatus } from '../audit/audit-forwarder.ts';

/**
 * The audit section's rows and status lines, read from the background's untrusted answers
 * (page:audit-list, page:audit-verify, page:audit-forwarding): a malformed record is skipped, a
 * malformed status is "unknown", never a crash of the page.
 */
export interface AuditRow {
  seq: number;
  at: number;
  site: string;
  direction?: Direction;
  action?: Action;
  override?: string;
  categories: Category[];
  ruleIds: string[];
  profile: string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function readAuditRows(value: unknown): AuditRow[] {
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { records?: unknown }).records) ? (value as { records: unknown[] }).records : [];
  const rows: AuditRow[] = [];
  for (const raw of list) {
    if (typeof raw !== 'object' || raw === null) continue;
    const record = raw as Record<string, unknown>;
    if (typeof record.seq !== 'number' || typeof record.at !== 'number') continue;
    rows.push({
      seq: record.seq,
      at: record.at,
      site: typeof record.site === 'string' ? record.site : '',
      ...(isDirection(record.direction) ? { direction: record.direction } : {}),
      ...(isAction(record.action) ? { action: record.action } : {}),
      ...(typeof record.override === 'string' ? { override: record.override } : {}),
      categories: strings(record.categories).filter(isCategory),
      ruleIds: strings(record.ruleIds),
      profile: typeof record.profile === 'string' ? record.profile : '',
    });
  }
  return rows.sort((a, b) => b.seq - a.seq);
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  brokenAt?: number;
}

export function readChainCheck(value: unknown): ChainCheck | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const check = value as Record<string, unknown>;
  if (typeof check.ok !== 'boolean' || typeof check.checked !== 'number') return undefined;
  return { ok: check.ok, checked: check.checked, ...(typeof check.brokenAt === 'number' ? { brokenAt: check.brokenAt } : {}) };
}

/** What page:audit-forwarding answers (the background's forwarder status). */
export type { ForwardingStatus };

export function readForwardingStatus(value: unknown): ForwardingStatus | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const status = value as Record<string, unknown>;
  if (typeof status.configured !== 'boolean') return undefined;
  const count = (field: unknown) => (typeof field === 'number' && Number.isFinite(field) && field >= 0 ? field : 0);
  return {
    configured: status.configured,
    sent: count(status.sent),
    dropped: count(status.dropped),
    pending: count(status.pending),
    ...(typeof status.lastError === 'string' && status.lastError !== '' ? { lastError: status.lastError } : {}),
  };
}

/** The export's file, from page:audit-export's `{text, filename}`. */
export function readExportFile(value: unknown): { text: string; filename: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const file = value as Record<string, unknown>;
  if (typeof file.text !== 'string' || typeof file.filename !== 'string') return undefined;
  // The name comes from the background, but a download name is still kept to a plain file name.
  const filename = file.filename.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'rampart-audit.txt';
  return { text: file.text, filename };
}
