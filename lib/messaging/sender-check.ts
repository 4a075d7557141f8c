import type { MessageType } from './messages.ts';

/** What the browser tells us about who sent a message (runtime.MessageSender, reduced). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tabId?: number;
}

export interface SenderPolicy {
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` (no trailing slash). */
  extensionOrigin: string;
  isSupportedSite: (url: URL) => boolean;
}

const parseUrl = (url: string | undefined): URL | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

/**
 * The background trusts a message only from the caller it is meant for: `content:*` from this
 * extension's content script running in a tab of a supported site (and `tab:*`, routed ones),
 * `popup:*` and `page:*` from this extension's own pages (popup, options) and never from a tab's
 * content script.
 */
export function isAllowedSender(type: MessageType, sender: SenderInfo, policy: SenderPolicy): boolean {
  if (sender.id !== policy.extensionId) return false;
  const url = parseUrl(sender.url);
  if (!url) return false;
  if (type.startsWith('content:') || type.startsWith('tab:')) {
    return sender.tabId !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && policy.isSupportedSite(url);
  }
  if (type.startsWith('popup:') || type.startsWith('page:')) return url.origin === policy.extensionOrigin || `${url.protocol}//${url.host}` === policy.extensionOrigin;
  return false;
}
