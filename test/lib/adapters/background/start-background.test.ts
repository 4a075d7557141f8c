import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { senderInfo, senderPolicy, startBackground } from '../../../../lib/adapters/background/start-background.ts';

const ID = fakeBrowser.runtime.id;
const tabSender = (tabId: number, url = 'http://127.0.0.1:8000/chat.html'): Browser.runtime.MessageSender => ({
  id: ID,
  url,
  tab: { id: tabId } as Browser.tabs.Tab,
});
const popupSender: Browser.runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/popup.html` };

/** What the browser would deliver to the sender: the (single) listener's reply. */
async function send(message: unknown, sender: Browser.runtime.MessageSender) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return reply as unknown as { ok: boolean; value?: unknown; error?: string };
}

const OVERSIZED = 'RAW-PROMPT-TEXT '.repeat(7_000);

describe('background wiring', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });

  it('derives the sender policy from the running extension', () => {
    expect(senderPolicy()).toMatchObject({ extensionId: ID, extensionOrigin: `chrome-extension://${ID}` });
    expect(senderInfo(tabSender(3))).toEqual({ id: ID, url: 'http://127.0.0.1:8000/chat.html', tabId: 3 });
  });

  it('answers content:scan from a supported tab with a verdict', async () => {
    const reply = await send({ type: 'content:scan', text: 'hello', direction: 'inbound' }, tabSender(3));
    expect(reply).toMatchObject({ ok: true, value: { verdict: { action: 'allow' } } });
  });

  it('answers malformed messages and wrong senders with errors', async () => {
    expect(await send({ type: 'content:scan' }, tabSender(3))).toMatchObject({ ok: false });
    expect(await send({ type: 'content:scan', text: 'x', direction: 'inbound' }, { ...tabSender(3), id: 'evil' })).toMatchObject({ ok: false });
    expect(await send({ type: 'popup:recent', tabId: 3 }, tabSender(3))).toMatchObject({ ok: false });
    expect(await send({ type: 'content:scan', text: 'x', direction: 'inbound' }, tabSender(3, 'https://evil.example/'))).toMatchObject({ ok: false });
  });

  it('stores summaries in session storage without the text and serves them to the popup', async () => {
    await send({ type: 'content:scan', text: OVERSIZED, direction: 'inbound' }, tabSender(3));
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored)).toEqual(['recent:3']);
    expect(JSON.stringify(stored)).not.toContain('RAW-PROMPT-TEXT');
    const reply = await send({ type: 'popup:recent', tabId: 3 }, popupSender);
    expect(reply).toMatchObject({ ok: true, value: [{ action: 'warn', reasons: [{ ruleIds: ['size/over-limit'] }] }] });
  });

  it('uses the profile from storage.local, falling back to standard', async () => {
    const scan = () => send({ type: 'content:scan', text: OVERSIZED, direction: 'inbound' }, tabSender(3));
    await fakeBrowser.storage.local.set({ profile: 'strict' });
    expect(await scan()).toMatchObject({ value: { verdict: { action: 'block', profileId: 'strict' } } });
    await fakeBrowser.storage.local.set({ profile: 'made-up' });
    expect(await scan()).toMatchObject({ value: { verdict: { action: 'warn', profileId: 'standard' } } });
  });

  it('scans with the settings object, the admin policy over it, live', async () => {
    const scan = () => send({ type: 'content:scan', text: OVERSIZED, direction: 'inbound' }, tabSender(3));
    expect(await send({ type: 'page:settings-set', patch: { profile: 'strict' } }, popupSender)).toMatchObject({ ok: true, value: { settings: { profile: 'strict' } } });
    expect(await scan()).toMatchObject({ value: { verdict: { action: 'block', profileId: 'strict' } } });
    // The admin allows oversized texts and locks the profile to standard; applied without a restart.
    await fakeBrowser.storage.managed.set({ profile: 'standard', categoryActions: { oversize: 'allow' } });
    expect(await scan()).toMatchObject({ value: { verdict: { action: 'allow', profileId: 'standard' } } });
    expect(await send({ type: 'page:settings-set', patch: { profile: 'strict' } }, popupSender)).toEqual({ ok: false, error: 'managed by your organization, cannot be changed: profile' });
  });

  it('tells a content script whether its site is paused, and tabs when that changes', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }] as Browser.tabs.Tab[]);
    expect(await send({ type: 'content:settings' }, tabSender(3))).toMatchObject({ ok: true, value: { paused: false } });
    expect(await send({ type: 'page:site-pause', host: '127.0.0.1', paused: true }, popupSender)).toMatchObject({ ok: true });
    expect(await send({ type: 'content:settings' }, tabSender(3))).toMatchObject({ ok: true, value: { profileId: 'standard', paused: true } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'rampart:settings-changed' });
    vi.restoreAllMocks();
  });

  it('forgets a tab’s verdicts when the tab closes', async () => {
    await send({ type: 'content:scan', text: 'hello', direction: 'inbound' }, tabSender(3));
    await fakeBrowser.tabs.onRemoved.trigger(3, { isWindowClosing: false, windowId: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('background wiring: custom sites and adapter health', () => {
  let granted: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    granted = [];
    // Browser APIs the fake does not implement, as the real ones answer.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Rampart', version: '0.1.0' });
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted] }));
    const scripts: Array<{ id: string }> = [];
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => scripts as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => void scripts.push(...(list as Array<{ id: string }>)));
    vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async () => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('accepts content messages from a site the user granted, even right after the worker woke', async () => {
    granted = ['https://chat.example.com/*'];
    startBackground();
    const reply = await send({ type: 'content:scan', text: 'hello', direction: 'inbound' }, tabSender(4, 'https://chat.example.com/c/1'));
    expect(reply).toMatchObject({ ok: true, value: { verdict: { action: 'allow' } } });
    expect(await send({ type: 'content:scan', text: 'x', direction: 'inbound' }, tabSender(4, 'https://other.example.com/'))).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.local.get('customSites')).toEqual({ customSites: ['https://chat.example.com'] });
  });

  it('keeps a tab’s adapter health for the popup and forgets it when the tab closes', async () => {
    startBackground();
    expect(await send({ type: 'content:health', state: 'degraded', missing: ['composer'] }, tabSender(3))).toEqual({ ok: true, value: null });
    expect(await send({ type: 'popup:health', tabId: 3 }, popupSender)).toMatchObject({ ok: true, value: { state: 'degraded', missing: ['composer'], host: '127.0.0.1' } });
    await fakeBrowser.tabs.onRemoved.trigger(3, { isWindowClosing: false, windowId: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await send({ type: 'popup:health', tabId: 3 }, popupSender)).toEqual({ ok: true, value: null });
  });
});
