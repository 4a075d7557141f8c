import type { SiteAdapter } from './site-adapter.ts';

/**
 * The local demo chat page (served on loopback by `npm start` and the end-to-end tests). The real
 * chat sites' adapters join this list as they are built; the content script's `matches` and
 * the background's sender check both come from here.
 */
export const DEMO_SITE: SiteAdapter = {
  id: 'demo',
  hosts: ['127.0.0.1', 'localhost'],
  composer: ['textarea[data-rampart-demo="composer"]', 'form textarea'],
  send: ['button[data-rampart-demo="send"]', 'form button[type="submit"]'],
  streaming: ['[data-rampart-demo="streaming"]'],
  reply: ['[data-rampart-demo="reply"]'],
};

export const SITES: readonly SiteAdapter[] = [DEMO_SITE];

export function adapterForHost(host: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(host));
}

export const isSupportedSite = (url: URL): boolean => adapterForHost(url.hostname) !== undefined;
