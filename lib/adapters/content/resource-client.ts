import { browser } from 'wxt/browser';
import { err, ok, type Result } from '../../core/result.ts';
import type { ResourceCheckResult } from '../../exfil/resource-check.ts';
import type { ContentResourceAllowMessage, ContentResourceCheckMessage } from '../../exfil/resource-messages.ts';
import { parseResourceCheckReply } from '../../content/resource-check-reply.ts';
import { askBackground } from './scan-client.ts';

/** A blocked image waits for this answer; long enough for a worker that has to wake up first. */
export const RESOURCE_CHECK_TIMEOUT_MS = 8_000;

type Send = (message: ContentResourceCheckMessage | ContentResourceAllowMessage) => Promise<unknown>;
const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);

/** The background's answer to "Load anyway": done, or why not. */
function parseAllowReply(reply: unknown): Result<null> {
  const answer = reply as { ok?: unknown; error?: unknown } | null;
  if (answer?.ok === true) return ok(null);
  return err(typeof answer?.error === 'string' ? answer.error : 'no answer from Rampart');
}

/**
 * Asks the background which of these blocked URLs are exfiltration (it lets the clean ones
 * through before answering). Never rejects: every failure is an error result, and the resources
 * stay blocked.
 */
export function requestResourceCheck(
  urls: readonly string[],
  inReply: boolean,
  conversationText: string,
  timeoutMs: number = RESOURCE_CHECK_TIMEOUT_MS,
  send: Send = sendToBackground,
): Promise<Result<ResourceCheckResult[]>> {
  const message: ContentResourceCheckMessage = { type: 'content:resource-check', urls: [...urls], inReply, ...(conversationText ? { conversationText } : {}) };
  return askBackground(() => send(message), parseResourceCheckReply, timeoutMs);
}

/** "Load anyway": asks the background to let this one URL through in this tab. Never rejects. */
export function requestResourceAllow(url: string, timeoutMs: number = RESOURCE_CHECK_TIMEOUT_MS, send: Send = sendToBackground): Promise<Result<null>> {
  return askBackground(() => send({ type: 'content:resource-allow', url }), parseAllowReply, timeoutMs);
}
