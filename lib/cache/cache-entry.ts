import { isAction } from '../core/action.ts';
import { isCategory } from '../core/category.ts';
import { isDirection } from '../core/direction.ts';
import type { Span } from '../core/finding.ts';
import type { Redaction } from '../core/verdict.ts';
import type { VerdictSummary } from '../messaging/verdict-summary.ts';

/**
 * What a cached decision holds: the text-free part of a VerdictSummary that is a property of the
 * text and its context (not of one scan's timing). Spans and redactions are offsets into the text
 * that was scanned, so they are only ever reused for that very text (an exact hit).
 */
export type CachedVerdict = Pick<VerdictSummary, 'direction' | 'action' | 'profileId' | 'risk' | 'reasons' | 'spans' | 'redactions'>;

/**
 * One stored decision. There is no field for text, and none is derived from it except through the
 * salted digests (`key`, `scope`) and the embedding (`vector`, semantic modes only).
 */
export interface CacheEntry {
  /** Salted digest of the scope and the exact text (64 hex digits). */
  key: string;
  /** Salted digest of everything but the text (direction, site, profile, policy, versions…). */
  scope: string;
  verdict: CachedVerdict;
  /** Unit-length embedding of the text, for semantic lookups (absent in exact mode). */
  vector?: Float32Array;
  /** Milliseconds since the epoch. TTL counts from here. */
  createdAt: number;
  /** LRU order. */
  lastUsedAt: number;
  /** Times the entry answered a scan. */
  hits: number;
}

export function toCachedVerdict(summary: VerdictSummary): CachedVerdict {
  const { direction, action, profileId, risk, reasons, spans, redactions } = summary;
  return { direction, action, profileId, risk, reasons, spans, redactions };
}

const MAX_ITEMS = 256;
const HEX_64 = /^[0-9a-f]{64}$/u;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOffset = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isRisk = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const shortString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 128;

function parseSpan(value: unknown): Span | undefined {
  if (!isRecord(value) || !isOffset(value.start) || !isOffset(value.end) || value.end < value.start) return undefined;
  return { start: value.start, end: value.end };
}

function parseList<T>(value: unknown, parse: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) return undefined;
  const items: T[] = [];
  for (const item of value) {
    const parsed = parse(item);
    if (parsed === undefined) return undefined;
    items.push(parsed);
  }
  return items;
}

function parseVerdict(value: unknown): CachedVerdict | undefined {
  if (!isRecord(value)) return undefined;
  const { direction, action, profileId, risk } = value;
  if (!isDirection(direction) || !isAction(action) || !shortString(profileId) || !isRisk(risk)) return undefined;
  const reasons = parseList(value.reasons, (reason) => {
    if (!isRecord(reason) || !isCategory(reason.category) || !isAction(reason.action) || !isRisk(reason.risk)) return undefined;
    const ruleIds = parseList(reason.ruleIds, (id) => (shortString(id) ? id : undefined));
    return ruleIds && { category: reason.category, action: reason.action, risk: reason.risk, ruleIds };
  });
  const spans = parseList(value.spans, parseSpan);
  const redactions = parseList(value.redactions, (item): Redaction | undefined => {
    const span = parseSpan(item);
    if (!span || !isRecord(item) || !isCategory(item.category) || !shortString(item.placeholder)) return undefined;
    return { ...span, category: item.category, placeholder: item.placeholder };
  });
  if (!reasons || !spans || !redactions) return undefined;
  return { direction, action, profileId, risk, reasons, spans, redactions };
}

/**
 * Storage is not trusted to hold what we wrote (an older version, a damaged profile): every field
 * is checked and the entry rebuilt from the known fields only. Anything malformed is a miss — a
 * damaged record must never decide a scan.
 */
export function parseCacheEntry(value: unknown): CacheEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { key, scope, createdAt, lastUsedAt, hits, vector } = value;
  if (typeof key !== 'string' || !HEX_64.test(key) || typeof scope !== 'string' || !HEX_64.test(scope)) return undefined;
  if (!isTime(createdAt) || !isTime(lastUsedAt) || !Number.isSafeInteger(hits) || (hits as number) < 0) return undefined;
  if (vector !== undefined && (!(vector instanceof Float32Array) || vector.length === 0 || vector.length > 4_096)) return undefined;
  const verdict = parseVerdict(value.verdict);
  if (!verdict) return undefined;
  return { key, scope, verdict, createdAt, lastUsedAt, hits: hits as number, ...(vector ? { vector } : {}) };
}
