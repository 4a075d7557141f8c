import { isAction, type Action } from '../core/action.ts';
import { CATEGORIES, isCategory, type Category } from '../core/category.ts';

/**
 * Counts for the options page's statistics: per local calendar day, how many full scans ran and
 * how many ended in a warning, a block or a redaction, and per category how often it acted. Only
 * counts: no text, no site (a per-site count would be a browsing history), no rule ids.
 */

/** The acting outcomes a chart stacks, in the order it stacks them. */
export const ACTING_ACTIONS = ['warn', 'redact', 'block'] as const;
export type ActingAction = (typeof ACTING_ACTIONS)[number];

export type ActionCounts = Record<ActingAction, number>;

export interface DayStats {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  scans: number;
  warnings: number;
  redactions: number;
  blocks: number;
  /** Per category that acted that day: by the action it took. */
  categories: Partial<Record<Category, ActionCounts>>;
}

/** Kept for this many days back from the newest; older days are dropped on the next write. */
export const MAX_STATS_DAYS = 90;

/** What a verdict contributes: its overall action and each category's own action. */
export interface ScanOutcome {
  at: number;
  action: Action;
  reasons: ReadonlyArray<{ category: Category; action: Action }>;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day of a timestamp (the user's "today", not UTC's). */
export function localDay(at: number): string {
  const date = new Date(at);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole days from one `YYYY-MM-DD` to another (calendar arithmetic, immune to DST). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [, y, m, d] = DAY.exec(day)!;
    return Date.UTC(Number(y), Number(m) - 1, Number(d));
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The day `offset` days after `day` (negative: before). */
export function shiftDay(day: string, offset: number): string {
  const [, y, m, d] = DAY.exec(day)!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + offset));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const isDay = (value: unknown): value is string => {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  // Rejects 2025-02-31 and friends: the day must survive a round trip.
  return shiftDay(value, 0) === value;
};

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

const zeroCounts = (): ActionCounts => ({ warn: 0, redact: 0, block: 0 });

export const emptyDay = (day: string): DayStats => ({ day, scans: 0, warnings: 0, redactions: 0, blocks: 0, categories: {} });

/**
 * Validate-and-repair what storage holds: unknown days, categories and negative or non-numeric
 * counts are dropped (zero), duplicates merged by taking the first, the result sorted by day.
 * Never throws, so a damaged store only costs old counts, never a scan.
 */
export function readStats(stored: unknown): DayStats[] {
  if (!Array.isArray(stored)) return [];
  const byDay = new Map<string, DayStats>();
  for (const raw of stored) {
    if (typeof raw !== 'object' || raw === null) continue;
    const entry = raw as Record<string, unknown>;
    if (!isDay(entry.day) || byDay.has(entry.day)) continue;
    const categories: DayStats['categories'] = {};
    const rawCategories = typeof entry.categories === 'object' && entry.categories !== null ? (entry.categories as Record<string, unknown>) : {};
    for (const category of CATEGORIES) {
      const counts = rawCategories[category];
      if (typeof counts !== 'object' || counts === null) continue;
      const repaired = zeroCounts();
      for (const action of ACTING_ACTIONS) repaired[action] = count((counts as Record<string, unknown>)[action]);
      if (ACTING_ACTIONS.some((action) => repaired[action] > 0)) categories[category] = repaired;
    }
    byDay.set(entry.day, {
      day: entry.day,
      scans: count(entry.scans),
      warnings: count(entry.warnings),
      redactions: count(entry.redactions),
      blocks: count(entry.blocks),
      categories,
    });
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Days within MAX_STATS_DAYS of `newest` (inclusive); the rest are dropped. */
export function pruneStats(days: readonly DayStats[], newest: string): DayStats[] {
  return days.filter((entry) => {
    const age = daysBetween(entry.day, newest);
    return age >= 0 && age < MAX_STATS_DAYS;
  });
}

const TOTAL_KEY: Record<ActingAction, 'warnings' | 'redactions' | 'blocks'> = { warn: 'warnings', redact: 'redactions', block: 'blocks' };

/**
 * The log with one more scan counted on its local day (`dayOf` is injectable for tests). A
 * category counts once per scan, under the action it took itself; categories that only allowed
 * are not counted (they did nothing the user saw).
 */
export function recordOutcome(days: readonly DayStats[], outcome: ScanOutcome, dayOf: (at: number) => string = localDay): DayStats[] {
  const day = dayOf(outcome.at);
  const existing = days.find((entry) => entry.day === day);
  const updated: DayStats = existing ? { ...existing, categories: { ...existing.categories } } : emptyDay(day);
  updated.scans += 1;
  if (outcome.action !== 'allow' && isAction(outcome.action)) updated[TOTAL_KEY[outcome.action]] += 1;
  const seen = new Set<Category>();
  for (const reason of outcome.reasons) {
    if (!isCategory(reason.category) || reason.action === 'allow' || !isAction(reason.action) || seen.has(reason.category)) continue;
    seen.add(reason.category);
    const counts = { ...(updated.categories[reason.category] ?? zeroCounts()) };
    counts[reason.action] += 1;
    updated.categories[reason.category] = counts;
  }
  const rest = days.filter((entry) => entry.day !== day);
  const newest = rest.reduce((latest, entry) => (entry.day > latest ? entry.day : latest), day);
  return pruneStats(readStats([...rest, updated]), newest);
}

/**
 * The `length` days ending with `today`, oldest first, with a zero entry for each day nothing was
 * counted: a chart's x-axis has no gaps.
 */
export function statsWindow(days: readonly DayStats[], today: string, length: number): DayStats[] {
  const byDay = new Map(days.map((entry) => [entry.day, entry]));
  return Array.from({ length }, (_, index) => {
    const day = shiftDay(today, index - length + 1);
    return byDay.get(day) ?? emptyDay(day);
  });
}

/** Totals over a window, and per category by action (for the per-category chart). */
export interface StatsTotals {
  scans: number;
  warnings: number;
  redactions: number;
  blocks: number;
  categories: Array<{ category: Category; counts: ActionCounts; total: number }>;
}

export function statsTotals(days: readonly DayStats[]): StatsTotals {
  const totals: StatsTotals = { scans: 0, warnings: 0, redactions: 0, blocks: 0, categories: [] };
  const perCategory = new Map<Category, ActionCounts>();
  for (const entry of days) {
    totals.scans += entry.scans;
    totals.warnings += entry.warnings;
    totals.redactions += entry.redactions;
    totals.blocks += entry.blocks;
    for (const category of CATEGORIES) {
      const counts = entry.categories[category];
      if (!counts) continue;
      const sum = perCategory.get(category) ?? zeroCounts();
      for (const action of ACTING_ACTIONS) sum[action] += counts[action];
      perCategory.set(category, sum);
    }
  }
  totals.categories = [...perCategory.entries()]
    .map(([category, counts]) => ({ category, counts, total: counts.warn + counts.redact + counts.block }))
    .sort((a, b) => b.total - a.total || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  return totals;
}
