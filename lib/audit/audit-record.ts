import type { Action } from '../core/action.ts';
import type { Category } from '../core/category.ts';
import type { Direction } from '../core/direction.ts';
import { oneOf } from '../core/one-of.ts';

/**
 * One line of the audit log: what Rampart decided (or what the user did about it), where and
 * under which policy and models — and never what was written. There is no field for text, a
 * span, a URL or a redaction value; a record is built field by field from verdict metadata
 * (audit-entry.ts), so nothing else can slip in.
 */

/** What the user (or a parent, or an admin's pause) did past a verdict or past protection itself. */
export const AUDIT_OVERRIDES = [
  'send-anyway',
  'load-anyway',
  'paste-anyway',
  'reveal-reply',
  'protection-paused',
  'protection-resumed',
  'kids-disabled',
] as const;
export type AuditOverride = (typeof AUDIT_OVERRIDES)[number];

export const isAuditOverride = oneOf(AUDIT_OVERRIDES);

/** The content of a record, before it is placed in the chain. */
export interface AuditEntry {
  /** Milliseconds since the epoch: when the verdict was made or the user acted. */
  at: number;
  /** The host name (no path, no query: those can carry conversation ids); '' when not about one site. */
  site: string;
  /** Absent for events not about one text (pausing protection, disabling Kids mode). */
  direction?: Direction;
  categories: Category[];
  ruleIds: string[];
  /** The verdict's action; for an override, the action the user went past (absent when none). */
  action?: Action;
  override?: AuditOverride;
  /** For an override: the `at` of the verdict it overrode, so the two records can be matched. */
  verdictAt?: number;
  /** The policy that decided, `<profile id>@<version>` (the version changes with every setting that changes a verdict). */
  profile: string;
  /** The models that took part, `<model id>@<version>` (active ones only). */
  models: string[];
  /** The extension's version. */
  extension: string;
}

/** A record in the chain: the entry, its place and the two hashes that tie it to its neighbours. */
export interface AuditRecord extends AuditEntry {
  /** 1, 2, 3, …: gap-free; retention removes from the start only. */
  seq: number;
  /** The hash of the record before (or the chain's anchor for the first one kept). */
  prevHash: string;
  /** SHA-256 (hex) over the canonical JSON of every other field, prevHash included (audit-chain.ts). */
  hash: string;
}

/** The fields of a record in the order exports write them. */
export const AUDIT_FIELDS = [
  'seq',
  'at',
  'site',
  'direction',
  'action',
  'override',
  'verdictAt',
  'categories',
  'ruleIds',
  'profile',
  'models',
  'extension',
  'prevHash',
  'hash',
] as const satisfies ReadonlyArray<keyof AuditRecord>;
