import { browser } from 'wxt/browser';
import { err, type Result } from '../../core/result.ts';
import type { ContentScanMessage, ContentWarmMessage } from '../../messaging/messages.ts';
import { parseScanReply, type ScanReply } from '../../messaging/scan-reply.ts';

/**
 * Long enough for a service worker that has to wake up and load its models, short enough that a
 * user who pressed Enter is told something rather than left wondering.
 */
export const SCAN_TIMEOUT_MS = 8_000;

/** Chrome's wording when this content script outlived its extension (update, disable, reload). */
const ORPHANED = /context invalidated/i;

export function describeSendError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return ORPHANED.test(message) ? 'Rampart was updated or turned off; reload the page to check messages again' : message;
}

type Send = (message: ContentScanMessage) => Promise<unknown>;

/** Tells the background the user is typing (it loads its models); errors do not matter here. */
export function requestWarmUp(send: (message: ContentWarmMessage) => Promise<unknown> = (message) => browser.runtime.sendMessage(message)): void {
  send({ type: 'content:warm' }).catch(() => undefined);
}

/**
 * Asks the background to scan `text`. Never rejects: no listener, a dead extension context
 * ("Extension context invalidated" after an update) and a timeout all become an error result,
 * which the content script treats as "could not check" — the message is held, not sent.
 */
export async function requestScan(
  text: string,
  timeoutMs: number = SCAN_TIMEOUT_MS,
  send: Send = (message) => browser.runtime.sendMessage(message),
): Promise<Result<ScanReply>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Result<ScanReply>>((resolve) => {
    timer = setTimeout(() => resolve(err(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  const answer = (async (): Promise<Result<ScanReply>> => {
    try {
      return parseScanReply(await send({ type: 'content:scan', text, direction: 'inbound' }));
    } catch (error) {
      return err(describeSendError(error));
    }
  })();
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
