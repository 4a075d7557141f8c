import type { AuditRecord } from './audit-record.ts';

/**
 * Audit records as an OTLP/HTTP JSON logs request (opentelemetry-proto `ExportLogsServiceRequest`,
 * JSON mapping: 64-bit integers as decimal strings, enums as numbers, camelCase field names). One
 * log record per audit record; the body is a one-line summary, every field is also an attribute
 * (`rampart.*`), the chain's hashes included, so a collector holds a copy that can be checked
 * against the device's log. No text: records have none.
 */

export type OtlpAnyValue = { stringValue: string } | { intValue: string } | { arrayValue: { values: OtlpAnyValue[] } };
export interface OtlpKeyValue {
  key: string;
  value: OtlpAnyValue;
}
export interface OtlpLogRecord {
  timeUnixNano: string;
  observedTimeUnixNano: string;
  severityNumber: number;
  severityText: string;
  body: { stringValue: string };
  attributes: OtlpKeyValue[];
}
export interface OtlpLogsPayload {
  resourceLogs: Array<{
    resource: { attributes: OtlpKeyValue[] };
    scopeLogs: Array<{ scope: { name: string; version: string }; logRecords: OtlpLogRecord[] }>;
  }>;
}

/** OpenTelemetry SeverityNumber values: INFO 9, INFO2 10, WARN 13, WARN2 14, ERROR 17. */
export function severityOf(record: Pick<AuditRecord, 'action' | 'override'>): { severityNumber: number; severityText: string } {
  // A person going past a verdict, or switching protection off, is what an admin looks for first
  // after blocks: above a warning, below an error.
  if (record.override) return { severityNumber: 14, severityText: 'WARN2' };
  switch (record.action) {
    case 'block':
      return { severityNumber: 17, severityText: 'ERROR' };
    case 'warn':
      return { severityNumber: 13, severityText: 'WARN' };
    case 'redact':
      return { severityNumber: 10, severityText: 'INFO2' };
    default:
      return { severityNumber: 9, severityText: 'INFO' };
  }
}

const str = (key: string, value: string): OtlpKeyValue => ({ key, value: { stringValue: value } });
const int = (key: string, value: number): OtlpKeyValue => ({ key, value: { intValue: String(Math.trunc(value)) } });
const list = (key: string, values: readonly string[]): OtlpKeyValue => ({ key, value: { arrayValue: { values: values.map((v) => ({ stringValue: v })) } } });

/** Milliseconds → nanoseconds as a decimal string (beyond 2^53, so not through a number). */
export const unixNanos = (ms: number): string => (BigInt(Math.trunc(ms)) * 1_000_000n).toString();

/** "block outbound on chat.example.com: secrets (secrets/aws-key)" — for log views that show only the body. */
export function logBody(record: AuditRecord): string {
  const what = record.override ? `${record.override}${record.action ? ` past ${record.action}` : ''}` : (record.action ?? 'event');
  const where = record.site ? ` on ${record.site}` : '';
  const direction = record.direction ? ` ${record.direction}` : '';
  const why = record.categories.length ? `: ${record.categories.join(', ')}${record.ruleIds.length ? ` (${record.ruleIds.join(', ')})` : ''}` : '';
  return `${what}${direction}${where}${why}`;
}

export function otlpLogRecord(record: AuditRecord, observedAt: number): OtlpLogRecord {
  const attributes: OtlpKeyValue[] = [
    str('event.name', record.override ? 'rampart.override' : 'rampart.verdict'),
    int('rampart.seq', record.seq),
    str('rampart.site', record.site),
    list('rampart.categories', record.categories),
    list('rampart.rule_ids', record.ruleIds),
    str('rampart.profile', record.profile),
    list('rampart.models', record.models),
    str('rampart.extension_version', record.extension),
    str('rampart.prev_hash', record.prevHash),
    str('rampart.hash', record.hash),
  ];
  if (record.direction) attributes.push(str('rampart.direction', record.direction));
  if (record.action) attributes.push(str('rampart.action', record.action));
  if (record.override) attributes.push(str('rampart.override', record.override));
  if (record.verdictAt !== undefined) attributes.push(int('rampart.verdict_time_ms', record.verdictAt));
  return {
    timeUnixNano: unixNanos(record.at),
    observedTimeUnixNano: unixNanos(observedAt),
    ...severityOf(record),
    body: { stringValue: logBody(record) },
    attributes,
  };
}

/** One request for a batch: resource `service.name=rampart`, `service.version`, scope `rampart.audit`. */
export function otlpLogsPayload(records: readonly AuditRecord[], serviceVersion: string, observedAt: number): OtlpLogsPayload {
  return {
    resourceLogs: [
      {
        resource: { attributes: [str('service.name', 'rampart'), str('service.version', serviceVersion)] },
        scopeLogs: [{ scope: { name: 'rampart.audit', version: serviceVersion }, logRecords: records.map((record) => otlpLogRecord(record, observedAt)) }],
      },
    ],
  };
}
