import { MAX_CONVERSATION_CHARS } from '../core/limits.ts';
import { err, ok, type Result } from '../core/result.ts';
import { networkResourceUrl } from './resource-url.ts';

/**
 * The content script found auto-loaded resources on a foreign host (the network rule blocked
 * them): which are exfiltration? `inReply`: they sit in an assistant reply (see
 * classifyResourceUrl). `conversationText`: the user's turns, for conversation-overlap — used in
 * memory for this check only, never stored or logged.
 */
export type ContentResourceCheckMessage = { type: 'content:resource-check'; urls: string[]; inReply: boolean; conversationText?: string };
/** The user clicked "Load anyway" (a trusted click) on a blocked resource: let this URL through in this tab. */
export type ContentResourceAllowMessage = { type: 'content:resource-allow'; url: string };
export type ContentResourceMessage = ContentResourceCheckMessage | ContentResourceAllowMessage;

/** URLs per check: one page update rarely adds more; the content script sends larger sets in chunks. */
export const MAX_RESOURCE_URLS_PER_CHECK = 100;

const isNetworkUrl = (url: unknown): url is string => typeof url === 'string' && networkResourceUrl(url) !== undefined;

/** Validates the two resource messages (called by messaging/messages.ts parseMessage). */
export function parseResourceMessage(message: Record<string, unknown>): Result<ContentResourceMessage> {
  if (message.type === 'content:resource-allow') {
    if (!isNetworkUrl(message.url)) return err('content:resource-allow needs one http(s) URL');
    return ok({ type: 'content:resource-allow', url: message.url });
  }
  if (message.type !== 'content:resource-check') return err('unknown message type');
  const { urls, inReply, conversationText } = message;
  if (!Array.isArray(urls) || urls.length === 0 || urls.length > MAX_RESOURCE_URLS_PER_CHECK) {
    return err(`content:resource-check needs 1 to ${MAX_RESOURCE_URLS_PER_CHECK} URLs`);
  }
  if (!urls.every(isNetworkUrl)) return err('content:resource-check URLs must be http(s) URLs');
  if (typeof inReply !== 'boolean') return err('content:resource-check needs inReply');
  if (conversationText !== undefined && typeof conversationText !== 'string') return err('content:resource-check conversationText must be a string');
  return ok({
    type: 'content:resource-check',
    urls: [...urls],
    inReply,
    ...(conversationText === undefined ? {} : { conversationText: conversationText.slice(-MAX_CONVERSATION_CHARS) }),
  });
}
