import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPopupSettings, openOptions, setSitePaused } from '../../../../lib/adapters/popup/popup-settings-actions.ts';
import { DEFAULT_SETTINGS, type EffectiveSettings } from '../../../../lib/settings/user-settings.ts';

const effective = (paused: string[], overrides: Partial<EffectiveSettings> = {}): EffectiveSettings => ({
  settings: { ...DEFAULT_SETTINGS, sites: { paused } },
  locked: [],
  disabledFeatures: [],
  managed: false,
  ...overrides,
});

describe('popup settings actions', () => {
  let replies: Record<string, unknown>;
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    replies = {};
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      const reply = replies[(message as { type: string }).type];
      if (reply instanceof Error) throw reply;
      return reply;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('loads the settings through page:settings-get', async () => {
    replies['page:settings-get'] = { ok: true, value: { effective: effective([], { managed: true }) } };
    expect(await loadPopupSettings()).toMatchObject({ managed: true, canPause: true });
    expect(sent).toEqual([{ type: 'page:settings-get' }]);
  });

  it('has no settings (so no pause control) when the background refuses, is silent or is not there', async () => {
    replies['page:settings-get'] = { ok: false, error: 'unknown message type' };
    expect(await loadPopupSettings()).toBeUndefined();
    replies['page:settings-get'] = undefined;
    expect(await loadPopupSettings()).toBeUndefined();
    replies['page:settings-get'] = new Error('Could not establish connection');
    expect(await loadPopupSettings()).toBeUndefined();
  });

  it('pauses a host with page:site-pause and answers the new settings', async () => {
    replies['page:site-pause'] = { ok: true, value: effective(['chatgpt.com']) };
    expect(await setSitePaused('chatgpt.com', true)).toEqual({ settings: expect.objectContaining({ pausedHosts: ['chatgpt.com'] }) });
    expect(sent).toEqual([{ type: 'page:site-pause', host: 'chatgpt.com', paused: true }]);
  });

  it('gives the background’s reason when it refuses, and a reason when it cannot be reached', async () => {
    replies['page:site-pause'] = { ok: false, error: 'sites is managed by your organization' };
    expect(await setSitePaused('chatgpt.com', true)).toEqual({ error: 'sites is managed by your organization' });
    replies['page:site-pause'] = { ok: true, value: 'nonsense' };
    expect(await setSitePaused('chatgpt.com', false)).toEqual({ error: 'unreadable answer from Rampart' });
    replies['page:site-pause'] = new Error('Could not establish connection');
    expect(await setSitePaused('chatgpt.com', false)).toEqual({ error: 'Could not establish connection' });
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await openOptions();
    expect(open).toHaveBeenCalledOnce();
  });
});
