import { err, ok, type Result } from '../core/result.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { siteResourceHosts } from './resource-hosts.ts';
import { networkResourceUrl } from './resource-url.ts';

/**
 * The declarativeNetRequest rules that keep a reply's auto-loaded resources off the network until
 * Rampart has looked at their URLs. Plain data shaped like the browsers' `Rule` (Chrome and
 * Firefox MV3 share the fields used here), built without browser APIs so it is tested in Node.
 */
export type NetworkResourceType = 'image' | 'media' | 'object';

export interface NetworkRule {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' };
  condition: {
    initiatorDomains?: string[];
    excludedRequestDomains?: string[];
    resourceTypes: NetworkResourceType[];
    urlFilter?: string;
    regexFilter?: string;
    isUrlFilterCaseSensitive?: boolean;
    tabIds?: number[];
  };
}

/**
 * What a chat page fetches by itself the moment a reply renders, from markup a reply can carry:
 * `<img>`/`srcset`/`<picture>`/`<video poster>` (image), `<video>`/`<audio>`/`<source>` (media),
 * `<object>`/`<embed>` (object). Deliberately not blocked:
 * - xmlhttprequest, script, websocket, main_frame: the app itself needs them;
 * - sub_frame: sign-in (Google one-tap), bot checks (Turnstile) and payment frames are foreign
 *   frames the app embeds, and no chat app renders reply markup as an iframe to a foreign host;
 * - stylesheet, font: reply markdown cannot load CSS, while apps load fonts and CSS from CDNs, and
 *   a blocked font has no element the content script could show a placeholder for or reload;
 * - ping, csp_report, other: beacons and reports the app or the browser sends, not reply content.
 */
export const BLOCKED_RESOURCE_TYPES: readonly NetworkResourceType[] = ['image', 'media', 'object'];

/** Site rules: one per supported site, ids SITE_RULE_ID_BASE + the site's index in SITES. */
export const SITE_RULE_ID_BASE = 1_000;
export const SITE_RULE_ID_END = 1_999;
/** Allow rules (session rules, per tab): ids from here up, allocated by AllowRuleLedger. */
export const ALLOW_RULE_ID_BASE = 100_000;

export const SITE_RULE_PRIORITY = 1;
/** Above the site rule: an allow rule for one URL in one tab wins over the site's block. */
export const ALLOW_RULE_PRIORITY = 2;

export const isSiteRuleId = (id: number): boolean => id >= SITE_RULE_ID_BASE && id <= SITE_RULE_ID_END;
export const isAllowRuleId = (id: number): boolean => id >= ALLOW_RULE_ID_BASE;

/**
 * The local demo page and loopback hosts are not protected by a network rule: nothing sensitive is
 * typed there, and a rule keyed on an IP address would also hold back the test servers' own
 * traffic. Real chat sites are host names.
 */
const isLoopbackHost = (host: string): boolean => host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':');

/**
 * One block rule per chat site: requests its pages make for auto-loaded resources
 * (BLOCKED_RESOURCE_TYPES) to any host that is not one of the site's own (siteResourceHosts) are
 * blocked. `initiatorDomains` and `excludedRequestDomains` both cover subdomains. Installed as
 * dynamic rules, which persist across browser restarts, so the rule is in force before a restored
 * tab of the site loads — session rules would leave a gap until the service worker runs again.
 */
export function siteBlockRules(sites: readonly SiteAdapter[], extraAllowedHosts: readonly string[] = []): NetworkRule[] {
  const rules: NetworkRule[] = [];
  sites.forEach((site, index) => {
    const initiators = site.hosts.map((host) => host.toLowerCase()).filter((host) => !isLoopbackHost(host));
    if (initiators.length === 0 || SITE_RULE_ID_BASE + index > SITE_RULE_ID_END) return;
    rules.push({
      id: SITE_RULE_ID_BASE + index,
      priority: SITE_RULE_PRIORITY,
      action: { type: 'block' },
      condition: {
        initiatorDomains: initiators,
        excludedRequestDomains: siteResourceHosts(initiators, extraAllowedHosts),
        resourceTypes: [...BLOCKED_RESOURCE_TYPES],
      },
    });
  });
  return rules;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An allow rule for exactly one URL in one tab. `urlFilter` anchored at both ends
 * (`|url|`, case-sensitive) matches that URL and nothing else — unless the URL holds one of the
 * filter syntax's own characters (`*` matches anything, `^` any separator, `|` anchors): then it
 * would match other URLs too (`/a*b` would allow `/a<secret>b`), so those URLs get an anchored,
 * escaped `regexFilter` instead. A URL the network guard does not handle (see networkResourceUrl)
 * gets no rule: it stays blocked.
 */
export function allowRuleFor(id: number, tabId: number, url: string): Result<NetworkRule> {
  const exact = networkResourceUrl(url);
  if (exact === undefined || exact !== url) return err('not a URL an allow rule can match exactly');
  if (!isAllowRuleId(id) || !Number.isSafeInteger(tabId) || tabId < 0) return err('invalid rule id or tab');
  const filter = /[*^|]/.test(url) ? { regexFilter: `^${escapeRegex(url)}$` } : { urlFilter: `|${url}|` };
  return ok({
    id,
    priority: ALLOW_RULE_PRIORITY,
    action: { type: 'allow' },
    condition: { ...filter, isUrlFilterCaseSensitive: true, tabIds: [tabId], resourceTypes: [...BLOCKED_RESOURCE_TYPES] },
  });
}

/** The URL an allow rule built by allowRuleFor matches (to rebuild the ledger after a restart). */
export function allowedUrlOf(rule: NetworkRule): string | undefined {
  const { urlFilter, regexFilter } = rule.condition;
  if (urlFilter && urlFilter.length > 2 && urlFilter.startsWith('|') && urlFilter.endsWith('|')) return urlFilter.slice(1, -1);
  if (regexFilter && regexFilter.startsWith('^') && regexFilter.endsWith('$')) return regexFilter.slice(1, -1).replace(/\\(.)/g, '$1');
  return undefined;
}
