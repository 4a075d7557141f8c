// Local mock chat pages for the end-to-end tests, served at each chat site's REAL host through
// Playwright route interception (no server, no DNS): the extension's content scripts match them
// exactly as they match the real sites. Sources and the DOM each mock reproduces:
// test/e2e/mock-sites/ (README.md there).
//
//   await buildMockSites();                 // esbuild, one bundle per site, ~1 s
//   await installMockSites(context);        // routes https://HOST/** for the nine hosts
//   await page.goto('https://chatgpt.com/');
//   await page.evaluate(() => window.__mockChat.sent);
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MOCK_SITES_SOURCE = join(ROOT, 'test/e2e/mock-sites/src');
export const DEFAULT_MOCK_SITES_OUT = '.output/mock-sites';

/**
 * editor: the kind of editor the site's composer is (the same names as lib/sites EditorKind).
 * headers: extra response headers for the page (Gemini enforces Trusted Types, so does its mock).
 */
export const MOCK_SITES = Object.freeze([
  { id: 'chatgpt', name: 'ChatGPT', host: 'chatgpt.com', editor: 'prosemirror' },
  { id: 'claude', name: 'Claude', host: 'claude.ai', editor: 'prosemirror' },
  {
    id: 'gemini',
    name: 'Gemini',
    host: 'gemini.google.com',
    editor: 'quill',
    headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
  },
  { id: 'copilot', name: 'Microsoft Copilot', host: 'copilot.microsoft.com', editor: 'textarea' },
  { id: 'perplexity', name: 'Perplexity', host: 'www.perplexity.ai', editor: 'lexical' },
  { id: 'deepseek', name: 'DeepSeek', host: 'chat.deepseek.com', editor: 'textarea' },
  { id: 'mistral', name: 'Le Chat', host: 'chat.mistral.ai', editor: 'prosemirror' },
  { id: 'grok', name: 'Grok', host: 'grok.com', editor: 'textarea' },
  { id: 'poe', name: 'Poe', host: 'poe.com', editor: 'textarea' },
]);

const CONTENT_TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** The page shell: everything visible is built by the site's bundle. `data:` icon: no favicon request. */
export const pageHtml = (site) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${site.name} (Rampart mock)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/mock.css">
</head>
<body data-mock-site="${site.id}">
<script src="/mock.js"></script>
</body>
</html>
`;

const outPath = (outDir) => resolve(ROOT, outDir);

/** Bundles every mock page (one IIFE per site + one stylesheet) into outDir; safe to run again. */
export async function buildMockSites(outDir = DEFAULT_MOCK_SITES_OUT) {
  const out = outPath(outDir);
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [
      ...MOCK_SITES.map((site) => ({ in: join(MOCK_SITES_SOURCE, 'sites', `${site.id}.js`), out: site.id })),
      { in: join(MOCK_SITES_SOURCE, 'mock.css'), out: 'mock' },
    ],
    outdir: out,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // Production builds of React and Lexical: what the real sites ship, and far smaller.
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    minifySyntax: true, // also drops the development branches the define above turns off
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  await Promise.all(MOCK_SITES.map((site) => writeFile(join(out, `${site.id}.html`), pageHtml(site))));
  return out;
}

/** What a mock host answers for a path: the page for "/" and extension-less paths, else a file or 404. */
export function mockResponseFor(site, pathname) {
  const last = pathname.split('/').pop() ?? '';
  if (!last.includes('.')) return { file: `${site.id}.html`, type: 'html' };
  if (pathname === '/mock.js') return { file: `${site.id}.js`, type: 'js' };
  if (pathname === '/mock.css') return { file: 'mock.css', type: 'css' };
  return undefined;
}

/** The built pages, bundles and stylesheet, read once; run buildMockSites() first. */
export async function loadMockFiles(outDir = DEFAULT_MOCK_SITES_OUT) {
  const out = outPath(outDir);
  const files = new Map();
  const names = ['mock.css', ...MOCK_SITES.flatMap((site) => [`${site.id}.html`, `${site.id}.js`])];
  for (const name of names) {
    try {
      files.set(name, await readFile(join(out, name)));
    } catch {
      throw new Error(`Mock sites are not built (${join(out, name)} is missing): call buildMockSites() first.`);
    }
  }
  return files;
}

/** The whole HTTP answer of a mock host for a URL (any browser driver can serve it). */
export function mockAnswer(site, url, files) {
  const found = mockResponseFor(site, new URL(url).pathname);
  if (!found) return { status: 404, contentType: 'text/plain; charset=utf-8', headers: {}, body: 'not part of the mock' };
  const headers = found.type === 'html' ? { ...site.headers } : {};
  return { status: 200, contentType: CONTENT_TYPES[found.type], headers, body: files.get(found.file) };
}

/**
 * Routes https://HOST/** of every mock site on a Playwright BrowserContext (other hosts are left
 * alone: tests route their own).
 */
export async function installMockSites(context, { outDir = DEFAULT_MOCK_SITES_OUT } = {}) {
  const files = await loadMockFiles(outDir);
  for (const site of MOCK_SITES) {
    await context.route(`https://${site.host}/**`, (route) => route.fulfill(mockAnswer(site, route.request().url(), files)));
  }
  return MOCK_SITES;
}
