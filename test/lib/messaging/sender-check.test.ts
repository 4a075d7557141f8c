import { describe, expect, it } from 'vitest';
import { isAllowedSender, type SenderPolicy } from '../../../lib/messaging/sender-check.ts';
import { isSupportedSite } from '../../../lib/sites/sites.ts';

const policy: SenderPolicy = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext', isSupportedSite };

describe('isAllowedSender', () => {
  it('accepts content messages only from a tab on a supported site', () => {
    expect(isAllowedSender('content:scan', { id: 'ext', url: 'http://127.0.0.1:8080/chat', tabId: 3 }, policy)).toBe(true);
    expect(isAllowedSender('content:scan', { id: 'ext', url: 'https://evil.example/', tabId: 3 }, policy)).toBe(false);
    expect(isAllowedSender('content:scan', { id: 'ext', url: 'http://127.0.0.1/chat' }, policy)).toBe(false);
    expect(isAllowedSender('content:scan', { id: 'ext', url: 'chrome-extension://ext/popup.html', tabId: 3 }, policy)).toBe(false);
  });

  it('accepts popup messages only from the extension’s own pages', () => {
    expect(isAllowedSender('popup:recent', { id: 'ext', url: 'chrome-extension://ext/popup.html' }, policy)).toBe(true);
    expect(isAllowedSender('popup:recent', { id: 'ext', url: 'http://127.0.0.1/chat', tabId: 3 }, policy)).toBe(false);
    expect(isAllowedSender('popup:recent', { id: 'ext', url: 'chrome-extension://other/popup.html' }, policy)).toBe(false);
  });

  it('rejects other extensions and senders without a URL', () => {
    expect(isAllowedSender('popup:recent', { id: 'other', url: 'chrome-extension://ext/popup.html' }, policy)).toBe(false);
    expect(isAllowedSender('content:scan', { id: 'ext', tabId: 1 }, policy)).toBe(false);
    expect(isAllowedSender('content:scan', { id: 'ext', url: 'not a url', tabId: 1 }, policy)).toBe(false);
  });
});
