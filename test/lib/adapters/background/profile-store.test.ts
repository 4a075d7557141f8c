import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadProfileId } from '../../../../lib/adapters/background/profile-store.ts';

describe('loadProfileId (storage.local "profile")', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to standard', async () => {
    expect(await loadProfileId()).toBe('standard');
  });

  it('reads the stored profile on every call', async () => {
    await fakeBrowser.storage.local.set({ profile: 'kids' });
    expect(await loadProfileId()).toBe('kids');
    await fakeBrowser.storage.local.set({ profile: 'strict' });
    expect(await loadProfileId()).toBe('strict');
  });

  it('falls back to standard for an unknown value', async () => {
    await fakeBrowser.storage.local.set({ profile: 'paranoid' });
    expect(await loadProfileId()).toBe('standard');
  });

  it('rejects when storage fails (the caller holds the message)', async () => {
    const broken = { get: async () => Promise.reject(new Error('IO error')) };
    await expect(loadProfileId(broken)).rejects.toThrow('IO error');
  });
});
