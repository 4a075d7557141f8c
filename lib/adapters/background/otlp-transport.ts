import type { OtlpPost } from '../../audit/audit-forwarder.ts';

/** A collector that does not answer within this is treated as down (the forwarder retries later). */
export const OTLP_TIMEOUT_MS = 10_000;

/**
 * The forwarder's HTTP request in the extension: a JSON POST to the admin's OTLP/HTTP logs
 * endpoint. Cross-origin from the service worker, so the collector must either answer CORS for
 * the extension's origin (chrome-extension://<id> / moz-extension://<uuid>, including the
 * preflight for Content-Type: application/json and any configured header) or the admin grants the
 * extension the collector's host (optional host permission / managed policy); otherwise every
 * request fails as a network error and is retried. No cookies or HTTP auth are sent
 * (`credentials: 'omit'`): authentication is the configured header, nothing ambient. A request
 * that takes longer than OTLP_TIMEOUT_MS is aborted (AbortSignal.timeout) and counts as a network
 * error. Rejects on network errors; any HTTP answer resolves with its status.
 */
export function fetchOtlpPost(fetcher: typeof fetch = fetch, timeoutMs: number = OTLP_TIMEOUT_MS): OtlpPost {
  return async (url, headers, body) => {
    const response = await fetcher(url, {
      method: 'POST',
      // Content-Type is the payload's: a configured one (any spelling) does not replace it.
      headers: { ...Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type')), 'Content-Type': 'application/json' },
      body,
      credentials: 'omit',
      cache: 'no-store',
      // A redirect would carry the configured (API key) header to wherever it points.
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Retry-After is not a CORS-safelisted response header: a collector answering CORS must list
    // it in Access-Control-Expose-Headers, or it reads as absent (the forwarder then backs off on its own).
    // The answer's body (often a partialSuccess object) is read and discarded so the connection is freed.
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, retryAfter: response.headers.get('Retry-After') };
  };
}
