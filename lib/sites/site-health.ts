/**
 * Whether the content script found what it needs on the page. An adapter whose selectors no
 * longer match (the site changed its markup) cannot intercept anything: it reports itself as
 * degraded, the background keeps that per tab, and the popup tells the user that sends on this
 * page are not checked — Rampart never fails silently. Text-free by construction.
 */
export type HealthState = 'ok' | 'degraded';
export type HealthPart = 'composer' | 'send';
export const HEALTH_PARTS: readonly HealthPart[] = ['composer', 'send'];

export interface SiteHealth {
  state: HealthState;
  /** What could not be found; empty when the state is ok. */
  missing: HealthPart[];
}

/** What one look at the page found. `send` is only asked when it must exist (text typed). */
export interface HealthProbe {
  composer: boolean;
  send?: boolean;
}

/**
 * A page is given this long to show its composer (chat apps render it from script, and route
 * changes remove and re-create it) before the adapter calls itself degraded.
 */
export const HEALTH_GRACE_MS = 5_000;

export function missingParts(probe: HealthProbe): HealthPart[] {
  if (!probe.composer) return ['composer'];
  return probe.send === false ? ['send'] : [];
}

export const healthOf = (missing: readonly HealthPart[]): SiteHealth => ({ state: missing.length ? 'degraded' : 'ok', missing: [...missing] });

/** Untrusted input (a message, storage) → SiteHealth, or undefined when it is not one. */
export function parseSiteHealth(raw: unknown): SiteHealth | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { state, missing } = raw as { state?: unknown; missing?: unknown };
  if (state !== 'ok' && state !== 'degraded') return undefined;
  if (!Array.isArray(missing) || missing.length > HEALTH_PARTS.length) return undefined;
  if (!missing.every((part) => (HEALTH_PARTS as readonly unknown[]).includes(part))) return undefined;
  const parts = [...new Set(missing as HealthPart[])];
  if ((state === 'ok') !== (parts.length === 0)) return undefined;
  return { state, missing: parts };
}

/** What the background keeps per tab: the health, the page's host it is about, and when. */
export interface SiteHealthRecord extends SiteHealth {
  host: string;
  at: number;
}

/** A stored record, checked (storage can hold anything); undefined when it is not one. */
export function parseSiteHealthRecord(raw: unknown): SiteHealthRecord | undefined {
  const health = parseSiteHealth(raw);
  if (!health) return undefined;
  const { host, at } = raw as { host?: unknown; at?: unknown };
  if (typeof host !== 'string' || host.length === 0 || host.length > 253 || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  return { ...health, host, at };
}

export interface HealthMonitorDeps {
  probe: () => HealthProbe;
  report: (health: SiteHealth) => void;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  graceMs?: number;
}

export interface HealthMonitor {
  /** Look again (the DOM changed, or the page finished loading). */
  check(): void;
  stop(): void;
}

/**
 * Reports `ok` as soon as everything is found and `degraded` only when something stayed missing
 * for the whole grace period; each state is reported once, when it changes.
 */
export function createHealthMonitor(deps: HealthMonitorDeps): HealthMonitor {
  const graceMs = deps.graceMs ?? HEALTH_GRACE_MS;
  let reported: string | undefined;
  let waitingFor: string | undefined;
  let timer: unknown;
  let stopped = false;

  const emit = (missing: HealthPart[]): void => {
    const key = missing.join(',');
    if (key === reported) return;
    reported = key;
    deps.report(healthOf(missing));
  };

  const cancel = (): void => {
    if (timer !== undefined) deps.clearTimer(timer);
    timer = undefined;
    waitingFor = undefined;
  };

  function check(): void {
    if (stopped) return;
    const missing = missingParts(deps.probe());
    const key = missing.join(',');
    if (missing.length === 0 || key === reported) {
      cancel();
      emit(missing);
      return;
    }
    if (key === waitingFor) return;
    cancel();
    waitingFor = key;
    timer = deps.setTimer(() => {
      timer = undefined;
      waitingFor = undefined;
      if (stopped) return;
      const now = missingParts(deps.probe());
      if (now.join(',') === key) emit(now);
      else check();
    }, graceMs);
  }

  return {
    check,
    stop() {
      stopped = true;
      cancel();
    },
  };
}
