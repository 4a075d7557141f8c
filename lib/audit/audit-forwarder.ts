import { serialQueue } from '../core/serial-queue.ts';
import type { AuditCollector } from '../settings/user-settings.ts';
import type { AuditRecord } from './audit-record.ts';
import { otlpLogsPayload } from './otlp-logs.ts';

/**
 * Sends audit records to the admin's OTLP/HTTP collector: batched (by size and by time), retried
 * with exponential back-off and jitter on network errors, 429 and 5xx (a Retry-After is obeyed),
 * dropped on any other answer that is not a success (the collector will not take it, however
 * often it is sent), through a bounded queue that drops the oldest records first and counts
 * every record it drops. Off unless a collector is configured: without one nothing is queued and
 * nothing is sent. Platform-free: the HTTP request and the timers are dependencies
 * (lib/adapters/background/otlp-transport.ts in the extension).
 *
 * The queue is persisted (OutboxStorage, in the audit database) because an MV3 service worker is
 * stopped after ~30 s idle: records waiting for a retry must survive that, and a browser restart.
 */

/** What the transport reports back: the status code and a Retry-After header, if any. */
export interface PostResponse {
  status: number;
  retryAfter?: string | null;
}
/** Rejects on a network failure (no answer, CORS refusal, timeout). */
export type OtlpPost = (url: string, headers: Readonly<Record<string, string>>, body: string) => Promise<PostResponse>;

export interface ForwarderClock {
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** [0, 1): the jitter. */
  random(): number;
}

/** What survives a worker restart besides the queue itself. */
export interface ForwardingCounters {
  sent: number;
  dropped: number;
  lastError?: string;
  /** While backing off: not before this time (a restarted worker keeps honouring a Retry-After). */
  retryAt?: number;
}

export interface OutboxStorage {
  load(): Promise<{ records: AuditRecord[]; counters: ForwardingCounters }>;
  /** One change, atomically: records added, records (by seq) removed, the counters. */
  save(change: { put: AuditRecord[]; delete: number[]; counters: ForwardingCounters }): Promise<void>;
}

export interface ForwardingStatus {
  configured: boolean;
  sent: number;
  dropped: number;
  pending: number;
  lastError?: string;
}

export interface ForwarderOptions {
  /** Records per request. */
  batchSize: number;
  /** How long a partial batch waits for more records. */
  intervalMs: number;
  /** Records kept waiting at most; beyond it the oldest are dropped (and counted). */
  maxQueue: number;
  /** The first retry's delay; doubled on each further failure, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut to it (a broken collector must not stop forwarding for days). */
  maxRetryAfterMs: number;
}

export const DEFAULT_FORWARDER_OPTIONS: ForwarderOptions = {
  batchSize: 50,
  intervalMs: 5_000,
  maxQueue: 2_000,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
};

export interface AuditForwarderDeps {
  /** The configured collector (settings.audit.collector), read before every send. */
  collector: () => Promise<AuditCollector | undefined>;
  post: OtlpPost;
  clock: ForwarderClock;
  /** The extension's version (service.version). */
  serviceVersion: string;
  storage?: OutboxStorage;
  options?: Partial<ForwarderOptions>;
  /** Told (without record content or header values) when storage fails. */
  onError?: (error: unknown) => void;
}

export interface AuditForwarder {
  /** Queues a record for the collector; does nothing unless one is configured. Never rejects. */
  enqueue(record: AuditRecord): Promise<void>;
  /** Sends one batch now if any is due (also what the timer runs). Never rejects. */
  flush(): Promise<void>;
  status(): Promise<ForwardingStatus>;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Why a collector setting cannot be used (undefined when it can): https only, http only on this machine. */
export function collectorProblem(collector: AuditCollector): string | undefined {
  let url: URL;
  try {
    url = new URL(collector.url);
  } catch {
    return 'the collector URL is not a URL';
  }
  if (url.username || url.password) return 'the collector URL must not contain credentials (use a header)';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    return 'the collector URL must use https (http only for localhost)';
  }
  for (const [name, value] of Object.entries(collector.headers ?? {})) {
    if (!HEADER_NAME.test(name) || typeof value !== 'string' || /[\r\n\0]/.test(value)) return `the collector header "${HEADER_NAME.test(name) ? name : '?'}" is not valid`;
  }
  return undefined;
}

/** Retry-After: delta-seconds or an HTTP date, in milliseconds from now (undefined when absent or unreadable). */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `failures` (1, 2, …): base·2^(failures−1) capped at max, half of
 * it fixed and half random ("equal jitter"), so many browsers that lost the same collector do not
 * come back at the same moment, yet none retries at once.
 */
