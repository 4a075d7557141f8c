import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainRecord, GENESIS_ANCHOR, GENESIS_HASH, recordHash, verifyChain } from '../../../lib/audit/audit-chain.ts';
import type { AuditRecord } from '../../../lib/audit/audit-record.ts';
import { entry } from './audit-fixtures.ts';

function chain(length: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq += 1) {
    const record = chainRecord(entry(seq), seq, prev);
    records.push(record);
    prev = record.hash;
  }
  return records;
}

describe('audit hash chain', () => {
  it('hashes the canonical JSON: key order does not matter, every field (prevHash and seq included) does', () => {
    const [record] = chain(1);
    const reordered = Object.fromEntries(Object.entries(record!).reverse()) as unknown as AuditRecord;
    expect(recordHash(reordered)).toBe(record!.hash);
    expect(record!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(recordHash({ ...record!, seq: 2 })).not.toBe(record!.hash);
    expect(recordHash({ ...record!, prevHash: '1'.repeat(64) })).not.toBe(record!.hash);
    expect(recordHash({ ...record!, ruleIds: ['secrets/other'] })).not.toBe(record!.hash);
    // A field added to a stored record is a change as well.
    expect(recordHash({ ...record!, note: 'x' } as AuditRecord)).not.toBe(record!.hash);
  });

  it('verifies an intact chain from the genesis anchor, with its head', () => {
    const records = chain(5);
    expect(verifyChain(records, GENESIS_ANCHOR, { seq: 5, hash: records[4]!.hash })).toEqual({ ok: true, checked: 5, reason: 'all 5 records are intact' });
    expect(verifyChain([], GENESIS_ANCHOR)).toMatchObject({ ok: true, checked: 0 });
  });

  it('finds an edited record at its seq', () => {
    const records = chain(5);
    records[2] = { ...records[2]!, action: 'allow' };
    expect(verifyChain(records, GENESIS_ANCHOR)).toMatchObject({ ok: false, checked: 2, brokenAt: 3, reason: 'record 3 was changed after it was written' });
  });

  it('finds a record re-hashed after an edit (the next one no longer follows it)', () => {
    const records = chain(5);
    const edited = { ...records[2]!, site: 'elsewhere.example' };
    records[2] = { ...edited, hash: recordHash(edited) };
    expect(verifyChain(records, GENESIS_ANCHOR)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('finds a removed record, a swapped pair, a removed first record and a removed last one', () => {
    const records = chain(5);
    expect(verifyChain([...records.slice(0, 2), ...records.slice(3)], GENESIS_ANCHOR)).toMatchObject({ ok: false, brokenAt: 3, reason: 'record 3 is missing' });
    expect(verifyChain([records[0]!, records[2]!, records[1]!, records[3]!, records[4]!], GENESIS_ANCHOR)).toMatchObject({ ok: false, brokenAt: 2 });
    expect(verifyChain(records.slice(1), GENESIS_ANCHOR)).toMatchObject({ ok: false, brokenAt: 1 });
    // Without the anchor a cut-off start is indistinguishable from retention; the rest still checks out.
    expect(verifyChain(records.slice(1))).toMatchObject({ ok: true, checked: 4 });
    expect(verifyChain(records.slice(0, 4), GENESIS_ANCHOR, { seq: 5, hash: records[4]!.hash })).toMatchObject({ ok: false, brokenAt: 5, reason: 'records after 4 are missing' });
    expect(verifyChain([], GENESIS_ANCHOR, { seq: 5, hash: records[4]!.hash })).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('a re-anchored chain (records from the middle on) verifies against its own anchor', () => {
    const records = chain(6);
    expect(verifyChain(records.slice(3), { seq: 4, prevHash: records[2]!.hash })).toMatchObject({ ok: true, checked: 3 });
    expect(verifyChain(records.slice(3), { seq: 4, prevHash: records[1]!.hash })).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('any single-field edit anywhere is found at exactly that seq (property)', () => {
    const records = chain(8);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.constantFrom('site', 'action', 'at', 'profile', 'extension'), (index, field) => {
        const changed = records.slice();
        const value = field === 'at' ? records[index]!.at + 1 : field === 'action' ? 'allow' : 'changed';
        changed[index] = { ...records[index]!, [field]: value };
        const result = verifyChain(changed, GENESIS_ANCHOR);
        return !result.ok && result.brokenAt === index + 1;
      }),
    );
  });
});
