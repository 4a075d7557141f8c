import type { Result } from '../core/result.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';

/** A pause this long after the last keystroke counts as "the user stopped typing". */
export const PRESCAN_IDLE_MS = 300;
/**
 * A pre-scan verdict is trusted for this long: the policy (profile, admin settings) can change
 * in between, and a send after a long pause can afford a fresh check.
 */
export const PRESCAN_TTL_MS = 60_000;
/** Longer texts are not pre-scanned on every pause (a paste that size is checked when pasted). */
export const PRESCAN_MAX_CHARS = 50_000;

export interface PrescanDeps {
  /** The composer's text now; undefined when there is none. */
  readText: () => string | undefined;
  scan: (text: string) => Promise<Result<ScanReply>>;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  idleMs?: number;
  ttlMs?: number;
  maxChars?: number;
}

export interface Prescanner {
  /** The user typed: (re)start the idle timer. */
  noteInput(): void;
  /** The verdict of a finished pre-scan of exactly `text`, while it is fresh. */
  replyFor(text: string): ScanReply | undefined;
  /** Whether `text` was pre-scanned and allowed: the send then needs no interception at all. */
  isAllowed(text: string): boolean;
  stop(): void;
}

/**
 * Scans the composer's text while the user pauses typing, so that pressing Enter on a clean
 * message costs nothing: the page's own handler gets the user's original, trusted event. Holds
 * one entry (the newest finished scan) in memory only; a failed scan leaves nothing behind, and
 * an older scan finishing late never replaces a newer one.
 */
export function createPrescanner(deps: PrescanDeps): Prescanner {
  const idleMs = deps.idleMs ?? PRESCAN_IDLE_MS;
  const ttlMs = deps.ttlMs ?? PRESCAN_TTL_MS;
  const maxChars = deps.maxChars ?? PRESCAN_MAX_CHARS;
  let timer: unknown;
  let started = 0;
  let stored: { seq: number; text: string; reply: ScanReply; at: number } | undefined;
  let stopped = false;

  async function run(): Promise<void> {
    timer = undefined;
    const text = deps.readText();
    if (stopped || text === undefined || text.trim() === '' || text.length > maxChars) return;
    if (stored?.text === text && deps.now() - stored.at <= ttlMs) return;
    const seq = ++started;
    let reply: Result<ScanReply>;
    try {
      reply = await deps.scan(text);
    } catch {
      return;
    }
    if (stopped || !reply.ok || (stored && stored.seq > seq)) return;
    stored = { seq, text, reply: reply.value, at: deps.now() };
  }

  const fresh = (text: string) => (stored && stored.text === text && deps.now() - stored.at <= ttlMs ? stored : undefined);

  return {
    noteInput() {
      if (stopped) return;
      if (timer !== undefined) deps.clearTimer(timer);
      timer = deps.setTimer(() => void run(), idleMs);
    },
    replyFor: (text) => fresh(text)?.reply,
    isAllowed: (text) => fresh(text)?.reply.verdict.action === 'allow',
    stop() {
      stopped = true;
      if (timer !== undefined) deps.clearTimer(timer);
      timer = undefined;
      stored = undefined;
    },
  };
}
