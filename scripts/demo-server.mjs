// A tiny static server for the demo chat (scripts/demo/), shared by `npm start` and the
// end-to-end tests. Loopback only: the demo must never be reachable from another machine.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_ROOT = fileURLToPath(new URL('./demo/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Maps a request path into DEMO_ROOT; undefined for anything that would escape it. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'chat.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : undefined;
}

/**
 * Starts the server on 127.0.0.1 (port 0 = a free one). Resolves with its origin, the list of
 * paths it served (tests use it to confirm traffic) and a close function.
 */
export async function startDemoServer({ port = 0, root = DEMO_ROOT } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}`);
    const path = req.method === 'GET' || req.method === 'HEAD' ? resolvePath(root, url.pathname) : undefined;
    const type = path ? TYPES[extname(path)] : undefined;
    if (!path || !type) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actualPort } = server.address();
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// `node scripts/demo-server.mjs [port]` serves the demo on its own.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { origin } = await startDemoServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`Demo chat: ${origin}/chat.html  (Ctrl+C to stop)`);
}
