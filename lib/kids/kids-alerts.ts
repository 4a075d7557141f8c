import type { Action } from '../core/action.ts';
import { isCategory, type Category } from '../core/category.ts';
import { serialQueue } from '../core/serial-queue.ts';
import { KIDS_KEYS, type KidsStorageArea } from './kids-storage.ts';

/**
 * What the parent view shows: alerts and weekly counts by category — never what the child wrote
 * or read (the way OpenAI's and Character.AI's parental controls report: signals, not transcripts).
 * An alert holds a time, a kind, a category, the site's host and rule ids; there is no field a
 * text could go in, and parseAlert drops any extra field a damaged store might hold.
 */

export const ALERT_KINDS = ['distress', 'harmful-blocked', 'protection-disabled', 'pin-lockout'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface KidsAlert {
  at: number;
  kind: AlertKind;
  category?: Category;
  /** Host name only (`chatgpt.com`), never a path or query. */
  site?: string;
  ruleIds: string[];
}

/** Oldest alerts are dropped beyond this: storage.local is small, and old alerts matter least. */
export const MAX_ALERTS = 500;
/** The parent view shows this many ISO weeks, current one included. */
export const WEEKS_KEPT = 8;
const MAX_RULE_IDS = 20;

/** Counted actions (allow is not a block or a warning). */
export type CountedAction = Exclude<Action, 'allow'>;
export type ActionCounts = Record<CountedAction, number>;

export interface WeekCounts {
  /** ISO 8601 week, `2025-W02`, in the browser's local time (the parent's calendar). */
  week: string;
  categories: Partial<Record<Category, ActionCounts>>;
}

/** Newest week first, at most WEEKS_KEPT. */
export type WeeklyCounts = WeekCounts[];

/** ISO 8601 week of a local date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(ms: number): string {
  const date = new Date(ms);
  // The Thursday of this week decides the year the week belongs to.
  const thursday = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 3 - ((date.getDay() + 6) % 7));
  const firstThursday = new Date(thursday.getFullYear(), 0, 4);
  const days = Math.round((thursday.getTime() - firstThursday.getTime()) / 86_400_000);
  const week = 1 + Math.round((days - 3 + ((firstThursday.getDay() + 6) % 7)) / 7);
  return `${thursday.getFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** A host name from whatever the caller has (`https://x.com/a?b` → `x.com`); never more than the host. */
export function siteHost(site: string | undefined): string | undefined {
  if (!site) return undefined;
  try {
    return new URL(site.includes('://') ? site : `https://${site}`).hostname || undefined;
  } catch {
    return undefined;
  }
}

export function parseAlert(raw: unknown): KidsAlert | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { at, kind, category, site, ruleIds } = raw as Partial<KidsAlert>;
  if (typeof at !== 'number' || !(ALERT_KINDS as readonly unknown[]).includes(kind)) return undefined;
  const alert: KidsAlert = {
    at,
    kind: kind as AlertKind,
    ruleIds: Array.isArray(ruleIds) ? ruleIds.filter((id): id is string => typeof id === 'string').slice(0, MAX_RULE_IDS) : [],
  };
  if (isCategory(category)) alert.category = category;
  const host = typeof site === 'string' ? siteHost(site) : undefined;
  if (host) alert.site = host;
  return alert;
}

export function parseAlerts(raw: unknown): KidsAlert[] {
  return Array.isArray(raw) ? raw.map(parseAlert).filter((a): a is KidsAlert => a !== undefined).slice(-MAX_ALERTS) : [];
}

/** `alerts` with `alert` appended, oldest dropped beyond `max`. */
export function appendAlert(alerts: readonly KidsAlert[], alert: KidsAlert, max: number = MAX_ALERTS): KidsAlert[] {
  return [...alerts, alert].slice(-max);
}

const zeroCounts = (): ActionCounts => ({ warn: 0, redact: 0, block: 0 });
const COUNTED: readonly CountedAction[] = ['warn', 'redact', 'block'];

export function parseWeekly(raw: unknown): WeeklyCounts {
  if (!Array.isArray(raw)) return [];
  const weeks: WeeklyCounts = [];
  for (const entry of raw) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { week, categories } = entry as Partial<WeekCounts>;
    if (typeof week !== 'string' || !/^\d{4}-W\d{2}$/.test(week) || typeof categories !== 'object' || categories === null) continue;
    const clean: WeekCounts['categories'] = {};
    for (const [category, counts] of Object.entries(categories)) {
      if (!isCategory(category) || typeof counts !== 'object' || counts === null) continue;
      const parsed = zeroCounts();
      for (const action of COUNTED) {
        const n = (counts as Partial<ActionCounts>)[action];
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0) parsed[action] = n;
      }
      clean[category] = parsed;
    }
    weeks.push({ week, categories: clean });
  }
  return weeks.sort((a, b) => b.week.localeCompare(a.week)).slice(0, WEEKS_KEPT);
}

/** `weekly` with one more `action` in `category` during `week`; weeks beyond WEEKS_KEPT dropped. */
export function countInWeek(weekly: readonly WeekCounts[], week: string, category: Category, action: CountedAction): WeeklyCounts {
  const existing = weekly.find((w) => w.week === week);
  const current: WeekCounts = existing
    ? { week, categories: { ...existing.categories } }
    : { week, categories: {} };
  const counts = { ...(current.categories[category] ?? zeroCounts()) };
  counts[action] += 1;
  current.categories[category] = counts;
  return [current, ...weekly.filter((w) => w.week !== week)].sort((a, b) => b.week.localeCompare(a.week)).slice(0, WEEKS_KEPT);
}

export interface KidsAlertStore {
  record(alert: KidsAlert): Promise<void>;
  count(category: Category, action: CountedAction, at: number): Promise<void>;
  alerts(): Promise<KidsAlert[]>;
  /** The last WEEKS_KEPT weeks as of now, newest first (weeks with nothing counted are absent). */
  weekly(): Promise<WeeklyCounts>;
}

export function createKidsAlertStore(area: KidsStorageArea, now: () => number = Date.now): KidsAlertStore {
  // Read-modify-write on one key: two verdicts finishing together must not lose a count.
  const enqueue = serialQueue();
  const readAlerts = async () => parseAlerts((await area.get(KIDS_KEYS.alerts))[KIDS_KEYS.alerts]);
  const readWeekly = async () => parseWeekly((await area.get(KIDS_KEYS.weekly))[KIDS_KEYS.weekly]);
  const oldestWeekShown = () => isoWeek(now() - (WEEKS_KEPT - 1) * 7 * 86_400_000);

  return {
    record: (alert) =>
      enqueue(async () => {
        const clean = parseAlert(alert);
        if (clean) await area.set({ [KIDS_KEYS.alerts]: appendAlert(await readAlerts(), clean) });
      }),
    count: (category, action, at) =>
      enqueue(async () => {
        await area.set({ [KIDS_KEYS.weekly]: countInWeek(await readWeekly(), isoWeek(at), category, action) });
      }),
    alerts: () => enqueue(readAlerts),
    weekly: () =>
      enqueue(async () => {
        const oldest = oldestWeekShown();
        return (await readWeekly()).filter((w) => w.week >= oldest);
      }),
  };
}
