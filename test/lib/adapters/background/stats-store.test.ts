import { describe, expect, it, vi } from 'vitest';
import { createStatsStore, STATS_STORAGE_KEY, type StatsStorageArea } from '../../../../lib/adapters/background/stats-store.ts';

const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

function memoryArea(initial: Record<string, unknown> = {}): StatsStorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    // A real storage area answers asynchronously: interleaving is what the serial queue must survive.
    get: async (key) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { [key]: structuredClone(data[key]) };
    },
    set: async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      Object.assign(data, structuredClone(items));
    },
  };
}

const event = (action: 'allow' | 'warn' | 'block', purpose?: 'prescan') => ({
  summary: { at: Date.parse('2025-06-07T10:00:00Z'), action, reasons: action === 'allow' ? [] : [{ category: 'pii' as const, action, risk: 0.8, ruleIds: ['pii/email'] }] },
  site: 'chatgpt.com',
  direction: 'inbound' as const,
  tabId: 3,
  ...(purpose ? { purpose } : {}),
});

describe('createStatsStore', () => {
  it('counts concurrent scans without losing any, and skips pre-scans', async () => {
    const area = memoryArea();
    const store = createStatsStore(area, { dayOf: utcDay });
    await Promise.all([store.recordScan(event('warn')), store.recordScan(event('block')), store.recordScan(event('allow')), store.recordScan(event('warn', 'prescan'))]);
    const [day] = await store.read();
    expect(day).toMatchObject({ day: '2025-06-07', scans: 3, warnings: 1, blocks: 1, categories: { pii: { warn: 1, redact: 0, block: 1 } } });
  });

  it('stores counts only: no site, tab or rule id', async () => {
    const area = memoryArea();
    await createStatsStore(area, { dayOf: utcDay }).recordScan(event('block'));
    const stored = JSON.stringify(area.data[STATS_STORAGE_KEY]);
    expect(stored).not.toContain('chatgpt');
    expect(stored).not.toContain('pii/email');
  });

  it('repairs a damaged value and never rejects when storage fails', async () => {
    const store = createStatsStore(memoryArea({ [STATS_STORAGE_KEY]: 'junk' }), { dayOf: utcDay });
    expect(await store.read()).toEqual([]);
    const onError = vi.fn();
    const broken = createStatsStore({ get: async () => ({}), set: async () => Promise.reject(new Error('quota')) }, { onError });
    await expect(broken.recordScan(event('warn'))).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledOnce();
  });
});