export function backoffDelay(failures: number, random: number, options: Pick<ForwarderOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

const isRetryable = (status: number): boolean => status === 429 || status >= 500;

export function createAuditForwarder(deps: AuditForwarderDeps): AuditForwarder {
  const options = { ...DEFAULT_FORWARDER_OPTIONS, ...deps.options };
  const { clock } = deps;
  const serial = serialQueue();
  let queue: AuditRecord[] = [];
  let counters: ForwardingCounters = { sent: 0, dropped: 0 };
  let failures = 0;
  let timer: { handle: unknown; dueAt: number } | undefined;

  const loaded: Promise<void> = (async () => {
    if (!deps.storage) return;
    try {
      const stored = await deps.storage.load();
      queue = stored.records.slice().sort((a, b) => a.seq - b.seq);
      counters = { ...counters, ...stored.counters };
    } catch (error) {
      deps.onError?.(error);
    }
    // A worker that wakes with records waiting sends them (after any back-off still running).
    if (queue.length > 0) schedule(Math.max(options.intervalMs, (counters.retryAt ?? 0) - clock.now()));
  })();

  async function persist(put: AuditRecord[], remove: number[]): Promise<void> {
    try {
      await deps.storage?.save({ put, delete: remove, counters: { ...counters } });
    } catch (error) {
      // The queue in memory still holds them: only a worker stop before the next save loses them.
      deps.onError?.(error);
    }
  }

  function schedule(ms: number): void {
    const dueAt = clock.now() + Math.max(0, ms);
    if (timer && timer.dueAt <= dueAt) return;
    if (timer) clock.clearTimer(timer.handle);
    timer = {
      dueAt,
      handle: clock.setTimer(() => {
        timer = undefined;
        void flush().catch((error: unknown) => deps.onError?.(error));
      }, Math.max(0, ms)),
    };
  }

  async function usableCollector(): Promise<AuditCollector | undefined> {
    let collector: AuditCollector | undefined;
    try {
      collector = await deps.collector();
    } catch (error) {
      deps.onError?.(error);
      return undefined;
    }
    return collector && collectorProblem(collector) === undefined ? collector : undefined;
  }

  function enqueue(record: AuditRecord): Promise<void> {
    return serial(async () => {
      await loaded;
      if (!(await usableCollector())) return;
      queue.push(record);
      const overflow = queue.length - options.maxQueue;
      const dropped = overflow > 0 ? queue.splice(0, overflow) : [];
      counters.dropped += dropped.length;
      await persist([record], dropped.map((r) => r.seq));
      const backingOff = counters.retryAt !== undefined && counters.retryAt > clock.now();
      if (backingOff) return;
      schedule(queue.length >= options.batchSize ? 0 : options.intervalMs);
    });
  }

  function flush(): Promise<void> {
    return serial(async () => {
      await loaded;
      if (queue.length === 0) return;
      const waitFor = (counters.retryAt ?? 0) - clock.now();
      if (waitFor > 0) {
        schedule(waitFor);
        return;
      }
      let collector: AuditCollector | undefined;
      try {
        collector = await deps.collector();
      } catch (error) {
        deps.onError?.(error);
      }
      if (!collector) return;
      const problem = collectorProblem(collector);
      if (problem) {
        counters.lastError = problem;
        return;
      }
      const batch = queue.slice(0, options.batchSize);
      const body = JSON.stringify(otlpLogsPayload(batch, deps.serviceVersion, clock.now()));
      let outcome: { status: number; retryAfter?: string | null } | { failed: string };
      try {
        outcome = await deps.post(collector.url, { ...collector.headers }, body);
      } catch (error) {
        // The error's kind only: a message could carry the URL's query or a header echoed back.
        outcome = { failed: `network error${error instanceof Error ? ` (${error.name})` : ''}` };
      }
      const sentSeqs = new Set(batch.map((record) => record.seq));
      if ('status' in outcome && outcome.status >= 200 && outcome.status < 300) {
        queue = queue.filter((record) => !sentSeqs.has(record.seq));
        counters.sent += batch.length;
        failures = 0;
        delete counters.lastError;
        delete counters.retryAt;
        await persist([], [...sentSeqs]);
        if (queue.length >= options.batchSize) schedule(0);
        else if (queue.length > 0) schedule(options.intervalMs);
        return;
      }
      if ('failed' in outcome || isRetryable(outcome.status)) {
        failures += 1;
        const asked = 'status' in outcome ? retryAfterMs(outcome.retryAfter, clock.now()) : undefined;
        const delay = asked !== undefined ? Math.min(asked, options.maxRetryAfterMs) : backoffDelay(failures, clock.random(), options);
        counters.lastError = 'failed' in outcome ? outcome.failed : `HTTP ${outcome.status} (retrying)`;
        counters.retryAt = clock.now() + delay;
        await persist([], []);
        schedule(delay);
        return;
      }
      // 4xx (other than 429), 3xx, 1xx: the collector refuses this batch; sending it again would not help.
      queue = queue.filter((record) => !sentSeqs.has(record.seq));
      counters.dropped += batch.length;
      counters.lastError = `HTTP ${outcome.status}: ${batch.length} records dropped`;
      failures = 0;
      delete counters.retryAt;
      await persist([], [...sentSeqs]);
      if (queue.length > 0) schedule(options.intervalMs);
    });
  }

  return {
    enqueue: (record) => enqueue(record).catch((error: unknown) => deps.onError?.(error)),
    flush: () => flush().catch((error: unknown) => deps.onError?.(error)),
    async status() {
      await loaded;
      const configured = (await usableCollector()) !== undefined;
      let lastError = counters.lastError;
      if (!configured) {
        const collector = await deps.collector().catch(() => undefined);
        if (collector) lastError = collectorProblem(collector);
      }
      return { configured, sent: counters.sent, dropped: counters.dropped, pending: queue.length, ...(lastError ? { lastError } : {}) };
    },
  };
}
