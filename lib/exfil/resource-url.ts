/**
 * Longest resource URL Rampart checks and can write an allow rule for (the reply scanner reads
 * URLs up to the same length). A longer auto-loaded URL stays blocked by the network rule and is
 * shown as blocked without a "Load anyway": 8 KiB in one image URL is a payload, not a picture.
 */
export const MAX_RESOURCE_URL_CHARS = 8_192;

/**
 * The URL as the network sees it, or undefined when it is not one the network guard handles:
 * absolute http(s), ASCII only (the page has already percent-encoded it — `img.src` is what is
 * fetched — and re-encoding non-ASCII here could pick a different charset than the page did), no
 * longer than MAX_RESOURCE_URL_CHARS, serialized by the browser's own URL parser (the one its
 * network stack matches rules against). The fragment is dropped: it never leaves the browser and
 * is not part of the URL the network rules see.
 */
export function networkResourceUrl(raw: string): string | undefined {
  if (raw.length > MAX_RESOURCE_URL_CHARS || !/^https?:\/\//i.test(raw) || /[^\x21-\x7e]/.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!url.hostname) return undefined;
  url.hash = '';
  return url.href.length <= MAX_RESOURCE_URL_CHARS ? url.href : undefined;
}

/** The URL's lower-case host name (no port), or '' when it does not parse. */
export function resourceHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
