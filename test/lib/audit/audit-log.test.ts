import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, recordHash } from '../../../lib/audit/audit-chain.ts';
import { createAuditLog, retentionCap } from '../../../lib/audit/audit-log.ts';
import { DEFAULT_AUDIT_MAX_RECORDS } from '../../../lib/settings/user-settings.ts';
import { entry, memoryAuditStore } from './audit-fixtures.ts';

async function filled(count: number, maxRecords = 100) {
  const store = memoryAuditStore();
  let cap = maxRecords;
  const log = createAuditLog({ store, maxRecords: () => cap });
  for (let n = 1; n <= count; n += 1) await log.append(entry(n));
  return { store, log, setCap: (value: number) => (cap = value) };
}

describe('audit log', () => {
  it('appends a gap-free chain starting from the genesis hash', async () => {
    const { store, log } = await filled(3);
    const records = await store.all();
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(records[0]!.prevHash).toBe(GENESIS_HASH);
    expect(records[1]!.prevHash).toBe(records[0]!.hash);
    expect(store.state).toEqual({ anchor: { seq: 1, prevHash: GENESIS_HASH }, head: { seq: 3, hash: records[2]!.hash } });
    expect(await log.verify()).toMatchObject({ ok: true, checked: 3 });
  });

  it('lists newest first, at most the limit', async () => {
    const { log } = await filled(5);
    expect((await log.list(2)).map((r) => r.seq)).toEqual([5, 4]);
    expect(await log.list(0)).toEqual([]);
  });

  it('serializes concurrent appends: no seq is taken twice and the chain holds', async () => {
    const store = memoryAuditStore();
    const log = createAuditLog({ store, maxRecords: async () => 100 });
    const records = await Promise.all(Array.from({ length: 20 }, (_, n) => log.append(entry(n))));
    expect(records.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    expect(await log.verify()).toMatchObject({ ok: true, checked: 20 });
  });

  it('retention keeps the newest maxRecords, moves the anchor and still verifies', async () => {
    const { store, log } = await filled(12, 5);
    const records = await store.all();
    expect(records.map((r) => r.seq)).toEqual([8, 9, 10, 11, 12]);
    expect(store.state!.anchor).toEqual({ seq: 8, prevHash: records[0]!.prevHash });
    expect(await log.verify()).toEqual({ ok: true, checked: 5, reason: 'all 5 records are intact' });
  });

  it('a lowered cap drops many at once; a cap of 1 keeps only the newest', async () => {
    const { store, log, setCap } = await filled(10, 100);
    setCap(1);
    await log.append(entry(11));
    expect([...store.records.keys()]).toEqual([11]);
    expect(await log.verify()).toMatchObject({ ok: true, checked: 1 });
  });

  it('after retention, an edited, removed or reordered record in the middle is still found', async () => {
    const { store, log } = await filled(12, 6);
    const nine = store.records.get(9)!;
    store.records.set(9, { ...nine, categories: ['pii'] });
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 9 });

    store.records.set(9, nine);
    store.records.delete(10);
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 10, reason: 'record 10 is missing' });
  });

  it('removing the oldest kept record (without moving the anchor) or the newest is found', async () => {
    const { store, log } = await filled(8, 5);
    const first = store.state!.anchor.seq;
    const saved = store.records.get(first)!;
    store.records.delete(first);
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: first, reason: `record ${first} is missing` });
    store.records.set(first, saved);
    store.records.delete(8);
    expect(await log.verify()).toMatchObject({ ok: false, reason: 'records after 7 are missing' });
  });

  it('two records swapped in place (each taking the other\'s key, so its seq) are found at the first', async () => {
    const { store, log } = await filled(6, 100);
    const three = store.records.get(3)!;
    const four = store.records.get(4)!;
    // The store is keyed by seq: a swap moves each record's content under the other's seq.
    store.records.set(3, { ...four, seq: 3 });
    store.records.set(4, { ...three, seq: 4 });
    const result = await log.verify();
    expect(result.ok).toBe(false);
    expect(result.brokenAt).toBe(3);
  });

  it('appending after a damaged first-kept record leaves the chain failing until retention moves past it', async () => {
    const { store, log } = await filled(5, 5);
    store.records.delete(2);
    await log.append(entry(6)); // keeps 2..6; record 2 is gone, so the anchor cannot be vouched for
    expect(await log.verify()).toMatchObject({ ok: false });
    await log.append(entry(7)); // keeps 3..7 with record 3's own prevHash
    expect(await log.verify()).toMatchObject({ ok: true, checked: 5 });
  });

  it('retentionCap repairs a damaged setting', () => {
    expect(retentionCap(50)).toBe(50);
    for (const bad of [0, -1, 1.5, '100', undefined, Number.NaN]) expect(retentionCap(bad)).toBe(DEFAULT_AUDIT_MAX_RECORDS);
  });

  it('snapshot returns the records oldest first with the chain state', async () => {
    const { log } = await filled(3);
    const { records, state } = await log.snapshot();
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(state.head?.hash).toBe(recordHash(records[2]!));
  });
});
