import { describe, expect, it } from 'vitest';
import { createExfilNetworkGuard, type DnrApi } from '../../../../lib/adapters/background/exfil-network-guard.ts';
import { MAX_ALLOW_RULES } from '../../../../lib/exfil/resource-allow-ledger.ts';
import { ALLOW_RULE_ID_BASE, SITE_RULE_ID_BASE, type NetworkRule } from '../../../../lib/exfil/resource-rules.ts';
import type { SiteAdapter } from '../../../../lib/sites/site-adapter.ts';
import { DEMO_SITE } from '../../../../lib/sites/sites.ts';

/** The browser's two rule sets, as declarativeNetRequest keeps them (ids unique per set). */
class FakeDnr implements DnrApi {
  dynamic = new Map<number, NetworkRule>();
  session = new Map<number, NetworkRule>();
  calls = 0;
  failNext = false;
  async getDynamicRules() {
    return [...this.dynamic.values()];
  }
  async getSessionRules() {
    return [...this.session.values()];
  }
  async updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: NetworkRule[] }) {
    FakeDnr.apply(this.dynamic, options);
  }
  async updateSessionRules(options: { removeRuleIds?: number[]; addRules?: NetworkRule[] }) {
    this.calls++;
    if (this.failNext) {
      this.failNext = false;
      throw new TypeError('rule refused');
    }
    FakeDnr.apply(this.session, options);
  }
  private static apply(set: Map<number, NetworkRule>, { removeRuleIds = [], addRules = [] }: { removeRuleIds?: number[]; addRules?: NetworkRule[] }) {
    for (const id of removeRuleIds) set.delete(id);
    for (const rule of addRules) {
      if (set.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
      set.set(rule.id, rule);
    }
  }
}

const chatgpt: SiteAdapter = { ...DEMO_SITE, id: 'chatgpt', hosts: ['chatgpt.com'] };
const SITES = [DEMO_SITE, chatgpt];
const url = (n: number) => `https://images.example/${n}.png`;
const allowedUrls = (dnr: FakeDnr, tabId: number) =>
  [...dnr.session.values()].filter((rule) => rule.condition.tabIds?.includes(tabId)).map((rule) => rule.condition.urlFilter);

describe('exfil network guard', () => {
  it('installs the site rules idempotently and removes stale ones from an older version', async () => {
    const dnr = new FakeDnr();
    dnr.dynamic.set(SITE_RULE_ID_BASE + 5, { id: SITE_RULE_ID_BASE + 5, priority: 1, action: { type: 'block' }, condition: { resourceTypes: ['image'] } });
    dnr.dynamic.set(7, { id: 7, priority: 1, action: { type: 'block' }, condition: { resourceTypes: ['image'] } });
    const guard = createExfilNetworkGuard(dnr, SITES);
    await Promise.all([guard.installSiteRules(), guard.installSiteRules()]);
    await guard.installSiteRules();
    expect([...dnr.dynamic.keys()].sort((a, b) => a - b)).toEqual([7, SITE_RULE_ID_BASE + 1]);
    expect(dnr.dynamic.get(SITE_RULE_ID_BASE + 1)!.condition.initiatorDomains).toEqual(['chatgpt.com']);
  });

  it('adds one allow rule per URL and tab, once', async () => {
    const dnr = new FakeDnr();
    const guard = createExfilNetworkGuard(dnr, SITES);
    expect(await guard.allow(3, [url(1), url(2), url(1)])).toEqual({ ok: true, value: null });
    expect(await guard.allow(3, [url(1)])).toEqual({ ok: true, value: null });
    expect(await guard.allow(4, [url(1)])).toEqual({ ok: true, value: null });
    expect(allowedUrls(dnr, 3)).toEqual([`|${url(1)}|`, `|${url(2)}|`]);
    expect(allowedUrls(dnr, 4)).toEqual([`|${url(1)}|`]);
    expect(dnr.calls).toBe(2);
  });

  it('keeps concurrent grants from racing for an id', async () => {
    const dnr = new FakeDnr();
    const guard = createExfilNetworkGuard(dnr, SITES);
    const results = await Promise.all(Array.from({ length: 20 }, (_, n) => guard.allow(n % 3, [url(n)])));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(dnr.session.size).toBe(20);
  });

  it('removes a closed tab’s rules', async () => {
    const dnr = new FakeDnr();
    const guard = createExfilNetworkGuard(dnr, SITES);
    await guard.allow(3, [url(1)]);
    await guard.allow(4, [url(2)]);
    await guard.forgetTab(3);
    expect(allowedUrls(dnr, 3)).toEqual([]);
    expect(allowedUrls(dnr, 4)).toHaveLength(1);
  });

  it('evicts the oldest rules past the bound', async () => {
    const dnr = new FakeDnr();
    const guard = createExfilNetworkGuard(dnr, SITES);
    for (let start = 0; start < MAX_ALLOW_RULES + 50; start += 50) {
      await guard.allow(1, Array.from({ length: 50 }, (_, n) => url(start + n)));
    }
    expect(dnr.session.size).toBe(MAX_ALLOW_RULES);
    expect(allowedUrls(dnr, 1)).not.toContain(`|${url(0)}|`);
    expect(allowedUrls(dnr, 1)).toContain(`|${url(MAX_ALLOW_RULES + 49)}|`);
  });

  it('picks up the rules a previous worker left (session rules outlive it)', async () => {
    const dnr = new FakeDnr();
    await createExfilNetworkGuard(dnr, SITES).allow(3, [url(1)]);
    // Something in the allow range it cannot read is cleared out.
    dnr.session.set(ALLOW_RULE_ID_BASE + 50, { id: ALLOW_RULE_ID_BASE + 50, priority: 2, action: { type: 'allow' }, condition: { resourceTypes: ['image'] } });
    const restarted = createExfilNetworkGuard(dnr, SITES);
    await restarted.allow(3, [url(1), url(2)]);
    expect(allowedUrls(dnr, 3)).toEqual([`|${url(1)}|`, `|${url(2)}|`]);
    expect([...dnr.session.keys()]).toEqual([ALLOW_RULE_ID_BASE, ALLOW_RULE_ID_BASE + 1]);
    await restarted.forgetTab(3);
    expect(dnr.session.size).toBe(0);
  });

  it('reports a refused rule as an error and stays consistent with the browser', async () => {
    const dnr = new FakeDnr();
    const guard = createExfilNetworkGuard(dnr, SITES);
    dnr.failNext = true;
    const refused = await guard.allow(3, [url(1)]);
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok || refused.error).not.toContain('images.example');
    expect(await guard.allow(3, [url(1)])).toEqual({ ok: true, value: null });
    expect(allowedUrls(dnr, 3)).toEqual([`|${url(1)}|`]);
    expect((await guard.allow(3, ['https://a.example/€'])).ok).toBe(false);
    expect(await guard.allow(3, [url(2)])).toEqual({ ok: true, value: null });
  });
});
