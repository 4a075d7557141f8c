import { browser } from 'wxt/browser';
import type { ContentHealthMessage } from '../../messaging/messages.ts';
import { createHealthMonitor, HEALTH_GRACE_MS, type HealthProbe, type SiteHealth } from '../../sites/site-health.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';
import type { AdapterSource } from './adapter-overrides.ts';
import { queryFirst, readComposerText } from './composer.ts';

/** Chat pages mutate constantly while a reply streams: look at most this often. */
export const HEALTH_CHECK_INTERVAL_MS = 1_000;

/** Tells the background (which keeps it per tab for the popup). Text-free; failures do not matter. */
export function sendHealthReport(health: SiteHealth): void {
  const message: ContentHealthMessage = { type: 'content:health', state: health.state, missing: health.missing };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export interface AdapterHealthOptions {
  report?: (health: SiteHealth) => void;
  graceMs?: number;
  intervalMs?: number;
}

/** What one look at the page finds: the composer, and a send control once there is text to send. */
export function probePage(doc: Document, adapter: SiteAdapter): HealthProbe {
  const composer = queryFirst(doc, adapter.composer);
  if (!composer) return { composer: false };
  if (readComposerText(composer).trim() === '') return { composer: true };
  return { composer: true, send: queryFirst(doc, adapter.send) !== null };
}

/**
 * Watches whether the adapter still finds the page's composer (and its send control once text is
 * typed): a MutationObserver, throttled, feeding the health monitor in site-health.ts, which
 * reports `ok` at once and `degraded` only after the grace period. Returns a stop function.
 */
export function startAdapterHealth(win: Window, adapterOrSource: SiteAdapter | AdapterSource, options: AdapterHealthOptions = {}): () => void {
  const doc = win.document;
  const source: AdapterSource = 'current' in adapterOrSource ? adapterOrSource : { current: () => adapterOrSource, stop: () => undefined };
  const intervalMs = options.intervalMs ?? HEALTH_CHECK_INTERVAL_MS;
  const monitor = createHealthMonitor({
    probe: () => probePage(doc, source.current()),
    report: options.report ?? sendHealthReport,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    graceMs: options.graceMs ?? HEALTH_GRACE_MS,
  });

  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let last = Number.NEGATIVE_INFINITY;
  const schedule = (): void => {
    if (scheduled !== undefined) return;
    const wait = Math.max(0, last + intervalMs - Date.now());
    scheduled = setTimeout(() => {
      scheduled = undefined;
      last = Date.now();
      monitor.check();
    }, wait);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true });
  const abort = new AbortController();
  // Typing decides whether a send control must exist; the page finishing loading is worth a look.
  win.addEventListener('input', schedule, { capture: true, signal: abort.signal });
  win.addEventListener('load', schedule, { signal: abort.signal });
  schedule();

  return () => {
    observer.disconnect();
    abort.abort();
    if (scheduled !== undefined) clearTimeout(scheduled);
    monitor.stop();
  };
}
