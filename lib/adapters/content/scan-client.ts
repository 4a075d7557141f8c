import { browser } from 'wxt/browser';
import { err, type Result } from '../../core/result.ts';
import { parseContentSettings, type ContentSettings } from '../../content/reply-settings.ts';
import type { ReplyScanRequest } from '../../content/reply-scan-queue.ts';
import { MAX_CONVERSATION_CHARS } from '../../core/limits.ts';
import type { ContentScanMessage, ContentSettingsMessage, ContentWarmMessage } from '../../messaging/messages.ts';
import { parseScanReply, type ScanReply } from '../../messaging/scan-reply.ts';
import { t } from '../../ui/i18n.ts';

/**
 * Long enough for a service worker that has to wake up and load its models, short enough that a
 * user who pressed Enter is told something rather than left wondering.
 */
export const SCAN_TIMEOUT_MS = 8_000;

/** Chrome's wording when this content script outlived its extension (update, disable, reload). */
const ORPHANED = /context invalidated/i;

export function describeSendError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return ORPHANED.test(message) ? t('notice.orphaned') : message;
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
export function requestScan(
  text: string,
  timeoutMs: number = SCAN_TIMEOUT_MS,
  send: Send = (message) => browser.runtime.sendMessage(message),
): Promise<Result<ScanReply>> {
  return askBackground(() => send({ type: 'content:scan', text, direction: 'inbound' }), parseScanReply, timeoutMs);
}

/**
 * Asks the background to scan an assistant reply (or a window of one while it streams), with the
 * user's prompt as `conversationText` for the exfil detector — only its recent end, the part the
 * detectors look at. Never rejects, like requestScan.
 */
export function requestReplyScan(
  request: ReplyScanRequest & { conversationText?: string },
  timeoutMs: number = SCAN_TIMEOUT_MS,
  send: Send = (message) => browser.runtime.sendMessage(message),
): Promise<Result<ScanReply>> {
  const message: ContentScanMessage = {
    type: 'content:scan',
    text: request.text,
    direction: 'outbound',
    ...(request.scope === 'window' ? { scope: 'window' as const } : {}),
    ...(request.conversationText ? { conversationText: request.conversationText.slice(-MAX_CONVERSATION_CHARS) } : {}),
  };
  return askBackground(() => send(message), parseScanReply, timeoutMs);
}

/** The active profile's reply settings (text-free). Never rejects. */
export function requestContentSettings(
  timeoutMs: number = SCAN_TIMEOUT_MS,
  send: (message: ContentSettingsMessage) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): Promise<Result<ContentSettings>> {
  return askBackground(() => send({ type: 'content:settings' }), parseContentSettings, timeoutMs);
}

/**
 * One request to the background: its answer parsed, or an error result on failure (also a send
 * that throws at once), a dead extension context or a timeout. Never rejects.
 */
export async function askBackground<T>(request: () => Promise<unknown>, parse: (raw: unknown) => Result<T>, timeoutMs: number): Promise<Result<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Result<T>>((resolve) => {
    timer = setTimeout(() => resolve(err(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  const answer = (async (): Promise<Result<T>> => {
    try {
      return parse(await request());
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
