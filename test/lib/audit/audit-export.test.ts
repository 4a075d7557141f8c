import { describe, expect, it } from 'vitest';
import { chainRecord, GENESIS_HASH, verifyChain } from '../../../lib/audit/audit-chain.ts';
import { auditCsv, auditExportFilename, auditJsonl, csvCell, parseAuditJsonl } from '../../../lib/audit/audit-export.ts';
import { createAuditLog } from '../../../lib/audit/audit-log.ts';
import type { AuditRecord } from '../../../lib/audit/audit-record.ts';
import { entry, memoryAuditStore } from './audit-fixtures.ts';

async function exported(count: number, maxRecords = 100): Promise<AuditRecord[]> {
  const log = createAuditLog({ store: memoryAuditStore(), maxRecords: () => maxRecords });
  for (let n = 1; n <= count; n += 1) await log.append(entry(n, n === 2 ? { override: 'send-anyway', verdictAt: 1_700_000_000_500, action: 'warn' } : {}));
  return (await log.snapshot()).records;
}

describe('audit export', () => {
  it('names files rampart-audit-YYYY-MM-DD.<format> (UTC)', () => {
    expect(auditExportFilename('jsonl', Date.UTC(2025, 2, 14, 23, 59))).toBe('rampart-audit-2025-03-14.jsonl');
    expect(auditExportFilename('csv', Date.UTC(2025, 0, 1))).toBe('rampart-audit-2025-01-01.csv');
  });

  it('JSONL: one record per line, round-trips, and verifies on its own', async () => {
    const records = await exported(4);
    const text = auditJsonl(records);
    expect(text.split('\n')).toHaveLength(5);
    const parsed = parseAuditJsonl(text);
    expect(parsed).toEqual({ ok: true, value: records });
    expect(verifyChain(parsed.ok ? parsed.value : [])).toMatchObject({ ok: true, checked: 4 });
  });

  it('export → tamper one field → verify finds it at the right seq', async () => {
    const records = await exported(6);
    const lines = auditJsonl(records).split('\n');
    // A person "cleans up" record 4: the block becomes an allow, in the file's own text.
    lines[3] = lines[3]!.replace('"action":"block"', '"action":"allow"');
    expect(lines[3]).toContain('"seq":4');
    const parsed = parseAuditJsonl(lines.join('\n'));
    expect(parsed.ok).toBe(true);
    expect(verifyChain(parsed.ok ? parsed.value : [])).toMatchObject({ ok: false, brokenAt: 4, checked: 3, reason: 'record 4 was changed after it was written' });
  });

  it('export → drop or reorder lines → verify finds it', async () => {
    const lines = auditJsonl(await exported(5)).trimEnd().split('\n');
    const dropped = parseAuditJsonl([...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
    expect(verifyChain(dropped.ok ? dropped.value : [])).toMatchObject({ ok: false, brokenAt: 3 });
    const swapped = parseAuditJsonl([lines[0], lines[2], lines[1], lines[3], lines[4]].join('\n'));
    expect(verifyChain(swapped.ok ? swapped.value : [])).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('rejects a file that is not a log, saying which line', () => {
    expect(parseAuditJsonl('{"seq":1}\n')).toEqual({ ok: false, error: 'line 1 is not an audit record' });
    expect(parseAuditJsonl('\nnot json')).toEqual({ ok: false, error: 'line 2 is not JSON' });
    expect(parseAuditJsonl('[]')).toEqual({ ok: false, error: 'line 1 is not an audit record' });
    expect(parseAuditJsonl('')).toEqual({ ok: true, value: [] });
  });

  it('writes only the declared fields (a stray field in a stored record does not leave)', () => {
    const record = { ...chainRecord(entry(1), 1, GENESIS_HASH), text: 'should never be here' } as AuditRecord;
    expect(auditJsonl([record])).not.toContain('should never be here');
    expect(auditCsv([record])).not.toContain('should never be here');
  });

  it('CSV: RFC 4180 quoting, CRLF rows, a header, lists space-joined', async () => {
    const records = await exported(2);
    const csv = auditCsv(records);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('time,seq,at,site,direction,action,override,verdictAt,categories,ruleIds,profile,models,extension,prevHash,hash');
    expect(rows[2]).toContain(',send-anyway,1700000000500,secrets,secrets/rule-2,standard@2,prompt-guard@1.0.0,0.1.0,');
    expect(rows).toHaveLength(4); // header, 2 records, the empty string after the last CRLF
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('CSV: cells that a spreadsheet would run as a formula are prefixed with an apostrophe', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(cell).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    const hostile = chainRecord(entry(1, { site: '=cmd|calc', ruleIds: ['@x/y'] }), 1, GENESIS_HASH);
    const row = auditCsv([hostile]).split('\r\n')[1]!;
    expect(row).toContain(",'=cmd|calc,");
    expect(row).toContain(",'@x/y,");
  });
});
