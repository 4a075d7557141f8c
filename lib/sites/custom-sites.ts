import { isSupportedSite } from './sites.ts';

/**
 * Sites the user chose to protect with the generic adapter (popup → "Protect this site"). Each is
 * an HTTPS origin the user granted as an optional host permission; the background registers the
 * content script for it and its sender check accepts it. Stored as a list of origins.
 */
export const CUSTOM_SITES_KEY = 'customSites';
/** The id of the one dynamically registered content script that covers every custom site. */
export const CUSTOM_SITES_SCRIPT_ID = 'rampart-custom-sites';
/** Keeps a hand-edited or corrupted store from registering thousands of patterns. */
export const MAX_CUSTOM_SITES = 200;

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * The origin Rampart would protect for this page, or undefined when it cannot be a custom site:
 * not HTTPS (the optional permission covers `https://*` only), a bare or odd host, or a site
 * Rampart already checks. Ports are dropped: match patterns cover every port of a host.
 */
export function customSiteOrigin(page: string | URL): string | undefined {
  let url: URL;
  try {
    url = typeof page === 'string' ? new URL(page) : page;
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !HOST.test(url.hostname) || isSupportedSite(url)) return undefined;
  return `https://${url.hostname}`;
}

/** `https://host` → the match pattern for its pages (permissions and content-script registration). */
export const originPattern = (origin: string): string => `${origin}/*`;

/** A permission pattern the user granted → the origin it protects (wildcard patterns are not sites). */
export function originFromPattern(pattern: string): string | undefined {
  const match = /^https:\/\/([^/*]+)\/\*$/.exec(pattern);
  return match ? customSiteOrigin(`https://${match[1]}/`) : undefined;
}

/** The stored list, keeping only well-formed origins, once each, at most MAX_CUSTOM_SITES. */
export function readCustomSites(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const origins = stored.filter((entry): entry is string => typeof entry === 'string').map((entry) => customSiteOrigin(`${entry}/`));
  return [...new Set(origins.filter((origin): origin is string => origin !== undefined && stored.includes(origin)))].slice(0, MAX_CUSTOM_SITES);
}

/** Whether a sender's page is on one of the custom sites (the content script runs there). */
export function isCustomSite(url: URL, origins: ReadonlySet<string>): boolean {
  return url.protocol === 'https:' && origins.has(`https://${url.hostname}`);
}
