import { err, ok, type Result } from '../core/result.ts';
import { imageHostsFrom } from '../rules/custom/image-host-allow-list.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import type { SensitiveScan } from './url-signals.ts';
import { siteResourceHosts } from './resource-hosts.ts';
import type { ContentResourceAllowMessage, ContentResourceCheckMessage } from './resource-messages.ts';
import { URL_SENSITIVE_SCAN } from './resource-sensitive-scan.ts';
import { networkResourceUrl, resourceHost } from './resource-url.ts';
import { classifyResourceUrls, type ResourceCheckContext, type ResourceReason } from './resource-verdict.ts';

/**
 * What the content script does with a resource:
 * - own-host: one of the site's own hosts; the network rule never blocked it;
 * - allowed: clean, and an allow rule for it is in place in this tab: load it again;
 * - blocked: flagged (reasons say why): show the placeholder, load only on the user's click;
 * - unavailable: could not be checked or allowed: it stays blocked ("could not check" never
 *   means "load anyway").
 */
export type ResourceOutcome = 'own-host' | 'allowed' | 'blocked' | 'unavailable';

export const RESOURCE_OUTCOMES: readonly ResourceOutcome[] = ['own-host', 'allowed', 'blocked', 'unavailable'];

export interface ResourceCheckResult {
  /** The URL as the content script sent it (its key for the elements waiting on it). */
  url: string;
  host: string;
  outcome: ResourceOutcome;
  reasons: ResourceReason[];
}

/** Installs allow rules for these (normalized) URLs in the asking tab, all or none. */
export type AllowUrls = (urls: readonly string[]) => Promise<Result<null>>;

/**
 * Decides a batch of auto-loaded URLs (classifyResourceUrls) and lets the clean ones through the
 * network rule (`allow`) before the content script reloads them. The URLs and the conversation
 * text exist only in this call: nothing is logged or kept, except the allow rules themselves.
 */
export async function checkResources(
  urls: readonly string[],
  context: ResourceCheckContext,
  allow: AllowUrls,
  sensitive: SensitiveScan = URL_SENSITIVE_SCAN,
): Promise<ResourceCheckResult[]> {
  const normalized = new Map<string, string>();
  for (const url of urls) {
    const exact = networkResourceUrl(url);
    if (exact !== undefined) normalized.set(url, exact);
  }
  const verdicts = new Map(classifyResourceUrls([...new Set(normalized.values())], context, sensitive).map((verdict) => [verdict.url, verdict]));
  const clean = [...verdicts.values()].filter((verdict) => !verdict.ownHost && !verdict.flagged).map((verdict) => verdict.url);
  const allowed = clean.length === 0 || (await allow(clean)).ok;
  return [...new Set(urls)].map((url): ResourceCheckResult => {
    const verdict = verdicts.get(normalized.get(url) ?? '');
    if (!verdict) return { url, host: resourceHost(url), outcome: 'unavailable', reasons: [] };
    if (verdict.ownHost) return { url, host: verdict.host, outcome: 'own-host', reasons: [] };
    if (verdict.flagged) return { url, host: verdict.host, outcome: 'blocked', reasons: verdict.reasons };
    return { url, host: verdict.host, outcome: allowed ? 'allowed' : 'unavailable', reasons: [] };
  });
}

/** The background's side of the two resource messages (wired into the message handler). */
export interface ResourceService {
  check(message: ContentResourceCheckMessage, tabId: number, pageUrl: string): Promise<Result<ResourceCheckResult[]>>;
  allow(message: ContentResourceAllowMessage, tabId: number): Promise<Result<null>>;
}

export interface ResourceServiceDeps {
  sites: readonly SiteAdapter[];
  /** Installs allow rules in a tab (the network guard's `allow`). */
  allow: (tabId: number, urls: readonly string[]) => Promise<Result<null>>;
  extraAllowedHosts?: readonly string[];
  /**
   * The user's allow-listed image hosts (AllowLists.imageHosts, from the settings store), read on
   * every check so a change applies at once. A failing read counts as an empty list: an unread
   * allow-list must not let anything through.
   */
  allowedImageHosts?: () => Promise<string[]>;
}

async function readAllowedImageHosts(read: ResourceServiceDeps['allowedImageHosts']): Promise<string[]> {
  if (!read) return [];
  try {
    const hosts = await read();
    return Array.isArray(hosts) ? imageHostsFrom(hosts) : [];
  } catch {
    return [];
  }
}

export function createResourceService(deps: ResourceServiceDeps): ResourceService {
  return {
    async check(message, tabId, pageUrl) {
      const host = resourceHost(pageUrl);
      const site = deps.sites.find((candidate) => candidate.hosts.includes(host));
      if (!site) return err('not a supported chat site');
      const ownHosts = siteResourceHosts(site.hosts, deps.extraAllowedHosts);
      const trustedHosts = await readAllowedImageHosts(deps.allowedImageHosts);
      const context = {
        ownHosts,
        inReply: message.inReply,
        ...(trustedHosts.length > 0 ? { trustedHosts } : {}),
        ...(message.conversationText === undefined ? {} : { conversationText: message.conversationText }),
      };
      return ok(await checkResources(message.urls, context, (urls) => deps.allow(tabId, urls)));
    },
    async allow(message, tabId) {
      // The user chose to load it (a trusted click, checked by the content script): no verdict applies.
      const exact = networkResourceUrl(message.url);
      return exact === undefined ? err('not an http(s) URL') : deps.allow(tabId, [exact]);
    },
  };
}
