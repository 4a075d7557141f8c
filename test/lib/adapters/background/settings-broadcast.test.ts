import { describe, expect, it, vi } from 'vitest';
import { broadcastSettingsChanged } from '../../../../lib/adapters/background/settings-broadcast.ts';

describe('broadcastSettingsChanged', () => {
  it('sends the text-free note to every tab and ignores tabs that do not listen', async () => {
    const sendMessage = vi.fn(async (tabId: number) => {
      if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });
    const tabs = { query: vi.fn(async () => [{ id: 1 }, { id: 2 }, {}, { id: 3 }]), sendMessage };
    await expect(broadcastSettingsChanged(tabs as never)).resolves.toBeUndefined();
    expect(sendMessage.mock.calls).toEqual([
      [1, { type: 'rampart:settings-changed' }],
      [2, { type: 'rampart:settings-changed' }],
      [3, { type: 'rampart:settings-changed' }],
    ]);
  });

  it('does nothing when the tabs cannot be listed', async () => {
    const sendMessage = vi.fn();
    await broadcastSettingsChanged({ query: async () => Promise.reject(new Error('no')), sendMessage } as never);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('also survives a sendMessage that throws instead of rejecting (test doubles, old polyfills)', async () => {
    const sendMessage = vi.fn((tabId: number) => {
      if (tabId === 1) throw new Error('not implemented');
      return Promise.resolve();
    });
    await expect(broadcastSettingsChanged({ query: async () => [{ id: 1 }, { id: 2 }], sendMessage } as never)).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});
