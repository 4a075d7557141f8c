import { isAction } from '../core/action.ts';
import { isCategory } from '../core/category.ts';
import { isDirection } from '../core/direction.ts';
import { err, ok, type Result } from '../core/result.ts';
import { AUDIT_FIELDS, isAuditOverride, type AuditRecord } from './audit-record.ts';

/**
 * The audit log as a file: JSONL (one record per line, every field as stored, so the file can be
 * verified on its own: parseAuditJsonl + verifyChain) and CSV for spreadsheets (RFC 4180, made
 * safe to open in one). Only the declared fields are written, in a fixed order.
 */
export type AuditExportFormat = 'jsonl' | 'csv';
export const AUDIT_EXPORT_FORMATS: readonly AuditExportFormat[] = ['jsonl', 'csv'];

/** `rampart-audit-2025-03-14.jsonl`, the date in UTC (the records' times are UTC too). */
export function auditExportFilename(format: AuditExportFormat, at: number): string {
  return `rampart-audit-${new Date(at).toISOString().slice(0, 10)}.${format}`;
}

/** The record with exactly the declared fields, in export order (undefined ones left out). */
function declared(record: AuditRecord): Partial<AuditRecord> {
  const out: Record<string, unknown> = {};
  for (const field of AUDIT_FIELDS) if (record[field] !== undefined) out[field] = record[field];
  return out as Partial<AuditRecord>;
}

export function auditJsonl(records: readonly AuditRecord[]): string {
  return records.map((record) => `${JSON.stringify(declared(record))}\n`).join('');
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return, which some
 * strip first) as a formula: such a cell gets a leading apostrophe, shown as text (OWASP
 * "CSV injection"). Host names and rule ids come partly from pages and users, so every text cell
 * is treated this way.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Lists joined with a space (no commas: fewer quoted cells), times also as ISO text for people. */
function csvValue(record: AuditRecord, field: (typeof AUDIT_FIELDS)[number]): string {
  const value = record[field];
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

/** RFC 4180: CRLF line ends, a header row, quotes doubled inside quoted cells. */
export function auditCsv(records: readonly AuditRecord[]): string {
  const header = ['time', ...AUDIT_FIELDS];
  const rows = records.map((record) => [new Date(record.at).toISOString(), ...AUDIT_FIELDS.map((field) => csvValue(record, field))]);
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isHex64 = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/**
 * A JSONL export read back for verification. Each line must be a record of the declared shape;
 * the first line that is not says which. A well-formed record whose content was edited parses
 * fine — catching that is verifyChain's job, with the seq it happened at.
 */
export function parseAuditJsonl(text: string): Result<AuditRecord[]> {
  const records: AuditRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return err(`line ${index + 1} is not JSON`);
    }
    const record = value as Partial<Record<keyof AuditRecord, unknown>> | null;
    if (
      typeof record !== 'object' || record === null || Array.isArray(record) ||
      !Number.isSafeInteger(record.seq) || typeof record.at !== 'number' || typeof record.site !== 'string' ||
      (record.direction !== undefined && !isDirection(record.direction)) ||
      (record.action !== undefined && !isAction(record.action)) ||
      (record.override !== undefined && !isAuditOverride(record.override)) ||
      !Array.isArray(record.categories) || !record.categories.every(isCategory) ||
      !isStringList(record.ruleIds) || !isStringList(record.models) ||
      typeof record.profile !== 'string' || typeof record.extension !== 'string' ||
      !isHex64(record.hash) || typeof record.prevHash !== 'string'
    ) {
      return err(`line ${index + 1} is not an audit record`);
    }
    records.push(record as AuditRecord);
  }
  return ok(records);
}
