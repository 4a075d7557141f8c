import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background.ts';

describe('background entrypoint', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers the message listener when it starts, and answers through it', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'http://localhost:8080/', tab: { id: 1 } as Browser.tabs.Tab };
    const message = { type: 'content:scan', text: 'hi', direction: 'inbound' };
    expect(await fakeBrowser.runtime.onMessage.trigger(message, sender)).toEqual([]);
    background.main();
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ ok: true, value: { verdict: { action: 'allow', profileId: 'standard' } } });
  });
});
