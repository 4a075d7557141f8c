import type { AuditChainState, AuditCommit, AuditStore } from '../../../lib/audit/audit-log.ts';
import type { AuditEntry, AuditRecord } from '../../../lib/audit/audit-record.ts';

/** An AuditStore in a Map, with the same all-or-nothing commit as the IndexedDB one. */
export function memoryAuditStore(): AuditStore & { records: Map<number, AuditRecord>; state?: AuditChainState; commits: AuditCommit[] } {
  const store = {
    records: new Map<number, AuditRecord>(),
    state: undefined as AuditChainState | undefined,
    commits: [] as AuditCommit[],
    async readState() {
      return store.state;
    },
    async commit(change: AuditCommit) {
      store.commits.push(change);
      if (change.dropBelow !== undefined) for (const seq of [...store.records.keys()]) if (seq < change.dropBelow) store.records.delete(seq);
      store.records.set(change.put.seq, structuredClone(change.put));
      store.state = structuredClone(change.state);
    },
    async get(seq: number) {
      return store.records.get(seq);
    },
    async newest(limit: number) {
      return [...store.records.values()].sort((a, b) => b.seq - a.seq).slice(0, limit);
    },
    async all() {
      return [...store.records.values()].sort((a, b) => a.seq - b.seq);
    },
  };
  return store;
}

/** A plausible decision entry; `n` varies the time and the rule so records differ. */
export const entry = (n: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  at: 1_700_000_000_000 + n * 1000,
  site: 'chatgpt.com',
  direction: 'inbound',
  categories: ['secrets'],
  ruleIds: [`secrets/rule-${n}`],
  action: 'block',
  profile: 'standard@2',
  models: ['prompt-guard@1.0.0'],
  extension: '0.1.0',
  ...overrides,
});
