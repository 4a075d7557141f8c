import { serialQueue } from '../core/serial-queue.ts';
import { DEFAULT_AUDIT_MAX_RECORDS } from '../settings/user-settings.ts';
import { chainRecord, GENESIS_ANCHOR, verifyChain, type ChainAnchor, type ChainHead, type ChainVerification } from './audit-chain.ts';
import type { AuditEntry, AuditRecord } from './audit-record.ts';

/** Where the kept chain starts and where it ends (stored next to the records). */
export interface AuditChainState {
  anchor: ChainAnchor;
  /** Absent until the first record is written. */
  head?: ChainHead;
}

/** One append: the new record, the records retention drops (every seq below `dropBelow`) and the new state — together or not at all. */
export interface AuditCommit {
  put: AuditRecord;
  dropBelow?: number;
  state: AuditChainState;
}

/** The records' storage (IndexedDB in the extension, lib/adapters/background/audit-store-idb.ts; a Map in tests). */
export interface AuditStore {
  readState(): Promise<AuditChainState | undefined>;
  commit(change: AuditCommit): Promise<void>;
  get(seq: number): Promise<AuditRecord | undefined>;
  /** Newest first, at most `limit`. */
  newest(limit: number): Promise<AuditRecord[]>;
  /** Oldest first (the order the chain is checked in). */
  all(): Promise<AuditRecord[]>;
}

export interface AuditLog {
  /** Chains the entry after the newest record, drops the oldest beyond the cap, and returns the record. */
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** Newest first. */
  list(limit: number): Promise<AuditRecord[]>;
  /** Oldest first, with the chain's state (for exports). */
  snapshot(): Promise<{ records: AuditRecord[]; state: AuditChainState }>;
  verify(): Promise<ChainVerification>;
}

/** A cap that is not a positive whole number (a damaged setting) falls back to the default. */
export const retentionCap = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? value : DEFAULT_AUDIT_MAX_RECORDS;

/**
 * The audit log: an append-only hash chain (audit-chain.ts) with a retention cap. Dropping the
 * oldest records moves the stored anchor to the first kept record's prevHash, so the rest still
 * verifies while an edit, removal or reordering anywhere in what is kept does not. Appends run one
 * at a time (read the head, chain, write): two verdicts arriving together must not both take the
 * same seq. Reads for verification and export go through the same queue, so they never see half
 * of an append.
 */
export function createAuditLog(deps: { store: AuditStore; maxRecords: () => Promise<number> | number }): AuditLog {
  const serial = serialQueue();
  const { store } = deps;
  const readState = async (): Promise<AuditChainState> => (await store.readState()) ?? { anchor: GENESIS_ANCHOR };

  async function append(entry: AuditEntry): Promise<AuditRecord> {
    const state = await readState();
    const seq = state.head ? state.head.seq + 1 : state.anchor.seq;
    const record = chainRecord(entry, seq, state.head?.hash ?? state.anchor.prevHash);
    const keepFrom = seq - retentionCap(await deps.maxRecords()) + 1;
    let anchor = state.anchor;
    if (keepFrom > anchor.seq) {
      // The first kept record's own prevHash becomes the anchor. If that record is gone from the
      // store (damaged or tampered with), the anchor cannot be vouched for: verification says so
      // until retention moves past it.
      const firstKept = keepFrom === seq ? record : await store.get(keepFrom);
      anchor = { seq: keepFrom, prevHash: firstKept?.prevHash ?? 'missing' };
    }
    await store.commit({ put: record, ...(anchor === state.anchor ? {} : { dropBelow: anchor.seq }), state: { anchor, head: { seq, hash: record.hash } } });
    return record;
  }

  return {
    append: (entry) => serial(() => append(entry)),
    list: (limit) => serial(() => store.newest(Math.max(0, Math.floor(limit)))),
    snapshot: () => serial(async () => ({ records: await store.all(), state: await readState() })),
    verify: () =>
      serial(async () => {
        const state = await readState();
        return verifyChain(await store.all(), state.anchor, state.head);
      }),
  };
}
