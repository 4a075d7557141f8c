import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DnrApi } from '../../../../lib/adapters/background/exfil-network-guard.ts';
import { startExfilNetworkGuard } from '../../../../lib/adapters/background/exfil-network-start.ts';
import type { NetworkRule } from '../../../../lib/exfil/resource-rules.ts';

function fakeDnr() {
  const dynamic = new Map<number, NetworkRule>();
  const session = new Map<number, NetworkRule>();
  const update = (set: Map<number, NetworkRule>) => async ({ removeRuleIds = [], addRules = [] }: { removeRuleIds?: number[]; addRules?: NetworkRule[] }) => {
    for (const id of removeRuleIds) set.delete(id);
    for (const rule of addRules) set.set(rule.id, rule);
  };
  const api: DnrApi = {
    getDynamicRules: async () => [...dynamic.values()],
    getSessionRules: async () => [...session.values()],
    updateDynamicRules: vi.fn(update(dynamic)),
    updateSessionRules: update(session),
  };
  return { api, dynamic, session };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startExfilNetworkGuard', () => {
  beforeEach(() => fakeBrowser.reset());

  it('installs the site rules at once and again on install and startup', async () => {
    const dnr = fakeDnr();
    startExfilNetworkGuard(() => undefined, dnr.api);
    await flush();
    expect(dnr.api.updateDynamicRules).toHaveBeenCalledTimes(1);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    expect(dnr.api.updateDynamicRules).toHaveBeenCalledTimes(3);
  });

  it('lets "Load anyway" URLs through in the tab, and forgets them when the tab closes', async () => {
    const dnr = fakeDnr();
    const service = startExfilNetworkGuard(() => undefined, dnr.api);
    expect(await service.allow({ type: 'content:resource-allow', url: 'https://attacker.example/p?d=1' }, 9)).toEqual({ ok: true, value: null });
    expect([...dnr.session.values()].map((rule) => rule.condition.tabIds)).toEqual([[9]]);
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    await flush();
    expect(dnr.session.size).toBe(0);
  });

  it('reports a failing browser API by kind only', async () => {
    const onError = vi.fn();
    const dnr = fakeDnr();
    dnr.api.updateDynamicRules = async () => {
      throw new TypeError('boom');
    };
    startExfilNetworkGuard(onError, dnr.api);
    await flush();
    expect(onError).toHaveBeenCalledWith(expect.any(TypeError));
  });

  it('uses the browser’s declarativeNetRequest by default; one that fails is reported, never thrown', async () => {
    // wxt/testing's fake browser has the namespace but no implementation: every call fails.
    const onError = vi.fn();
    const service = startExfilNetworkGuard(onError);
    await flush();
    expect(onError).toHaveBeenCalled();
    expect((await service.allow({ type: 'content:resource-allow', url: 'https://a.example/x' }, 1)).ok).toBe(false);
  });

  it('without declarativeNetRequest, says so and allows nothing', async () => {
    const onError = vi.fn();
    const service = startExfilNetworkGuard(onError, null);
    expect(onError).toHaveBeenCalled();
    expect((await service.allow({ type: 'content:resource-allow', url: 'https://a.example/x' }, 1)).ok).toBe(false);
  });
});
