// A local OTLP/HTTP logs collector for tests: it takes POST /v1/logs (JSON), answers CORS the way
// a real collector has to for the extension's service worker (preflight included), records every
// payload it accepts, and can be told to fail its first N log requests (503 by default) so retries
// can be watched. Loopback only. Used by test/scripts/otlp-collector.test.ts and the browser tests.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/** A log request larger than this is refused (413): a test collector has no use for more. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** CORS for any origin that asks (chrome-extension://…, moz-extension://…): a test stand-in, not a policy. */
function corsHeaders(req) {
  const origin = req.headers.origin;
  return {
    'access-control-allow-origin': origin ?? '*',
    vary: 'Origin',
    // Retry-After is not CORS-safelisted: without this a browser client cannot read it.
    'access-control-expose-headers': 'Retry-After',
  };
}

/**
 * Starts the collector on 127.0.0.1 (port 0 = a free one). Options: `failFirst` log requests to
 * fail, with `failStatus` (503) and, if given, a `retryAfter` header value. Resolves with
 * `{ url, origin, received, requests, failNext(n, status?, retryAfter?), waitFor(count, timeoutMs), close() }`:
 * `received` holds `{ headers, payload }` for every accepted request, `requests` every method+path
 * with the status answered. `GET /received` answers the accepted payloads as JSON (for a browser test
 * that cannot reach the Node object).
 */
export async function startOtlpCollector({ port = 0, failFirst = 0, failStatus = 503, retryAfter } = {}) {
  const received = [];
  const requests = [];
  const waiters = [];
  let failures = { left: failFirst, status: failStatus, retryAfter };

  const notify = () => {
    for (const waiter of waiters.splice(0)) {
      if (received.length >= waiter.count) waiter.resolve(received.slice());
      else waiters.push(waiter);
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const answer = (status, headers, body) => {
      requests.push(`${req.method} ${url.pathname} ${status}`);
      res.writeHead(status, { ...corsHeaders(req), ...headers }).end(body);
    };
    if (req.method === 'OPTIONS') {
      answer(204, {
        'access-control-allow-methods': 'POST, OPTIONS',
        // Echo what the browser asks for (Content-Type: application/json, an API key header…).
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
        'access-control-max-age': '600',
        ...(req.headers['access-control-request-private-network'] ? { 'access-control-allow-private-network': 'true' } : {}),
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/received') {
      answer(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }, JSON.stringify(received));
      return;
    }
    if (req.method !== 'POST' || url.pathname !== '/v1/logs') {
      answer(404, { 'content-type': 'text/plain' }, 'not found');
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return answer(413, { 'content-type': 'text/plain' }, 'too large');
      if (failures.left > 0) {
        failures.left -= 1;
        return answer(failures.status, { 'content-type': 'text/plain', ...(failures.retryAfter === undefined ? {} : { 'retry-after': String(failures.retryAfter) }) }, 'try again');
      }
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return answer(415, { 'content-type': 'text/plain' }, 'JSON only');
      let payload;
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, { 'content-type': 'text/plain' }, 'not JSON');
      }
      if (!Array.isArray(payload?.resourceLogs)) return answer(400, { 'content-type': 'text/plain' }, 'not an OTLP logs request');
      received.push({ headers: { ...req.headers }, payload });
      answer(200, { 'content-type': 'application/json' }, '{"partialSuccess":{}}');
      notify();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}/v1/logs`,
    received,
    requests,
    /** The next `count` log requests fail with `status` (and a Retry-After, if given). */
    failNext(count, status = 503, after = undefined) {
      failures = { left: count, status, retryAfter: after };
    },
    /** Resolves with the accepted payloads once there are at least `count` (rejects after timeoutMs). */
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received.slice());
      return new Promise((resolve, reject) => {
        const waiter = { count, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          reject(new Error(`collector: ${received.length} of ${count} payloads after ${timeoutMs} ms`));
        }, timeoutMs).unref?.();
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** All log records in the accepted payloads, flattened (what a test usually wants to look at). */
export function receivedLogRecords(received) {
  return received.flatMap(({ payload }) => payload.resourceLogs.flatMap((r) => r.scopeLogs.flatMap((s) => s.logRecords)));
}

// `node scripts/otlp-collector.mjs [port] [failFirst]` runs it on its own and prints what arrives.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const collector = await startOtlpCollector({ port: Number(process.argv[2] ?? 4318), failFirst: Number(process.argv[3] ?? 0) });
  console.log(`OTLP logs collector: ${collector.url}  (Ctrl+C to stop)`);
  setInterval(() => {
    if (collector.requests.length) console.log(collector.requests.splice(0).join('\n'));
  }, 1000);
}
