import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs script without type declarations
import { buildMockSites, installMockSites, MOCK_SITES, mockResponseFor, pageHtml } from '../../scripts/mock-sites.mjs';

interface MockSite {
  id: string;
  name: string;
  host: string;
  editor: string;
  headers?: Record<string, string>;
}
interface Fulfilled {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  body: string | Buffer;
}
type RouteHandler = (route: { request(): { url(): string }; fulfill(response: Fulfilled): Promise<void> }) => Promise<void>;

const sites = MOCK_SITES as MockSite[];

/** A stand-in for Playwright's BrowserContext: records routes and answers requests through them. */
function fakeContext() {
  const routes = new Map<string, RouteHandler>();
  return {
    routes,
    route: async (pattern: string, handler: RouteHandler) => void routes.set(pattern, handler),
    async get(url: string): Promise<Fulfilled> {
      const host = new URL(url).host;
      const handler = routes.get(`https://${host}/**`);
      if (!handler) throw new Error(`no route for ${url}`);
      let response: Fulfilled | undefined;
      await handler({ request: () => ({ url: () => url }), fulfill: async (r) => void (response = r) });
      return response!;
    },
  };
}

describe('mock chat sites', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'rampart-mock-sites-'));
    await buildMockSites(outDir);
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('covers the nine chat sites, each at its real host with the kind of editor it uses', () => {
    expect(sites.map((site) => `${site.id} ${site.host} ${site.editor}`)).toEqual([
      'chatgpt chatgpt.com prosemirror',
      'claude claude.ai prosemirror',
      'gemini gemini.google.com quill',
      'copilot copilot.microsoft.com textarea',
      'perplexity www.perplexity.ai lexical',
      'deepseek chat.deepseek.com textarea',
      'mistral chat.mistral.ai prosemirror',
      'grok grok.com textarea',
      'poe poe.com textarea',
    ]);
  });

  it('serves the page for "/" and extension-less paths, the bundle and stylesheet by name, nothing else', () => {
    const chatgpt = sites[0]!;
    expect(mockResponseFor(chatgpt, '/')).toEqual({ file: 'chatgpt.html', type: 'html' });
    expect(mockResponseFor(chatgpt, '/c/6650-abcd')).toEqual({ file: 'chatgpt.html', type: 'html' });
    expect(mockResponseFor(chatgpt, '/mock.js')).toEqual({ file: 'chatgpt.js', type: 'js' });
    expect(mockResponseFor(chatgpt, '/mock.css')).toEqual({ file: 'mock.css', type: 'css' });
    for (const path of ['/favicon.ico', '/backend-api/x.json', '/other/mock.js', '/robots.txt']) expect(mockResponseFor(chatgpt, path)).toBeUndefined();
  });

  it('pages load nothing but their own bundle and stylesheet (no external fonts, images or favicon)', () => {
    for (const site of sites) {
      const html = pageHtml(site) as string;
      const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
      expect(urls).toEqual(['data:,', '/mock.css', '/mock.js']);
    }
  });

  it('routes exactly the nine hosts on a context and answers from the built files', async () => {
    const context = fakeContext();
    await installMockSites(context, { outDir });
    expect([...context.routes.keys()].sort()).toEqual(sites.map((site) => `https://${site.host}/**`).sort());

    const page = await context.get('https://claude.ai/new?q=1');
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(String(page.body)).toContain('data-mock-site="claude"');

    const bundle = await context.get('https://www.perplexity.ai/mock.js');
    expect(bundle.contentType).toMatch(/javascript/);
    expect(String(bundle.body)).toContain('__mockChat');
    expect(String(bundle.body)).toContain('data-lexical-editor');

    expect((await context.get('https://poe.com/favicon.ico')).status).toBe(404);
    expect((await context.get('https://chatgpt.com/mock.css')).contentType).toMatch(/^text\/css/);
  });

  it('serves Gemini with Trusted Types enforced, like the real site, and no other page with a CSP', async () => {
    const context = fakeContext();
    await installMockSites(context, { outDir });
    expect((await context.get('https://gemini.google.com/app')).headers).toEqual({ 'content-security-policy': "require-trusted-types-for 'script'" });
    expect((await context.get('https://chatgpt.com/')).headers).toEqual({});
  });

  it('refuses to install before the pages are built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'rampart-mock-sites-empty-'));
    try {
      await expect(installMockSites(fakeContext(), { outDir: empty })).rejects.toThrow(/buildMockSites/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
