import { isDirection, type Direction } from '../core/direction.ts';
import { MAX_CONVERSATION_CHARS, MAX_SCAN_CHARS } from '../core/limits.ts';
import { err, ok, type Result } from '../core/result.ts';
import { parseResourceMessage, type ContentResourceMessage } from '../exfil/resource-messages.ts';
import { parseSiteHealth, type HealthPart, type HealthState } from '../sites/site-health.ts';

/**
 * The typed messages between the extension's parts. `content:*` come from content scripts on
 * supported chat sites (unprivileged callers: they capture and display, they never decide);
 * `popup:*` come from the extension's own pages. Anything else is rejected.
 */
/**
 * `scope` (replies only): `window` = a slice of a reply still being written, scanned by the cheap
 * (gate) detectors only and not recorded; `full` (the default) = a whole text, the verdict that counts.
 */
export type ScanScope = 'window' | 'full';
/**
 * `conversationText` (replies only): the prompt the reply answers, so the exfil detector can see
 * conversation text smuggled into reply URLs. Scanned in memory, never stored.
 */
export type ContentScanMessage = { type: 'content:scan'; text: string; direction: Direction; conversationText?: string; scope?: ScanScope; purpose?: ScanPurpose };
/**
 * `purpose: 'prescan'` (prompts only): the composer's text scanned while the user pauses typing
 * (lib/content/prescan.ts) — a full scan, but not a send, so not recorded in the tab's history.
 */
export type ScanPurpose = 'prescan';
/** Whether the content script finds the page's composer (lib/sites/site-health.ts); text-free. */
export type ContentHealthMessage = { type: 'content:health'; state: HealthState; missing: HealthPart[] };
/** A tab's adapter health for the popup's "sends are not checked" line. */
export type PopupHealthMessage = { type: 'popup:health'; tabId: number };
/** The user is typing: load the models now, so the send that follows does not wait for them. */
export type ContentWarmMessage = { type: 'content:warm' };
/** How the active profile wants replies covered (lib/content/reply-settings.ts); text-free both ways. */
export type ContentSettingsMessage = { type: 'content:settings' };
export type PopupRecentMessage = { type: 'popup:recent'; tabId: number };
/** The models' state (loaded, unavailable and why) for the popup's status line. */
export type PopupModelsMessage = { type: 'popup:models' };
/**
 * A message for a registered route (lib/messaging/message-route.ts): `page:*` from the extension's
 * own pages (options, popup, parent view), `tab:*` from content scripts on checked sites. The
 * route validates its own body, so a feature adds messages without touching this switch.
 */
export type RoutedMessage = { type: `page:${string}` | `tab:${string}`; routed: true; body: Record<string, unknown> };
export type Message = ContentScanMessage | ContentWarmMessage | ContentSettingsMessage | ContentResourceMessage | PopupRecentMessage | PopupModelsMessage | ContentHealthMessage | PopupHealthMessage | RoutedMessage;
export type MessageType = Message['type'];

/** Larger texts are refused at the door with a clear error instead of being scanned. */
export const MAX_MESSAGE_CHARS = MAX_SCAN_CHARS;

/** Only `window` is carried: `full` is the default and need not travel. */
const windowScope = (scope: unknown): { scope?: 'window' } => (scope === 'window' ? { scope: 'window' } : {});
/** Only a prompt can be pre-scanned; anything else in `purpose` is dropped. */
const prescanPurpose = (message: Record<string, unknown>): { purpose?: ScanPurpose } =>
  message.purpose === 'prescan' && message.direction === 'inbound' ? { purpose: 'prescan' } : {};

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
      if (message.scope !== undefined && message.scope !== 'window' && message.scope !== 'full') {
        return err('content:scan scope must be window|full');
      }
      // Partial scans are for replies being written; a prompt is always scanned whole.
      if (message.scope === 'window' && message.direction !== 'outbound') return err('content:scan scope window is for outbound replies');
      if (message.conversationText !== undefined) {
        if (typeof message.conversationText !== 'string') return err('content:scan conversationText must be a string');
        // Only its recent end is used (MAX_CONVERSATION_CHARS); the rest is not worth carrying.
        const conversationText = message.conversationText.slice(-MAX_CONVERSATION_CHARS);
        return ok({ type: 'content:scan', text: message.text, direction: message.direction, conversationText, ...windowScope(message.scope), ...prescanPurpose(message) });
      }
      return ok({ type: 'content:scan', text: message.text, direction: message.direction, ...windowScope(message.scope), ...prescanPurpose(message) });
    case 'content:resource-check':
    case 'content:resource-allow':
      return parseResourceMessage(message);
    case 'content:warm':
      return ok({ type: 'content:warm' });
    case 'content:settings':
      return ok({ type: 'content:settings' });
    case 'popup:recent':
      if (!Number.isSafeInteger(message.tabId)) return err('popup:recent needs a tabId');
      return ok({ type: 'popup:recent', tabId: message.tabId as number });
    case 'popup:models':
      return ok({ type: 'popup:models' });
    case 'content:health': {
      const health = parseSiteHealth(message);
      return health ? ok({ type: 'content:health', ...health }) : err('content:health needs state ok|degraded and the missing parts');
    }
    case 'popup:health':
      if (!Number.isSafeInteger(message.tabId)) return err('popup:health needs a tabId');
      return ok({ type: 'popup:health', tabId: message.tabId as number });
    default:
      if (typeof message.type === 'string' && /^(page|tab):[a-z][a-z0-9-]{0,63}$/.test(message.type)) {
        return ok({ type: message.type as RoutedMessage['type'], routed: true, body: message });
      }
      return err('unknown message type');
  }
}
