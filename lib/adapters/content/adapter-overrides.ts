import { browser } from 'wxt/browser';
import { parseSelectorOverrides, withSelectorOverrides } from '../../sites/selector-overrides.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';

/** The managed-policy key that carries selector overrides (see public/managed_schema.json). */
export const SELECTOR_OVERRIDES_KEY = 'selectorOverrides';

/** The adapter in effect right now: the built-in one, with the admin's selectors first once read. */
export interface AdapterSource {
  current(): SiteAdapter;
  stop(): void;
}

export interface AdapterSourceDeps {
  readManaged: () => Promise<unknown>;
  /** Subscribes to managed-policy changes; returns the unsubscribe. */
  watchManaged: (onValue: (value: unknown) => void) => () => void;
  isValidSelector: (selector: string) => boolean;
  warn: (message: string) => void;
}

/** The browser's own parser decides: querySelector on an empty fragment throws on a bad selector. */
export const browserSelectorCheck =
  (doc: Document) =>
  (selector: string): boolean => {
    try {
      doc.createDocumentFragment().querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };

export const browserManagedPolicy = (): Pick<AdapterSourceDeps, 'readManaged' | 'watchManaged'> => ({
  // Firefox without a policies.json (and Chrome before its policy loads) rejects or answers
  // empty: both mean "no overrides", never an error for the page.
  readManaged: async () => (await browser.storage.managed.get(SELECTOR_OVERRIDES_KEY))[SELECTOR_OVERRIDES_KEY],
  watchManaged: (onValue) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'managed' && SELECTOR_OVERRIDES_KEY in changes) onValue(changes[SELECTOR_OVERRIDES_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
});

/**
 * A SiteAdapter whose fields are read from the source each time: code that takes a plain adapter
 * and looks its selectors up at event time (reply guard, badge) sees the admin's overrides too.
 */
export function liveAdapter(source: AdapterSource): SiteAdapter {
  const live = {} as SiteAdapter;
  for (const key of Object.keys(source.current()) as Array<keyof SiteAdapter>) {
    Object.defineProperty(live, key, { enumerable: true, get: () => source.current()[key] });
  }
  return live;
}

/**
 * Starts with the built-in adapter (interception must work from document_start, before any
 * storage answer) and switches to the overridden one when the policy is read or changes. Managed
 * storage can stay empty for seconds after the browser starts (extension-notes R7); the change
 * listener picks the value up then. Invalid selectors are skipped with a console warning.
 */
export function createAdapterSource(base: SiteAdapter, deps: AdapterSourceDeps): AdapterSource {
  let adapter = base;
  let stopped = false;
  const apply = (raw: unknown): void => {
    if (stopped) return;
    const { overrides, problems } = parseSelectorOverrides(raw, deps.isValidSelector);
    for (const problem of problems) deps.warn(`Rampart: managed policy ${problem}; skipped.`);
    adapter = withSelectorOverrides(base, overrides);
  };
  const unwatch = deps.watchManaged(apply);
  deps.readManaged().then(apply, () => undefined);
  return {
    current: () => adapter,
    stop() {
      stopped = true;
      unwatch();
    },
  };
}
