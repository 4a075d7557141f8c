import { describe, expect, it, vi } from 'vitest';
import { CHAT_CONTENT_SCRIPT, createCustomSites, type CustomSitesDeps } from '../../../../lib/adapters/background/custom-sites-registry.ts';

type Script = Parameters<CustomSitesDeps['scripting']['registerContentScripts']>[0][number];

/** `browser.scripting`'s registry of dynamic content scripts, in memory. */
function fakeBrowser(granted: string[]) {
  const scripts = new Map<string, Script>();
  const stored: Record<string, unknown> = {};
  const scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) => [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id))),
    registerContentScripts: vi.fn(async (list: Script[]) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    }),
    updateContentScripts: vi.fn(async (list: Script[]) => {
      for (const script of list) scripts.set(script.id, { ...scripts.get(script.id)!, ...script });
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    }),
  };
  const deps: CustomSitesDeps = {
    scripting,
    grantedOrigins: async () => granted,
    storage: { set: async (items) => void Object.assign(stored, items) },
  };
  return { deps, scripts, scripting, stored, granted };
}

describe('custom sites registry', () => {
  it('registers the chat content script for each granted site and accepts senders from them', async () => {
    const b = fakeBrowser(['https://chat.example.com/*', 'https://chatgpt.com/*', 'http://127.0.0.1/*', 'https://*/*', 'https://ask.example.org/*']);
    const sites = createCustomSites(b.deps);
    await sites.ready;
    expect([...b.scripts.values()]).toEqual([
      { id: 'rampart-custom-sites', matches: ['https://ask.example.org/*', 'https://chat.example.com/*'], js: [CHAT_CONTENT_SCRIPT], runAt: 'document_start', allFrames: false },
    ]);
    expect(b.stored).toEqual({ customSites: ['https://ask.example.org', 'https://chat.example.com'] });
    expect(sites.has(new URL('https://chat.example.com/c/1'))).toBe(true);
    expect(sites.has(new URL('https://other.example.com/'))).toBe(false);
    // Built-in sites are the manifest's business, not a custom registration.
    expect(sites.has(new URL('https://chatgpt.com/'))).toBe(false);
  });

  it('follows grants and revocations, updating the one registration in place', async () => {
    const b = fakeBrowser(['https://a.example/*']);
    const sites = createCustomSites(b.deps);
    await sites.ready;
    b.granted.push('https://b.example/*');
    await sites.sync();
    expect(b.scripts.get('rampart-custom-sites')?.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    expect(b.scripting.updateContentScripts).toHaveBeenCalledOnce();
    b.granted.splice(0, 2);
    await sites.sync();
    expect(b.scripts.size).toBe(0);
    expect(sites.has(new URL('https://a.example/'))).toBe(false);
    expect(b.stored).toEqual({ customSites: [] });
  });

  it('leaves an up-to-date registration alone (a worker restart)', async () => {
    const b = fakeBrowser(['https://a.example/*']);
    await createCustomSites(b.deps).ready;
    await createCustomSites(b.deps).ready;
    expect(b.scripting.registerContentScripts).toHaveBeenCalledOnce();
    expect(b.scripting.updateContentScripts).not.toHaveBeenCalled();
  });

  it('runs syncs one at a time (two grants at once register once)', async () => {
    const b = fakeBrowser(['https://a.example/*']);
    const sites = createCustomSites(b.deps);
    await Promise.all([sites.sync(), sites.sync(), sites.ready]);
    expect(b.scripting.registerContentScripts).toHaveBeenCalledOnce();
  });

  it('accepts no custom site when registering failed (fail closed), and is ready anyway', async () => {
    const b = fakeBrowser(['https://a.example/*']);
    b.scripting.registerContentScripts.mockRejectedValueOnce(new Error('scripting unavailable'));
    const sites = createCustomSites(b.deps);
    await sites.ready;
    expect(sites.has(new URL('https://a.example/'))).toBe(false);
  });
});
