import { browser } from 'wxt/browser';
import { appendRecentVerdict, readRecentVerdicts, recentVerdictsKey } from '../../messaging/recent-verdicts.ts';
import type { RecentVerdicts } from '../../messaging/message-handler.ts';
import type { VerdictSummary } from '../../messaging/verdict-summary.ts';
import { serialQueue } from '../../core/serial-queue.ts';

/** The slice of a storage area the store uses (so a test can hand in any area). */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export interface RecentVerdictsStore extends RecentVerdicts {
  clear(tabId: number): Promise<void>;
}

/**
 * Per-tab verdict history in `storage.session`: it survives the service worker being stopped
 * (memory does not), is wiped when the browser closes, and by default cannot be read by content
 * scripts. Only VerdictSummary objects go in — never prompt text.
 * Appends are read-modify-write, so they are queued: two scans finishing together must not
 * overwrite each other's entry.
 */
export function createRecentVerdictsStore(area: StorageAreaLike = browser.storage.session): RecentVerdictsStore {
  const enqueue = serialQueue();

  return {
    append(tabId: number, summary: VerdictSummary) {
      const key = recentVerdictsKey(tabId);
      return enqueue(async () => {
        const stored = await area.get(key);
        await area.set({ [key]: appendRecentVerdict(stored[key], summary) });
      });
    },
    list(tabId: number) {
      const key = recentVerdictsKey(tabId);
      return enqueue(async () => readRecentVerdicts((await area.get(key))[key]));
    },
    clear(tabId: number) {
      return enqueue(() => area.remove(recentVerdictsKey(tabId)));
    },
  };
}
