import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs script without type declarations
import { startDemoServer } from '../../scripts/demo-server.mjs';

interface DemoServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

describe('demo server', () => {
  let server: DemoServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the demo chat on loopback, with the composer the demo adapter expects', async () => {
    server = (await startDemoServer()) as DemoServer;
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-rampart-demo="composer"');
    expect(html).toContain('data-rampart-demo="send"');
    expect((await fetch(`${server.origin}/chat.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect(server.requests).toEqual(['GET /', 'GET /chat.js']);
  });

  it('never serves files outside scripts/demo', async () => {
    server = (await startDemoServer()) as DemoServer;
    for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..%2fdemo-server.mjs', '/%E0%A4%A', '/missing.html']) {
      expect((await fetch(`${server.origin}${path}`)).status).toBe(404);
    }
  });
});
