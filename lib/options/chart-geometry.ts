/**
 * Geometry of the statistics charts, kept apart from the SVG so it can be tested: a "nice" axis
 * maximum with round ticks, and bars as rectangles in a fixed viewBox (the SVG scales with the
 * page, so 200% zoom and narrow windows keep the proportions).
 */

/** The smallest of 1, 2, 5 × 10^n that is ≥ `max` (at least 1), so ticks land on round numbers. */
export function niceMax(max: number): number {
  // Counts are whole numbers: an axis below 1 would only show fractions of a scan.
  if (!(max > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Evenly spaced tick values from 0 to `top` on whole numbers: 4 or 5 divisions when `top` splits
 * evenly (niceMax's 1, 2, 5 × 10^n always does), fewer for tiny axes. Counts have no fractions.
 */
export function ticks(top: number): number[] {
  const divisions = [4, 5, 2, 1].find((d) => d <= top && Number.isInteger(top / d)) ?? 1;
  return Array.from({ length: divisions + 1 }, (_, index) => (top * index) / divisions);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One stacked bar: its segments bottom-up (or left-to-right), in the series order given. */
export interface StackedBar<K extends string> {
  index: number;
  total: number;
  segments: Array<{ key: K; value: number; rect: Rect }>;
  /** The whole slot (hover and focus target). */
  slot: Rect;
}

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Vertical stacked columns, one per entry, in `plot`. Zero segments get no rectangle (an empty
 * day is an empty slot, not a hairline). `gap` is the fraction of a slot left between columns.
 */
export function stackedColumns<K extends string>(
  entries: ReadonlyArray<Readonly<Record<K, number>>>,
  keys: readonly K[],
  plot: PlotArea,
  top: number,
  gap = 0.2,
): StackedBar<K>[] {
  const slotWidth = entries.length > 0 ? plot.width / entries.length : 0;
  const barWidth = slotWidth * (1 - gap);
  const scale = top > 0 ? plot.height / top : 0;
  return entries.map((entry, index) => {
    const x = plot.left + index * slotWidth + (slotWidth - barWidth) / 2;
    let base = plot.top + plot.height;
    const segments: StackedBar<K>['segments'] = [];
    for (const key of keys) {
      const value = entry[key];
      if (!(value > 0)) continue;
      const height = value * scale;
      base -= height;
      segments.push({ key, value, rect: { x, y: base, width: barWidth, height } });
    }
    return {
      index,
      total: keys.reduce((sum, key) => sum + (entry[key] > 0 ? entry[key] : 0), 0),
      segments,
      slot: { x: plot.left + index * slotWidth, y: plot.top, width: slotWidth, height: plot.height },
    };
  });
}

/** Horizontal stacked bars, one per entry, top to bottom, growing from `plot.left`. */
export function stackedRows<K extends string>(
  entries: ReadonlyArray<Readonly<Record<K, number>>>,
  keys: readonly K[],
  plot: PlotArea,
  top: number,
  gap = 0.25,
): StackedBar<K>[] {
  const slotHeight = entries.length > 0 ? plot.height / entries.length : 0;
  const barHeight = slotHeight * (1 - gap);
  const scale = top > 0 ? plot.width / top : 0;
  return entries.map((entry, index) => {
    const y = plot.top + index * slotHeight + (slotHeight - barHeight) / 2;
    let start = plot.left;
    const segments: StackedBar<K>['segments'] = [];
    for (const key of keys) {
      const value = entry[key];
      if (!(value > 0)) continue;
      const width = value * scale;
      segments.push({ key, value, rect: { x: start, y, width, height: barHeight } });
      start += width;
    }
    return {
      index,
      total: keys.reduce((sum, key) => sum + (entry[key] > 0 ? entry[key] : 0), 0),
      segments,
      slot: { x: plot.left, y: plot.top + index * slotHeight, width: plot.width, height: slotHeight },
    };
  });
}

/** Which day labels to print under `count` columns so they do not collide: every `step`-th, last always. */
export function labelStep(count: number, maxLabels = 10): number {
  return Math.max(1, Math.ceil(count / maxLabels));
}

/** Whether column `index` of `count` gets a label: every `step`-th, and the last, never one too close before it. */
export const showsLabel = (index: number, count: number, step: number): boolean =>
  index === count - 1 || (index % step === 0 && count - 1 - index >= step);
