import { allowedHostsFor } from './site-hosts.ts';

/**
 * The hosts a chat site's pages may load auto-loaded resources from without a check: the site's
 * own host names (each of them: chatgpt.com and chat.openai.com are one site) and the content
 * hosts lib/exfil/site-hosts.ts lists for each, plus an admin's extra hosts, each covering its
 * subdomains. One list for both sides — the network rule's `excludedRequestDomains` and the
 * content script's "is this URL blocked?" — so they never disagree about a host.
 */
export function siteResourceHosts(siteHosts: readonly string[], extraAllowedHosts: readonly string[] = []): string[] {
  const hosts = siteHosts.flatMap((host) => [host.toLowerCase(), ...allowedHostsFor(host)]);
  return [...new Set([...hosts, ...extraAllowedHosts.map((host) => host.toLowerCase().replace(/\.$/, ''))])];
}
