import { useEffect, useState } from 'preact/hooks';
import { categorySummary, dailySummary, dayCounts, readStatsAnswer, STATS_RANGES, statsTotals, type StatsRange } from '../../lib/options/stats-view.ts';
import type { DayStats } from '../../lib/stats/daily-stats.ts';
import { currentLocale, t } from '../../lib/ui/i18n.ts';
import { categoryLabel } from '../../lib/ui/labels.ts';
import { CategoryChart, DailyChart } from './charts.tsx';
import { useOptions } from './options-context.ts';

/** Scans and what they led to, per day and per category, for the last 7, 30 or 90 days. */
export function StatsSection() {
  const { ask } = useOptions();
  const [range, setRange] = useState<StatsRange>(30);
  const [days, setDays] = useState<DayStats[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    void ask('page:stats', { days: range }).then((answer) => {
      setError(answer.ok ? undefined : answer.error);
      setDays(answer.ok ? readStatsAnswer(answer.value).days : []);
    });
  }, [range]);
  const dayFormat = new Intl.DateTimeFormat(currentLocale(), { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
  const totals = statsTotals(days ?? []);
  const counts = dayCounts(days ?? []);

  return (
    <section aria-labelledby="stats-heading" data-testid="stats-section">
      <h2 id="stats-heading">{t('options.stats.heading')}</h2>
      <fieldset class="segmented">
        <legend>{t('options.stats.range')}</legend>
        {STATS_RANGES.map((value) => (
          <label class="inline" key={value}>
            <input type="radio" name="stats-range" checked={range === value} data-testid={`stats-range-${value}`} onChange={() => setRange(value)} /> {t('options.stats.days', { days: value })}
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="status error" role="alert">
          {t('options.stats.unavailable', { reason: error })}
        </p>
      )}
      {days === undefined ? (
        <p>{t('options.loading')}</p>
      ) : (
        <>
          <dl class="totals" data-testid="stats-totals">
            <div>
              <dt>{t('options.stats.series.scans')}</dt>
              <dd data-testid="stats-total-scans">{totals.scans}</dd>
            </div>
            <div>
              <dt>{t('options.stats.series.warn')}</dt>
              <dd data-testid="stats-total-warnings">{totals.warnings}</dd>
            </div>
            <div>
              <dt>{t('options.stats.series.redact')}</dt>
              <dd data-testid="stats-total-redactions">{totals.redactions}</dd>
            </div>
            <div>
              <dt>{t('options.stats.series.block')}</dt>
              <dd data-testid="stats-total-blocks">{totals.blocks}</dd>
            </div>
          </dl>
          <h3>{t('options.stats.perDay')}</h3>
          <DailyChart days={days.map((d, i) => ({ day: d.day, scans: d.scans, counts: counts[i]! }))} summary={dailySummary(totals, days.length)} formatDay={formatDay} />
          <h3>{t('options.stats.perCategory')}</h3>
          {totals.categories.length === 0 ? (
            <p data-testid="stats-category-empty">{t('options.stats.noCategories')}</p>
          ) : (
            <CategoryChart rows={totals.categories.map(({ category, counts, total }) => ({ label: categoryLabel(category), counts, total }))} summary={categorySummary(totals)} />
          )}
        </>
      )}
    </section>
  );
}
