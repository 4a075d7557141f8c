import { describe, expect, it } from 'vitest';
import { RegistrySnapshotProvider } from '../../../lib/packages/registry-snapshot-provider.ts';
import { tinySnapshotBytes } from './fixtures/tiny-snapshot.ts';

describe('RegistrySnapshotProvider', () => {
  it('loads lazily, once, and keeps the snapshot', async () => {
    let reads = 0;
    const provider = new RegistrySnapshotProvider(async () => {
      reads += 1;
      return tinySnapshotBytes();
    });
    expect(provider.status().state).toBe('not-loaded');
    expect(provider.current()).toBeUndefined();
    expect(reads).toBe(0);
    const [a, b] = await Promise.all([provider.load(), provider.load()]);
    expect(a.ok && b.ok).toBe(true);
    expect(reads).toBe(1);
    expect(provider.current()).toBeDefined();
    expect(provider.status()).toEqual({ state: 'ready', npmSource: 'fixture', pypiSource: 'fixture' });
  });

  it('reports a failed read or a corrupt file, and tries again on the next load', async () => {
    let attempt = 0;
    const provider = new RegistrySnapshotProvider(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('HTTP 404');
      if (attempt === 2) return new Uint8Array([1, 2, 3]);
      return tinySnapshotBytes();
    });
    const first = await provider.load();
    expect(first.ok).toBe(false);
    expect(provider.status()).toEqual({ state: 'unavailable', reason: 'registry snapshot could not be read: HTTP 404' });
    expect((await provider.load()).ok).toBe(false);
    expect(provider.status().reason).toBe('not a registry snapshot');
    expect((await provider.load()).ok).toBe(true);
    expect(provider.status().state).toBe('ready');
  });
});
