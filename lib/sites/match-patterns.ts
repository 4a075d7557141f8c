import type { SiteAdapter } from './site-adapter.ts';

/** Loopback hosts serve the local demo and test pages over plain HTTP; real chat sites are HTTPS. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Content-script match patterns, derived from the site adapters so that the manifest and the
 * background's sender check can never disagree about which sites are supported. A pattern
 * without a port matches every port, which the demo server (random port) relies on.
 */
export function matchPatternsFor(sites: readonly SiteAdapter[]): string[] {
  const patterns = sites.flatMap((site) =>
    site.hosts.map((host) => `${LOOPBACK_HOSTS.has(host) ? 'http' : 'https'}://${host}/*`),
  );
  return [...new Set(patterns)];
}
