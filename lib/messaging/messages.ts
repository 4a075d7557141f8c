import { isDirection, type Direction } from '../core/direction.ts';
import { MAX_CONVERSATION_CHARS, MAX_SCAN_CHARS } from '../core/limits.ts';
import { err, ok, type Result } from '../core/result.ts';

/**
 * The typed messages between the extension's parts. `content:*` come from content scripts on
 * supported chat sites (unprivileged callers: they capture and display, they never decide);
 * `popup:*` come from the extension's own pages. Anything else is rejected.
 */
/**
 * `conversationText` (replies only): the prompt the reply answers, so the exfil detector can see
 * conversation text smuggled into reply URLs. Scanned in memory, never stored.
 */
export type ContentScanMessage = { type: 'content:scan'; text: string; direction: Direction; conversationText?: string };
/** The user is typing: load the models now, so the send that follows does not wait for them. */
export type ContentWarmMessage = { type: 'content:warm' };
export type PopupRecentMessage = { type: 'popup:recent'; tabId: number };
/** The models' state (loaded, unavailable and why) for the popup's status line. */
export type PopupModelsMessage = { type: 'popup:models' };
export type Message = ContentScanMessage | ContentWarmMessage | PopupRecentMessage | PopupModelsMessage;
export type MessageType = Message['type'];

/** Larger texts are refused at the door with a clear error instead of being scanned. */
export const MAX_MESSAGE_CHARS = MAX_SCAN_CHARS;

export function parseMessage(raw: unknown): Result<Message> {
  if (typeof raw !== 'object' || raw === null) return err('message must be an object');
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'content:scan':
      if (typeof message.text !== 'string') return err('content:scan needs text');
      if (message.text.length > MAX_MESSAGE_CHARS) {
        return err(`text is ${message.text.length} characters; the limit is ${MAX_MESSAGE_CHARS}`);
      }
      if (!isDirection(message.direction)) return err('content:scan needs direction inbound|outbound');
      if (message.conversationText !== undefined) {
        if (typeof message.conversationText !== 'string') return err('content:scan conversationText must be a string');
        // Only its recent end is used (MAX_CONVERSATION_CHARS); the rest is not worth carrying.
        const conversationText = message.conversationText.slice(-MAX_CONVERSATION_CHARS);
        return ok({ type: 'content:scan', text: message.text, direction: message.direction, conversationText });
      }
      return ok({ type: 'content:scan', text: message.text, direction: message.direction });
    case 'content:warm':
      return ok({ type: 'content:warm' });
    case 'popup:recent':
      if (!Number.isSafeInteger(message.tabId)) return err('popup:recent needs a tabId');
      return ok({ type: 'popup:recent', tabId: message.tabId as number });
    case 'popup:models':
      return ok({ type: 'popup:models' });
    default:
      return err('unknown message type');
  }
}
