import { err, ok, type Result } from '../../core/result.ts';
import { AllowRuleLedger, type AllowEntry } from '../../exfil/resource-allow-ledger.ts';
import { allowedUrlOf, allowRuleFor, isAllowRuleId, isSiteRuleId, siteBlockRules, type NetworkRule } from '../../exfil/resource-rules.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';

/** The part of `browser.declarativeNetRequest` the guard uses (Chrome and Firefox MV3 alike). */
export interface DnrApi {
  getDynamicRules(): Promise<unknown[]>;
  updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: NetworkRule[] }): Promise<void>;
  getSessionRules(): Promise<unknown[]>;
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: NetworkRule[] }): Promise<void>;
}

export interface ExfilNetworkGuard {
  /** (Re)installs the per-site block rules; idempotent, run on install, startup and every worker start. */
  installSiteRules(): Promise<void>;
  /** Lets these exact URLs through in one tab (all or none). */
  allow(tabId: number, urls: readonly string[]): Promise<Result<null>>;
  /** Removes a closed tab's allow rules. */
  forgetTab(tabId: number): Promise<void>;
}

const ruleIdOf = (rule: unknown): number | undefined => {
  const id = (rule as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? id : undefined;
};

function entryOf(rule: unknown): AllowEntry | undefined {
  const id = ruleIdOf(rule);
  if (id === undefined || !isAllowRuleId(id)) return undefined;
  const networkRule = rule as NetworkRule;
  const tabId = networkRule.condition?.tabIds?.[0];
  const url = allowedUrlOf(networkRule);
  return tabId === undefined || url === undefined ? undefined : { id, tabId, url };
}

/**
 * The network half of exfiltration blocking: block rules that hold back every auto-loaded
 * resource a chat site's page requests from a foreign host, and per-tab allow rules for the URLs
 * the content script had checked (or the user chose to load). Privacy: the allow rules are the
 * only place a URL is kept — they must contain it to match it — and they are session rules, gone
 * when the tab closes (forgetTab) or the browser exits. Nothing here logs a URL.
 *
 * Every change runs in one queue: allocating ids from the ledger and writing the browser's rule
 * set must not interleave, or two grants could race for the same id.
 */
export function createExfilNetworkGuard(dnr: DnrApi, sites: readonly SiteAdapter[], extraAllowedHosts: readonly string[] = []): ExfilNetworkGuard {
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // Rebuilt from the browser's session rules on first use: they survive a worker restart, the
  // ledger (memory) does not.
  let ledger: AllowRuleLedger | undefined;
  const loadLedger = async (): Promise<AllowRuleLedger> => {
    if (ledger) return ledger;
    const rules = await dnr.getSessionRules();
    const entries = rules.map(entryOf).filter((entry): entry is AllowEntry => entry !== undefined);
    ledger = new AllowRuleLedger(entries);
    // Allow-range rules the ledger cannot read (not ours, or from an older version) are removed.
    const unreadable = rules.map(ruleIdOf).filter((id): id is number => id !== undefined && isAllowRuleId(id) && !entries.some((entry) => entry.id === id));
    if (unreadable.length) await dnr.updateSessionRules({ removeRuleIds: unreadable });
    return ledger;
  };

  return {
    installSiteRules: () =>
      serialized(async () => {
        const wanted = siteBlockRules(sites, extraAllowedHosts);
        const stale = (await dnr.getDynamicRules()).map(ruleIdOf).filter((id): id is number => id !== undefined && isSiteRuleId(id));
        await dnr.updateDynamicRules({ removeRuleIds: [...new Set([...stale, ...wanted.map((rule) => rule.id)])], addRules: wanted });
      }),

    allow: (tabId, urls) =>
      serialized(async (): Promise<Result<null>> => {
        let book: AllowRuleLedger;
        try {
          book = await loadLedger();
        } catch (error) {
          return err(`the browser's rules could not be read${error instanceof Error ? ` (${error.name})` : ''}`);
        }
        const grants = [...new Set(urls)].map((url) => book.grant(tabId, url));
        const created = grants.filter((grant) => grant.created);
        const addRules: NetworkRule[] = [];
        for (const grant of created) {
          const rule = allowRuleFor(grant.entry.id, tabId, grant.entry.url);
          if (!rule.ok) {
            ledger = undefined;
            return err(rule.error);
          }
          addRules.push(rule.value);
        }
        const evicted = grants.flatMap((grant) => grant.evicted);
        if (addRules.length === 0 && evicted.length === 0) return ok(null);
        try {
          await dnr.updateSessionRules({ removeRuleIds: evicted, addRules });
        } catch (error) {
          // Nothing was changed: rebuild the ledger from the browser's rules on the next call.
          ledger = undefined;
          return err(`the browser refused the allow rule${error instanceof Error ? ` (${error.name})` : ''}`);
        }
        return ok(null);
      }),

    forgetTab: (tabId) =>
      serialized(async () => {
        const ids = (await loadLedger()).removeTab(tabId);
        if (ids.length) await dnr.updateSessionRules({ removeRuleIds: ids });
      }),
  };
}
