import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ForwardingCounters, OutboxStorage } from '../../audit/audit-forwarder.ts';
import type { AuditChainState, AuditStore } from '../../audit/audit-log.ts';
import type { AuditRecord } from '../../audit/audit-record.ts';
import { reconnectingConnection } from './idb-connection.ts';

export const AUDIT_DB_NAME = 'rampart-audit';
const DB_VERSION = 1;
const CHAIN_KEY = 'chain';
const FORWARDING_KEY = 'forwarding';

interface AuditSchema extends DBSchema {
  /** The log, by seq (oldest first in key order). */
  records: { key: number; value: AuditRecord };
  /** Records waiting for the admin's collector, by seq (copies: retention may drop the log's own first). */
  outbox: { key: number; value: AuditRecord };
  /** The chain's anchor and head; the forwarder's counters. */
  meta: { key: string; value: AuditChainState | ForwardingCounters };
}

type Database = IDBPDatabase<AuditSchema>;

/** Opens (and on first use creates) the audit database. */
export function openAuditDatabase(name: string = AUDIT_DB_NAME, onTerminated?: () => void): Promise<Database> {
  return openDB<AuditSchema>(name, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('records')) database.createObjectStore('records', { keyPath: 'seq' });
      if (!database.objectStoreNames.contains('outbox')) database.createObjectStore('outbox', { keyPath: 'seq' });
      if (!database.objectStoreNames.contains('meta')) database.createObjectStore('meta');
    },
    terminated: onTerminated,
  });
}

/**
 * The audit log and the forwarder's outbox in IndexedDB, on this machine. IndexedDB rather than
 * storage.local: the log is up to settings.audit.maxRecords records and is read in ranges
 * (newest first) and deleted from the start. The outbox is here rather than in storage.session:
 * storage.session survives a stopped service worker but not a browser restart, and records waiting
 * for a collector that is down would then be lost without being counted as dropped; it also
 * keeps every audit byte in one place that "clear site data" removes together.
 * An append (record, retention, chain state) is one readwrite transaction: the chain's stored
 * state never disagrees with its records. Records carry no text (see lib/audit/audit-record.ts).
 */
export function createIdbAudit(open: (onTerminated: () => void) => Promise<Database> = (onTerminated) => openAuditDatabase(AUDIT_DB_NAME, onTerminated)): {
  log: AuditStore;
  outbox: OutboxStorage;
} {
  const connect = reconnectingConnection(open);

  const log: AuditStore = {
    async readState() {
      return (await (await connect()).get('meta', CHAIN_KEY)) as AuditChainState | undefined;
    },
    async commit({ put, dropBelow, state }) {
      const transaction = (await connect()).transaction(['records', 'meta'], 'readwrite');
      const records = transaction.objectStore('records');
      await Promise.all([
        ...(dropBelow === undefined ? [] : [records.delete(IDBKeyRange.upperBound(dropBelow, true))]),
        records.put(put),
        transaction.objectStore('meta').put(state, CHAIN_KEY),
        transaction.done,
      ]);
    },
    async get(seq) {
      return (await connect()).get('records', seq);
    },
    async newest(limit) {
      const transaction = (await connect()).transaction('records', 'readonly');
      const found: AuditRecord[] = [];
      let cursor = limit > 0 ? await transaction.store.openCursor(null, 'prev') : null;
      while (cursor && found.length < limit) {
        found.push(cursor.value);
        cursor = await cursor.continue();
      }
      await transaction.done;
      return found;
    },
    async all() {
      return (await connect()).getAll('records');
    },
  };

  const outbox: OutboxStorage = {
    async load() {
      const database = await connect();
      const [records, counters] = await Promise.all([database.getAll('outbox'), database.get('meta', FORWARDING_KEY)]);
      return { records, counters: (counters as ForwardingCounters | undefined) ?? { sent: 0, dropped: 0 } };
    },
    async save(change) {
      const transaction = (await connect()).transaction(['outbox', 'meta'], 'readwrite');
      const store = transaction.objectStore('outbox');
      await Promise.all([
        ...change.delete.map((seq) => store.delete(seq)),
        ...change.put.map((record) => store.put(record)),
        transaction.objectStore('meta').put(change.counters, FORWARDING_KEY),
        transaction.done,
      ]);
    },
  };

  return { log, outbox };
}
