import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { loadSiteProtection, protectSite, unprotectSite } from '../../../../lib/adapters/popup/site-protection-actions.ts';

const NO_COMPOSER = 'Rampart cannot find the message box on this page (site changed?) — sends are not checked.';

describe('site protection (popup actions)', () => {
  let granted: Set<string>;
  let registered: string[];
  let healthReply: unknown;
  beforeEach(() => {
    fakeBrowser.reset();
    granted = new Set();
    registered = [];
    healthReply = { ok: true, value: null };
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => granted.has(o)));
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
      for (const origin of p.origins ?? []) granted.add(origin);
      // What the background does on permissions.onAdded.
      registered = [...granted];
      return true;
    });
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
      for (const origin of p.origins ?? []) granted.delete(origin);
      return true;
    });
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => [{ id: 'rampart-custom-sites', matches: registered, js: [] }] as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => healthReply);
    vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  const openTab = async (url: string) => (await fakeBrowser.tabs.create({ url })) as Browser.tabs.Tab & { id: number };

  it('offers to protect an HTTPS page Rampart does not check, and does it: permission, registration, reload', async () => {
    const tab = await openTab('https://chat.example.com/c/1');
    expect(await loadSiteProtection(tab.id)).toEqual({ custom: false, canProtect: true, origin: 'https://chat.example.com' });
    expect(await protectSite('https://chat.example.com', tab.id)).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://chat.example.com/*'] });
    expect(fakeBrowser.tabs.reload).toHaveBeenCalledWith(tab.id);
    expect(await loadSiteProtection(tab.id)).toMatchObject({ custom: true, canProtect: false });
    expect(await unprotectSite('https://chat.example.com', tab.id)).toBe(true);
    expect(await loadSiteProtection(tab.id)).toMatchObject({ custom: false, canProtect: true });
  });

  it('does nothing when the user declines the permission', async () => {
    vi.mocked(fakeBrowser.permissions.request).mockResolvedValueOnce(false);
    expect(await protectSite('https://chat.example.com', 1)).toBe(false);
    expect(fakeBrowser.tabs.reload).not.toHaveBeenCalled();
  });

  it('shows a built-in site’s degraded adapter, and offers nothing to add', async () => {
    const tab = await openTab('https://chatgpt.com/');
    healthReply = { ok: true, value: { state: 'degraded', missing: ['composer'], host: 'chatgpt.com', at: 1 } };
    expect(await loadSiteProtection(tab.id)).toEqual({ degraded: NO_COMPOSER, custom: false, canProtect: false });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'popup:health', tabId: tab.id });
  });

  it('never rejects (a closed tab)', async () => {
    expect(await loadSiteProtection(999)).toEqual({ custom: false, canProtect: false });
  });
});
