/**
 * The user's allow-listed image hosts (AllowLists.imageHosts) as the host lists of lib/exfil take
 * them: lower-case, no trailing dot, IDNs in punycode. `*.example.com` and `example.com` are one
 * entry: like every host list in Rampart (the site's own hosts, the network rule's
 * excludedRequestDomains) an entry covers the host and its subdomains. Entries that are not host
 * names (a URL, a path, a port, spaces) are left out rather than guessed at.
 */
export function imageHostsFrom(entries: readonly unknown[]): string[] {
  const hosts = new Set<string>();
  for (const entry of entries) {
    const host = asHost(entry);
    if (host) hosts.add(host);
  }
  return [...hosts];
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function asHost(entry: unknown): string | undefined {
  if (typeof entry !== 'string') return undefined;
  const written = entry.trim().replace(/^\*\./, '').replace(/\.$/, '');
  if (written === '' || /[\s/:?#@*\\]/.test(written)) return undefined;
  let host: string;
  try {
    host = new URL(`http://${written}`).hostname;
  } catch {
    return undefined;
  }
  // A bare top-level name (`com`) would trust half the web.
  return HOST.test(host) && host.includes('.') ? host : undefined;
}
