import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbAudit, openAuditDatabase } from '../../../../lib/adapters/background/audit-store-idb.ts';
import { chainRecord, GENESIS_HASH } from '../../../../lib/audit/audit-chain.ts';
import { createAuditForwarder } from '../../../../lib/audit/audit-forwarder.ts';
import { createAuditLog } from '../../../../lib/audit/audit-log.ts';
import { entry } from '../../audit/audit-fixtures.ts';

let databases = 0;
function fresh() {
  const name = `rampart-audit-test-${(databases += 1)}`;
  const open = (onTerminated: () => void) => openAuditDatabase(name, onTerminated);
  return { open, ...createIdbAudit(open) };
}

describe('audit store in IndexedDB (idb, fake-indexeddb)', () => {
  it('keeps the chain across a new connection (a restarted worker) and verifies it', async () => {
    const { open, log: store } = fresh();
    const log = createAuditLog({ store, maxRecords: () => 100 });
    for (let n = 1; n <= 4; n += 1) await log.append(entry(n));
    const again = createAuditLog({ store: createIdbAudit(open).log, maxRecords: () => 100 });
    expect(await again.verify()).toEqual({ ok: true, checked: 4, reason: 'all 4 records are intact' });
    const next = await again.append(entry(5));
    expect(next.seq).toBe(5);
    expect((await again.list(2)).map((r) => r.seq)).toEqual([5, 4]);
    expect((await again.snapshot()).records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('retention deletes the oldest in the same transaction as the append and moves the anchor', async () => {
    const { log: store } = fresh();
    const log = createAuditLog({ store, maxRecords: () => 3 });
    for (let n = 1; n <= 7; n += 1) await log.append(entry(n));
    const records = await store.all();
    expect(records.map((r) => r.seq)).toEqual([5, 6, 7]);
    expect((await store.readState())!.anchor).toEqual({ seq: 5, prevHash: records[0]!.prevHash });
    expect(await log.verify()).toMatchObject({ ok: true, checked: 3 });
  });

  it('an edited record in the database is found at its seq', async () => {
    const { open, log: store } = fresh();
    const log = createAuditLog({ store, maxRecords: () => 100 });
    for (let n = 1; n <= 4; n += 1) await log.append(entry(n));
    const database = await open(() => undefined);
    const record = await database.get('records', 3);
    await database.put('records', { ...record!, action: 'allow' });
    database.close();
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('newest(limit) walks from the end; get reads one', async () => {
    const { log: store } = fresh();
    const log = createAuditLog({ store, maxRecords: () => 100 });
    for (let n = 1; n <= 3; n += 1) await log.append(entry(n));
    expect(await store.newest(0)).toEqual([]);
    expect((await store.newest(10)).map((r) => r.seq)).toEqual([3, 2, 1]);
    expect((await store.get(2))?.seq).toBe(2);
    expect(await store.get(9)).toBeUndefined();
  });

  it('the outbox keeps queued records and counters for the forwarder across a restart', async () => {
    const { open, outbox } = fresh();
    const records = [1, 2, 3].map((n) => chainRecord(entry(n), n, GENESIS_HASH));
    await outbox.save({ put: records, delete: [], counters: { sent: 4, dropped: 1, lastError: 'HTTP 503 (retrying)' } });
    await outbox.save({ put: [], delete: [1], counters: { sent: 5, dropped: 1 } });
    const loaded = await createIdbAudit(open).outbox.load();
    expect(loaded.records.map((r) => r.seq)).toEqual([2, 3]);
    expect(loaded.counters).toEqual({ sent: 5, dropped: 1 });
    expect(await fresh().outbox.load()).toEqual({ records: [], counters: { sent: 0, dropped: 0 } });
  });

  it('a forwarder on a fresh worker sends what the last one left in the outbox', async () => {
    const { open, outbox } = fresh();
    await outbox.save({ put: [chainRecord(entry(1), 1, GENESIS_HASH)], delete: [], counters: { sent: 0, dropped: 0 } });
    const sent: string[] = [];
    let run: (() => void) | undefined;
    const forwarder = createAuditForwarder({
      collector: async () => ({ url: 'https://c.example/v1/logs', headers: {} }),
      post: async (_url, _headers, body) => {
        sent.push(body);
        return { status: 200 };
      },
      clock: { now: () => 0, setTimer: (callback) => (run = callback), clearTimer: () => undefined, random: () => 0 },
      serviceVersion: '0.1.0',
      storage: createIdbAudit(open).outbox,
    });
    expect(await forwarder.status()).toMatchObject({ pending: 1 });
    run!();
    await forwarder.flush();
    expect(sent).toHaveLength(1);
    expect(await createIdbAudit(open).outbox.load()).toEqual({ records: [], counters: { sent: 1, dropped: 0 } });
  });
});
