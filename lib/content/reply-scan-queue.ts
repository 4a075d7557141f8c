import { MAX_SCAN_CHARS } from '../core/limits.ts';
import { DEFAULT_OVERLAP_CHARS, DEFAULT_STEP_CHARS } from '../core/reply-stream.ts';
import { err, type Result } from '../core/result.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';

/**
 * `window`: a slice of a reply still being written, scanned by the background's cheap (gate)
 * detectors only; `full`: the whole settled reply, scanned by everything — the verdict that counts.
 */
export type ReplyScanScope = 'window' | 'full';

export interface ReplyScanRequest {
  text: string;
  scope: ReplyScanScope;
}

/** Full-scan answers by reply text, so a reply the app re-renders is not scanned again. */
export interface FullScanMemo {
  get(text: string): Result<ScanReply> | undefined;
  set(text: string, reply: Result<ScanReply>): void;
}

export interface ReplyScanQueueOptions {
  /** Resolves (never rejects, but a rejection is handled) with the background's answer. */
  scan: (request: ReplyScanRequest) => Promise<Result<ScanReply>>;
  onResult: (scope: ReplyScanScope, result: Result<ScanReply>, text: string) => void;
  stepChars?: number;
  overlapChars?: number;
  memo?: FullScanMemo;
}

export interface ReplyScanQueue {
  /** The reply's text so far. */
  progress(text: string): void;
  /** The reply is finished: scan all of it (once per distinct text). */
  settle(text: string): void;
}

const commonPrefixLength = (a: string, b: string): number => {
  const max = Math.min(a.length, b.length);
  let index = 0;
  while (index < max && a.charCodeAt(index) === b.charCodeAt(index)) index += 1;
  return index;
};

/** Never start a window inside a surrogate pair (as ReplyStream does). */
const codePointBoundary = (text: string, index: number): number => {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
};

/**
 * The content script's side of ReplyStream (core/reply-stream.ts), for one reply: windows of
 * `stepChars` new characters with `overlapChars` of what came before while the reply streams, one
 * full scan when it settles. The windowing lives here rather than in the background so the
 * service worker holds no per-tab state (it may be stopped at any time mid-reply).
 *
 * Bounded by construction: at most one scan in flight; text that arrives meanwhile is coalesced
 * into the next window; a settle waits for the window in flight and supersedes any window not yet
 * sent; the same full text is never sent twice. Rendered replies are not strictly append-only
 * (markdown turns into lists and code blocks), so when the already-scanned part changes, windows
 * resume from where the old and new text agree.
 */
export function createReplyScanQueue(options: ReplyScanQueueOptions): ReplyScanQueue {
  const step = Math.max(1, options.stepChars ?? DEFAULT_STEP_CHARS);
  const overlap = Math.max(0, options.overlapChars ?? DEFAULT_OVERLAP_CHARS);
  let latest = '';
  let scannedTo = 0;
  let inFlight = false;
  let pendingFull: string | undefined;
  /** The last full scan: textKey of its text (the text itself is not kept) and its answer. */
  let lastFull: { key: string; result: Result<ScanReply> } | undefined;

  const run = (request: ReplyScanRequest, done: (result: Result<ScanReply>) => void): void => {
    inFlight = true;
    let answer: Promise<Result<ScanReply>>;
    try {
      answer = options.scan(request);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer
      .catch((error: unknown) => err(error instanceof Error ? error.message : 'scan failed'))
      .then((result) => {
        inFlight = false;
        done(result);
        pump();
      });
  };

  function pump(): void {
    if (inFlight) return;
    if (pendingFull !== undefined) {
      const text = pendingFull;
      pendingFull = undefined;
      // The full scan covers every window of this text: none is sent for it afterwards.
      if (latest.startsWith(text)) scannedTo = Math.max(scannedTo, text.length);
      run({ text, scope: 'full' }, (result) => {
        lastFull = { key: textKey(text), result };
        if (result.ok) options.memo?.set(text, result);
        options.onResult('full', result, text);
      });
      return;
    }
    if (latest.length - scannedTo < step) return;
    const end = latest.length;
    const from = codePointBoundary(latest, Math.max(0, scannedTo - overlap));
    const sent = latest.slice(0, end);
    run({ text: latest.slice(from, end), scope: 'window' }, (result) => {
      // Counted as done even when it failed (the settle scan covers it; retrying a window against
      // a dead background would loop), unless the page rewrote that text meanwhile.
      if (latest.startsWith(sent)) scannedTo = end;
      options.onResult('window', result, sent);
    });
  }

  return {
    progress(text) {
      if (text === latest) return;
      if (!text.startsWith(latest.slice(0, scannedTo))) scannedTo = Math.min(scannedTo, commonPrefixLength(latest, text));
      latest = text;
      pump();
    },
    settle(text) {
      const bounded = text.slice(0, MAX_SCAN_CHARS);
      if (bounded.trim() === '') return;
      // Settled again on text already scanned (reopened, then back): the answer is known.
      const known = lastFull?.key === textKey(bounded) ? lastFull.result : options.memo?.get(bounded);
      if (known) {
        lastFull = { key: textKey(bounded), result: known };
        pendingFull = undefined;
        if (latest.startsWith(bounded)) scannedTo = Math.max(scannedTo, bounded.length);
        options.onResult('full', known, bounded);
        return;
      }
      pendingFull = bounded;
      pump();
    },
  };
}

/**
 * A non-cryptographic 64-bit key for a text (two independent 32-bit lanes) plus its length, so
 * the memo holds no reply text. A collision would need the same length and both lanes equal.
 */
export function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x9e3779b1);
    b ^= b >>> 15;
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16).padStart(8, '0')}:${text.length}`;
}

/** A small least-recently-used FullScanMemo, keyed by textKey. Only verdicts are kept. */
export function createFullScanMemo(maxEntries = 32): FullScanMemo {
  const entries = new Map<string, Result<ScanReply>>();
  return {
    get(text) {
      const key = textKey(text);
      const found = entries.get(key);
      if (found === undefined) return undefined;
      entries.delete(key);
      entries.set(key, found);
      return found;
    },
    set(text, reply) {
      const key = textKey(text);
      entries.delete(key);
      entries.set(key, reply);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}
