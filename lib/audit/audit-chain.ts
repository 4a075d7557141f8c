import { sha256Hex } from '../cache/digest.ts';
import { stableJson } from '../cache/stable-json.ts';
import type { AuditEntry, AuditRecord } from './audit-record.ts';

/**
 * The hash chain that makes the audit log tamper-evident: every record's hash covers its own
 * fields, its sequence number and the previous record's hash, so editing, removing or reordering
 * any record breaks every link after it. SHA-256 from @noble/hashes (synchronous, see
 * lib/cache/digest.ts) over canonical JSON (sorted keys, lib/cache/stable-json.ts), so the same
 * record always hashes the same — in the extension, in an exported file, in a SIEM.
 *
 * What it proves and what it does not: the chain has no secret key, so someone who can rewrite
 * the whole IndexedDB database can also recompute every hash. What it catches is a changed
 * export, an edited single record, and any divergence from a copy already held elsewhere
 * (an earlier export, the records forwarded to the admin's collector, which carry the hashes).
 */

/** The prevHash of the very first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Where the kept part of the chain starts: the seq of the first kept record and the hash it
 * must point back to. Retention moves it forward as it drops the oldest records.
 */
export interface ChainAnchor {
  seq: number;
  prevHash: string;
}

/** The newest record as last written: a record removed from the end is caught against it. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const GENESIS_ANCHOR: ChainAnchor = { seq: 1, prevHash: GENESIS_HASH };

/** The hash of a record: SHA-256 over the canonical JSON of everything but `hash` itself. */
export function recordHash(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
  // Every field but the hash is covered, so a field added to a record later is a change too.
  // Absent optional fields are left out (JSON drops undefined), never written as null.
  const { hash: _hash, ...content } = record as AuditRecord;
  return sha256Hex(stableJson(content));
}

/** Places an entry in the chain after the record with hash `prevHash`. */
export function chainRecord(entry: AuditEntry, seq: number, prevHash: string): AuditRecord {
  const unhashed = { ...entry, seq, prevHash };
  return { ...unhashed, hash: recordHash(unhashed) };
}

export interface ChainVerification {
  ok: boolean;
  /** How many records were checked before the first break (all of them when ok). */
  checked: number;
  /** The seq of the first record that does not fit (or the expected seq of a missing one). */
  brokenAt?: number;
  /** In words, for the options page: what is wrong, or that all is well. */
  reason: string;
}

/**
 * Checks records (oldest first, as stored or exported) against the anchor: gap-free sequence
 * numbers starting at the anchor's, each prevHash the hash before, each hash recomputed. With a
 * head, the last record must be the one last written. Without an anchor (an exported file on
 * its own) the first record's own seq and prevHash stand in for it: the rest is still checked.
 */
export function verifyChain(records: readonly AuditRecord[], anchor?: ChainAnchor, head?: ChainHead): ChainVerification {
  const first = records[0];
  if (!first) {
    if (head && anchor && head.seq >= anchor.seq) return broken(0, anchor.seq, `records ${anchor.seq}–${head.seq} are missing`);
    return { ok: true, checked: 0, reason: 'the log is empty' };
  }
  let expectedSeq = anchor?.seq ?? first.seq;
  let expectedPrev = anchor?.prevHash ?? first.prevHash;
  for (const [index, record] of records.entries()) {
    if (!Number.isSafeInteger(record.seq) || record.seq !== expectedSeq) {
      return broken(index, expectedSeq, Number.isSafeInteger(record.seq) && record.seq > expectedSeq ? `record ${expectedSeq} is missing` : `record ${record.seq} is out of order`);
    }
    if (record.prevHash !== expectedPrev) {
      return broken(index, record.seq, index === 0 ? `record ${record.seq} does not follow the chain's anchor (a record before it was removed)` : `record ${record.seq} does not follow record ${record.seq - 1}`);
    }
    if (recordHash(record) !== record.hash) return broken(index, record.seq, `record ${record.seq} was changed after it was written`);
    expectedSeq += 1;
    expectedPrev = record.hash;
  }
  const last = records[records.length - 1]!;
  if (head && (last.seq !== head.seq || last.hash !== head.hash)) {
    return broken(records.length, last.seq + 1, head.seq > last.seq ? `records after ${last.seq} are missing` : `record ${last.seq} is not the last one written`);
  }
  return { ok: true, checked: records.length, reason: `all ${records.length} records are intact` };
}

const broken = (checked: number, brokenAt: number, reason: string): ChainVerification => ({ ok: false, checked, brokenAt, reason });
