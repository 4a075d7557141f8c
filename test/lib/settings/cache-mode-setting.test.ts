import { describe, expect, it } from 'vitest';
import { CACHE_MODE_STORAGE_KEY, CACHE_MODES, DEFAULT_CACHE_MODE, loadCacheMode, resolveCacheMode } from '../../../lib/settings/cache-mode-setting.ts';

describe('resolveCacheMode', () => {
  it('keeps every known mode', () => {
    for (const mode of CACHE_MODES) expect(resolveCacheMode(mode)).toBe(mode);
  });

  it('repairs anything else to the default, which is exact', () => {
    expect(DEFAULT_CACHE_MODE).toBe('exact');
    for (const junk of [undefined, null, '', 'Hybrid', 'all', 'toString', '__proto__', 1, { mode: 'off' }, ['off']]) {
      expect(resolveCacheMode(junk)).toBe('exact');
    }
  });
});

describe('loadCacheMode', () => {
  const area = (items: Record<string, unknown>) => ({ get: async (key: string) => (key in items ? { [key]: items[key] } : {}) });

  it('reads the stored mode, repaired', async () => {
    expect(await loadCacheMode(area({ [CACHE_MODE_STORAGE_KEY]: 'hybrid' }))).toBe('hybrid');
    expect(await loadCacheMode(area({ [CACHE_MODE_STORAGE_KEY]: 'bogus' }))).toBe('exact');
    expect(await loadCacheMode(area({}))).toBe('exact');
  });

  it('lets a failing storage read reject (the cache then stays out of the way)', async () => {
    await expect(loadCacheMode({ get: () => Promise.reject(new Error('storage gone')) })).rejects.toThrow('storage gone');
  });
});
