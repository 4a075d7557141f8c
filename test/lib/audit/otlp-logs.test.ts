import { describe, expect, it } from 'vitest';
import { chainRecord, GENESIS_HASH } from '../../../lib/audit/audit-chain.ts';
import { logBody, otlpLogRecord, otlpLogsPayload, severityOf, unixNanos } from '../../../lib/audit/otlp-logs.ts';
import { entry } from './audit-fixtures.ts';

const block = chainRecord(entry(1), 1, GENESIS_HASH);
const override = chainRecord(entry(2, { override: 'send-anyway', action: 'warn', verdictAt: 1_700_000_001_500, direction: 'inbound' }), 2, block.hash);

describe('OTLP/HTTP JSON logs', () => {
  it('builds resourceLogs → scopeLogs → logRecords with the service resource', () => {
    const payload = otlpLogsPayload([block, override], '0.1.0', 1_700_000_100_000);
    expect(payload.resourceLogs).toHaveLength(1);
    const [resourceLogs] = payload.resourceLogs;
    expect(resourceLogs!.resource.attributes).toEqual([
      { key: 'service.name', value: { stringValue: 'rampart' } },
      { key: 'service.version', value: { stringValue: '0.1.0' } },
    ]);
    expect(resourceLogs!.scopeLogs[0]!.scope).toEqual({ name: 'rampart.audit', version: '0.1.0' });
    expect(resourceLogs!.scopeLogs[0]!.logRecords).toHaveLength(2);
    // Survives JSON (what is sent) unchanged: no bigint, no undefined.
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });

  it('times are nanosecond strings (past 2^53), integers are strings, lists are arrayValues', () => {
    const record = otlpLogRecord(block, 1_700_000_100_000);
    expect(record.timeUnixNano).toBe('1700000001000000000');
    expect(record.observedTimeUnixNano).toBe('1700000100000000000');
    expect(unixNanos(1.9)).toBe('1000000');
    const attribute = (key: string) => record.attributes.find((a) => a.key === key)?.value;
    expect(attribute('rampart.seq')).toEqual({ intValue: '1' });
    expect(attribute('rampart.categories')).toEqual({ arrayValue: { values: [{ stringValue: 'secrets' }] } });
    expect(attribute('rampart.action')).toEqual({ stringValue: 'block' });
    expect(attribute('rampart.hash')).toEqual({ stringValue: block.hash });
    expect(attribute('event.name')).toEqual({ stringValue: 'rampart.verdict' });
    expect(attribute('rampart.override')).toBeUndefined();
    const overrideRecord = otlpLogRecord(override, 0);
    expect(overrideRecord.attributes.find((a) => a.key === 'rampart.override')?.value).toEqual({ stringValue: 'send-anyway' });
    expect(overrideRecord.attributes.find((a) => a.key === 'rampart.verdict_time_ms')?.value).toEqual({ intValue: '1700000001500' });
  });

  it('severity follows the action; a user override is WARN2', () => {
    expect(severityOf({ action: 'allow' })).toEqual({ severityNumber: 9, severityText: 'INFO' });
    expect(severityOf({ action: 'redact' })).toEqual({ severityNumber: 10, severityText: 'INFO2' });
    expect(severityOf({ action: 'warn' })).toEqual({ severityNumber: 13, severityText: 'WARN' });
    expect(severityOf({ action: 'block' })).toEqual({ severityNumber: 17, severityText: 'ERROR' });
    expect(severityOf({ action: 'block', override: 'load-anyway' })).toEqual({ severityNumber: 14, severityText: 'WARN2' });
    expect(severityOf({ override: 'kids-disabled' })).toEqual({ severityNumber: 14, severityText: 'WARN2' });
  });

  it('the body is a one-line summary from the record fields', () => {
    expect(logBody(block)).toBe('block inbound on chatgpt.com: secrets (secrets/rule-1)');
    expect(logBody(override)).toBe('send-anyway past warn inbound on chatgpt.com: secrets (secrets/rule-2)');
    expect(logBody(chainRecord({ ...entry(3), site: '', direction: undefined, action: undefined, override: 'kids-disabled', categories: [], ruleIds: [] }, 3, GENESIS_HASH))).toBe('kids-disabled');
  });
});
