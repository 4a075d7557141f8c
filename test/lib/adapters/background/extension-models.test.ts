import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { extensionModelProvider, extensionRegistryProvider } from '../../../../lib/adapters/background/extension-models.ts';
import manifest from '../../../../models/manifest.json';

describe('extensionModelProvider', () => {
  it('knows the bundled models but loads nothing until a scan needs one', () => {
    fakeBrowser.reset();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const provider = extensionModelProvider();
    const ids = provider.status().map((status) => status.id);
    expect(ids.sort()).toEqual(Object.keys(manifest.models).sort());
    expect(provider.status().every((status) => status.state === 'not-loaded')).toBe(true);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('reports a model the extension cannot fetch as unavailable', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
    const provider = extensionModelProvider();
    const [first] = provider.status();
    if (!first) return; // no bundled models yet
    const loaded = await provider.load(first.id);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(/HTTP 404/);
    fetchSpy.mockRestore();
  });
});

describe('extensionRegistryProvider', () => {
  it("fetches the packaged snapshot from the extension's own URL, only when asked", async () => {
    fakeBrowser.reset();
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
    const provider = extensionRegistryProvider();
    expect(fetchSpy).not.toHaveBeenCalled();
    const loaded = await provider.load();
    expect(loaded.ok).toBe(false);
    expect(String(fetchSpy.mock.calls[0]![0])).toMatch(/\/registry\/package-names\.bin$/);
    fetchSpy.mockRestore();
  });
});
