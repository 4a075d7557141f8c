import type { ComponentChildren } from 'preact';
import { labelStep, niceMax, showsLabel, stackedColumns, stackedRows, ticks } from '../../lib/options/chart-geometry.ts';
import { ACTING_ACTIONS, type ActionCounts, type ActingAction } from '../../lib/stats/daily-stats.ts';
import { t } from '../../lib/ui/i18n.ts';

/**
 * Hand-drawn SVG charts (no chart library: two bar charts do not justify one). Each is an image
 * with a text summary (role="img" + aria-label) and the same numbers as a visually hidden table,
 * so a screen reader gets the data, not a picture. The three series differ by fill pattern as
 * well as colour, and the legend names them, so colour is never the only cue.
 */

const SERIES_LABEL = (action: ActingAction) => t(`options.stats.series.${action}`);

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-redact`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-redact" />
        <circle cx="3" cy="3" r="1.2" class="dot" />
      </pattern>
      <pattern id={`${id}-block`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" class="fill-block" />
        <rect width="2" height="6" class="stripe" />
      </pattern>
    </defs>
  );
}

// Inline style, not the `fill` attribute: the series' CSS class (its colour) would override an attribute.
const fillFor = (id: string, action: ActingAction) => (action === 'warn' ? undefined : { fill: `url(#${id}-${action})` });

export function Legend({ prefix }: { prefix: string }) {
  return (
    <ul class="legend" aria-hidden="true">
      {ACTING_ACTIONS.map((action) => (
        <li key={action}>
          <svg width="14" height="14" viewBox="0 0 14 14">
            <Patterns id={`${prefix}-legend-${action}`} />
            <rect width="14" height="14" class={`series-${action}`} style={fillFor(`${prefix}-legend-${action}`, action)} />
          </svg>{' '}
          {SERIES_LABEL(action)}
        </li>
      ))}
    </ul>
  );
}

function DataTable({ caption, rowHeader, rows }: { caption: string; rowHeader: string; rows: Array<{ label: string; counts: ActionCounts; extra?: number }> }) {
  const hasExtra = rows.some((row) => row.extra !== undefined);
  // Hidden through a wrapper: a table ignores `overflow`, so its cells would still widen the page.
  return (
    <div class="visually-hidden">
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {hasExtra && <th scope="col">{t('options.stats.series.scans')}</th>}
          {ACTING_ACTIONS.map((action) => (
            <th scope="col" key={action}>
              {SERIES_LABEL(action)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {hasExtra && <td>{row.extra}</td>}
            {ACTING_ACTIONS.map((action) => (
              <td key={action}>{row.counts[action]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

function Frame({ testId, summary, width, height, children }: { testId: string; summary: string; width: number; height: number; children: ComponentChildren }) {
  return (
    <svg class="chart" data-testid={testId} role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet">
      {children}
    </svg>
  );
}

/** Warnings, redactions and blocks per day, stacked; scans are in the table and the summary. */
export function DailyChart({ days, summary, formatDay }: { days: Array<{ day: string; scans: number; counts: ActionCounts }>; summary: string; formatDay: (day: string) => string }) {
  const width = 640;
  const height = 220;
  const plot = { left: 36, top: 10, width: width - 46, height: height - 40 };
  const top = niceMax(Math.max(0, ...days.map((d) => d.counts.warn + d.counts.redact + d.counts.block)));
  const bars = stackedColumns(days.map((d) => d.counts), ACTING_ACTIONS, plot, top);
  const step = labelStep(days.length, 8);
  const id = 'daily';
  return (
    <figure class="chart-figure">
      <Frame testId="stats-daily-chart" summary={summary} width={width} height={height}>
        <Patterns id={id} />
        {ticks(top).map((value) => {
          const y = plot.top + plot.height - (value / top) * plot.height;
          return (
            <g key={value} class="axis">
              <line x1={plot.left} x2={plot.left + plot.width} y1={y} y2={y} />
              <text x={plot.left - 6} y={y + 4} text-anchor="end">
                {value}
              </text>
            </g>
          );
        })}
        {bars.map((bar) => (
          <g key={days[bar.index]!.day}>
            {bar.segments.map((segment) => (
              <rect key={segment.key} class={`series-${segment.key}`} style={fillFor(id, segment.key)} x={segment.rect.x} y={segment.rect.y} width={segment.rect.width} height={segment.rect.height}>
                <title>{`${formatDay(days[bar.index]!.day)}: ${SERIES_LABEL(segment.key)} ${segment.value}`}</title>
              </rect>
            ))}
            {showsLabel(bar.index, bars.length, step) && (
              <text class="axis" x={bar.slot.x + bar.slot.width / 2} y={height - 12} text-anchor="middle">
                {formatDay(days[bar.index]!.day)}
              </text>
            )}
          </g>
        ))}
      </Frame>
      <Legend prefix={id} />
      <DataTable caption={t('options.stats.dailyTable')} rowHeader={t('options.stats.day')} rows={days.map((d) => ({ label: formatDay(d.day), counts: d.counts, extra: d.scans }))} />
    </figure>
  );
}

/** One horizontal stacked bar per category that acted, most frequent first. */
export function CategoryChart({ rows, summary }: { rows: Array<{ label: string; counts: ActionCounts; total: number }>; summary: string }) {
  const width = 640;
  const labelWidth = 200;
  const rowHeight = 26;
  const height = Math.max(1, rows.length) * rowHeight + 24;
  const plot = { left: labelWidth, top: 4, width: width - labelWidth - 40, height: rows.length * rowHeight };
  const top = niceMax(Math.max(0, ...rows.map((row) => row.total)));
  const bars = stackedRows(rows.map((row) => row.counts), ACTING_ACTIONS, plot, top);
  const id = 'category';
  return (
    <figure class="chart-figure">
      <Frame testId="stats-category-chart" summary={summary} width={width} height={height}>
        <Patterns id={id} />
        {bars.map((bar) => {
          const row = rows[bar.index]!;
          const end = bar.segments.at(-1);
          return (
            <g key={row.label}>
              <text class="axis" x={labelWidth - 8} y={bar.slot.y + bar.slot.height / 2 + 4} text-anchor="end">
                {row.label}
              </text>
              {bar.segments.map((segment) => (
                <rect key={segment.key} class={`series-${segment.key}`} style={fillFor(id, segment.key)} x={segment.rect.x} y={segment.rect.y} width={segment.rect.width} height={segment.rect.height}>
                  <title>{`${row.label}: ${SERIES_LABEL(segment.key)} ${segment.value}`}</title>
                </rect>
              ))}
              <text class="axis" x={(end ? end.rect.x + end.rect.width : plot.left) + 6} y={bar.slot.y + bar.slot.height / 2 + 4}>
                {row.total}
              </text>
            </g>
          );
        })}
      </Frame>
      <Legend prefix={id} />
      <DataTable caption={t('options.stats.categoryTable')} rowHeader={t('options.stats.category')} rows={rows} />
    </figure>
  );
}
