import { browser } from 'wxt/browser';
import { serialQueue } from '../../core/serial-queue.ts';
import {
  CUSTOM_SITES_KEY,
  CUSTOM_SITES_SCRIPT_ID,
  isCustomSite,
  MAX_CUSTOM_SITES,
  originFromPattern,
  originPattern,
} from '../../sites/custom-sites.ts';

/** The bundle WXT builds from entrypoints/chat.content.ts; the manifest lists the same file. */
export const CHAT_CONTENT_SCRIPT = 'content-scripts/chat.js';

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
}

/** The slices of `browser.scripting`, `browser.permissions` and a storage area the registry uses. */
export interface CustomSitesDeps {
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  grantedOrigins: () => Promise<string[]>;
  storage: { set(items: Record<string, unknown>): Promise<void> };
}

export interface CustomSites {
  /** Whether a sender's page is on a site the user added (answers from the last sync). */
  has(url: URL): boolean;
  /** Resolves once the first sync finished (a woken worker waits for it before judging senders). */
  readonly ready: Promise<void>;
  /** Re-reads the granted origins and brings the registration and the stored list in line. */
  sync(): Promise<void>;
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((entry, i) => entry === b[i]);

/**
 * Sites the user protects with the generic adapter. The source of truth is the browser's own
 * record of optional host permissions the user granted (popup → "Protect this site", or Chrome's
 * site-access menu): each granted HTTPS origin gets the chat content script, registered under one
 * id, and the sender check accepts it. Revoking the permission (anywhere) removes it on the next
 * sync. The list is also kept in storage.local so the popup and a restarted worker can read it.
 */
export function createCustomSites(deps: CustomSitesDeps): CustomSites {
  let origins = new Set<string>();
  const enqueue = serialQueue();

  const sync = () =>
    enqueue(async () => {
      const granted = [...new Set((await deps.grantedOrigins()).map(originFromPattern).filter((o): o is string => o !== undefined))]
        .sort()
        .slice(0, MAX_CUSTOM_SITES);
      const matches = granted.map(originPattern);
      const [current] = await deps.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
      if (matches.length === 0) {
        if (current) await deps.scripting.unregisterContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
      } else {
        const script: RegisteredScript = { id: CUSTOM_SITES_SCRIPT_ID, matches, js: [CHAT_CONTENT_SCRIPT], runAt: 'document_start', allFrames: false };
        if (!current) await deps.scripting.registerContentScripts([script]);
        else if (!sameList([...(current.matches ?? [])].sort(), matches)) await deps.scripting.updateContentScripts([script]);
      }
      // Accept the new set only once the script is in place for it (and drop revoked ones at once).
      origins = new Set(granted);
      await deps.storage.set({ [CUSTOM_SITES_KEY]: granted });
    });

  const ready = sync().catch(() => undefined);
  return {
    has: (url) => isCustomSite(url, origins),
    ready,
    sync,
  };
}

/**
 * The registry wired to the browser: synced at start and whenever a permission is granted or
 * revoked. `onError` hears failures without detail (origins are the user's browsing).
 */
export function startCustomSites(onError: (error: unknown) => void): CustomSites {
  const sites = createCustomSites({
    scripting: browser.scripting as unknown as CustomSitesDeps['scripting'],
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    storage: browser.storage.local,
  });
  const resync = () => void sites.sync().catch(onError);
  // A browser without one of these events still gets its background (and the built-in sites):
  // custom sites then follow only the worker's next start.
  try {
    browser.permissions.onAdded.addListener(resync);
    browser.permissions.onRemoved.addListener(resync);
    // Firefox forgets registered content scripts when it restarts; this listener also wakes its
    // event page at browser start, so the sites are registered again before the first page loads.
    browser.runtime.onStartup.addListener(resync);
  } catch (error) {
    onError(error);
  }
  return sites;
}
