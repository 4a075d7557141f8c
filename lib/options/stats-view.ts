import { CATEGORIES } from '../core/category.ts';
import { readStats, statsTotals, type ActionCounts, type DayStats, type StatsTotals } from '../stats/daily-stats.ts';
import { categoryLabel } from '../ui/labels.ts';
import { t } from '../ui/i18n.ts';

/** The ranges the statistics section offers. */
export const STATS_RANGES = [7, 30, 90] as const;
export type StatsRange = (typeof STATS_RANGES)[number];

/** page:stats's answer, repaired (readStats) — an unreadable answer is no days rather than a broken chart. */
export function readStatsAnswer(value: unknown): { today: string; days: DayStats[] } {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { today: typeof raw.today === 'string' ? raw.today : '', days: readStats(raw.days) };
}

/** Per day, the three stacked series. */
export const dayCounts = (days: readonly DayStats[]): ActionCounts[] => days.map((d) => ({ warn: d.warnings, redact: d.redactions, block: d.blocks }));

/** The charts' text equivalents (aria-label), in the user's language. */
export function dailySummary(totals: StatsTotals, dayCount: number): string {
  return t('options.stats.dailySummary', { days: dayCount, scans: totals.scans, warnings: totals.warnings, redactions: totals.redactions, blocks: totals.blocks });
}

export function categorySummary(totals: StatsTotals): string {
  if (totals.categories.length === 0) return t('options.stats.noCategories');
  const parts = totals.categories.slice(0, CATEGORIES.length).map(({ category, total }) => `${categoryLabel(category)}: ${total}`);
  return t('options.stats.categorySummary', { list: parts.join('; ') });
}

export { statsTotals };
