import { describe, expect, it, vi } from 'vitest';
import { loadCustomSites, removeCustomSite } from '../../../../lib/adapters/options/custom-sites-client.ts';

describe('custom sites client', () => {
  it('reads the registry’s stored list, keeping only well-formed origins', async () => {
    const area = { get: async () => ({ customSites: ['https://chat.example.org', 'javascript:alert(1)', 7] }) };
    expect(await loadCustomSites(area)).toEqual(['https://chat.example.org']);
    expect(await loadCustomSites({ get: async () => Promise.reject(new Error('x')) })).toEqual([]);
  });

  it('removes a site by giving its permission back', async () => {
    const remove = vi.fn(async () => true);
    expect(await removeCustomSite('https://chat.example.org', { remove })).toBe(true);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://chat.example.org/*'] });
    expect(await removeCustomSite('https://chat.example.org', { remove: async () => Promise.reject(new Error('no')) })).toBe(false);
  });
});
