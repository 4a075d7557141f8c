import { err, ok } from '../core/result.ts';
import type { MessageRoute } from '../messaging/message-route.ts';
import { localDay, MAX_STATS_DAYS, statsWindow, type DayStats } from './daily-stats.ts';

export interface StatsRouteDeps {
  /** The stored per-day counts (already repaired). */
  read(): Promise<DayStats[]>;
  now(): number;
  /** The local day of a timestamp; injectable so tests do not depend on the machine's time zone. */
  dayOf?: (at: number) => string;
}

/** What page:stats answers: a gap-free run of days ending today, oldest first. */
export interface StatsAnswer {
  today: string;
  days: DayStats[];
}

export const DEFAULT_STATS_DAYS = 30;

/**
 * `page:stats {days}` → the last `days` days (1..90, default 30) of counts for the options page's
 * charts. A `days` that is not a whole number in range is an error, not a silent clamp: the page
 * only ever asks for 7, 30 or 90.
 */
export function statsRoutes(deps: StatsRouteDeps): MessageRoute[] {
  return [
    {
      type: 'page:stats',
      async handle(body) {
        const days = body.days ?? DEFAULT_STATS_DAYS;
        if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_STATS_DAYS) {
          return err(`days must be a whole number from 1 to ${MAX_STATS_DAYS}`);
        }
        const today = (deps.dayOf ?? localDay)(deps.now());
        const answer: StatsAnswer = { today, days: statsWindow(await deps.read(), today, days) };
        return ok(answer);
      },
    },
  ];
}
