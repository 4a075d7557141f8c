import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPopupState } from '../../../../lib/adapters/popup/load-popup-state.ts';
import { setLocale } from '../../../../lib/ui/i18n.ts';
import { summary } from '../../../support/verdict-fixtures.ts';

describe('loadPopupState', () => {
  beforeEach(() => fakeBrowser.reset());

  it('describes the tab named by ?tabId and lists its verdicts', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/chat.html' });
    const listener = vi.fn(async () => ({ ok: true, value: [summary('warn'), { junk: true }] }));
    fakeBrowser.runtime.onMessage.addListener(listener);
    const state = await loadPopupState(`?tabId=${tab.id}`);
    expect(listener).toHaveBeenCalledWith({ type: 'popup:recent', tabId: tab.id }, expect.anything());
    expect(state).toMatchObject({ tabId: tab.id, host: '127.0.0.1', siteId: 'demo' });
    expect(state.verdicts.map((v) => v.action)).toEqual(['warn']);
    expect(state.error).toBeUndefined();
  });

  it('asks the background for the explanations of the verdicts’ rules (once per rule id)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/chat.html' });
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const type = (message as { type: string }).type;
      if (type === 'page:rule-messages') {
        asked.push(message);
        return { ok: true, value: { 'size/over-limit': 'Too long.', junk: 3 } };
      }
      return { ok: true, value: type === 'popup:recent' ? [summary('warn'), summary('block')] : [] };
    });
    const state = await loadPopupState(`?tabId=${tab.id}`);
    expect(asked).toEqual([{ type: 'page:rule-messages', ruleIds: ['size/over-limit'] }]);
    expect(state.ruleMessages).toEqual({ 'size/over-limit': 'Too long.' });
  });

  it('shows the verdicts without explanations when the background has none to give', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/chat.html' });
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) =>
      (message as { type: string }).type === 'page:rule-messages' ? { ok: false, error: 'unknown message type' } : { ok: true, value: [summary('warn')] },
    );
    const state = await loadPopupState(`?tabId=${tab.id}`);
    expect(state.verdicts).toHaveLength(1);
    expect(state.ruleMessages).toBeUndefined();
    expect(state.error).toBeUndefined();
  });

  it('uses the active tab without ?tabId, and says when a site is not checked', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: [] }));
    const state = await loadPopupState('');
    expect(state).toEqual({ tabId: tab.id, host: 'news.example', siteId: undefined, verdicts: [], models: 'No models installed: checks use rules only.' });
  });

  it('asks the background for the models’ state and says it in one line', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/chat.html' });
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) =>
      (message as { type: string }).type === 'popup:models'
        ? { ok: true, value: [{ id: 'prompt-attack', version: '1', role: 'active', state: 'unavailable', reason: 'hash' }] }
        : { ok: true, value: [] },
    );
    const state = await loadPopupState(`?tabId=${tab.id}`);
    expect(state.models).toBe('Unavailable, rules only for: prompt-attack.');
  });

  it('reports the background’s error instead of throwing', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://localhost:3000/' });
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: 'popup:recent is not accepted from this sender' }));
    const state = await loadPopupState(`?tabId=${tab.id}`);
    expect(state).toMatchObject({ siteId: 'demo', verdicts: [], error: 'popup:recent is not accepted from this sender' });
  });

  it('copes with no tab and with no background at all', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await loadPopupState('')).toEqual({ verdicts: [], error: 'No tab to describe.' });
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    const state = await loadPopupState(`?tabId=${tab.id}`);
    expect(state).toMatchObject({ verdicts: [], error: 'No listeners available' });
    expect(state.host).toBeUndefined();
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('says it in the active locale (German)', async () => {
      setLocale(['de-DE']);
      vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
      expect(await loadPopupState('')).toEqual({ verdicts: [], error: 'Kein Tab zum Beschreiben.' });
    });
  });
});
