import { serialQueue } from '../../core/serial-queue.ts';
import type { Direction } from '../../core/direction.ts';
import type { VerdictSummary } from '../../messaging/verdict-summary.ts';
import { localDay, readStats, recordOutcome, type DayStats } from '../../stats/daily-stats.ts';

/** The `storage.local` key of the per-day counts. */
export const STATS_STORAGE_KEY = 'stats';

/**
 * What the background's verdict hook hands over (the message handler's VerdictEvent has these
 * fields and more). Only `summary.at`, `summary.action` and the reasons' categories and actions
 * are kept; the site and tab are deliberately not (a per-site count would be a browsing history).
 */
export interface StatsScanEvent {
  summary: Pick<VerdictSummary, 'at' | 'action' | 'reasons'>;
  site?: string;
  direction?: Direction;
  tabId?: number;
  /** Pre-scans of a draft are not sends: never counted. */
  purpose?: 'prescan';
}

export interface StatsStorageArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StatsStore {
  /** Counts one full scan. Never rejects: statistics must not cost a verdict. */
  recordScan(event: StatsScanEvent): Promise<void>;
  read(): Promise<DayStats[]>;
}

/**
 * Per-day counts in storage.local. Writes are serialized (read-modify-write per scan; two tabs
 * scanning at once must not lose a count), and a damaged value is repaired on read.
 */
export function createStatsStore(area: StatsStorageArea, options: { onError?: (error: unknown) => void; dayOf?: (at: number) => string } = {}): StatsStore {
  const enqueue = serialQueue();
  const read = async () => readStats((await area.get(STATS_STORAGE_KEY))[STATS_STORAGE_KEY]);
  return {
    read: () => enqueue(read),
    async recordScan(event) {
      if (event.purpose === 'prescan') return;
      try {
        await enqueue(async () => {
          const days = recordOutcome(await read(), event.summary, options.dayOf ?? localDay);
          await area.set({ [STATS_STORAGE_KEY]: days });
        });
      } catch (error) {
        options.onError?.(error);
      }
    },
  };
}
