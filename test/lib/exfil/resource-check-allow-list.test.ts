import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../lib/core/result.ts';
import { createResourceService } from '../../../lib/exfil/resource-check.ts';
import { classifyResourceUrls } from '../../../lib/exfil/resource-verdict.ts';
import type { SiteAdapter } from '../../../lib/sites/site-adapter.ts';
import { DEMO_SITE } from '../../../lib/sites/sites.ts';

const BLOB = 'https://img.example.org/p.png?d=U2VjcmV0IHF1YXJ0ZXJseSBudW1iZXJzOiA0LjJN';
const chatgpt: SiteAdapter = { ...DEMO_SITE, id: 'chatgpt', hosts: ['chatgpt.com'] };
const check = (urls: string[]) => ({ type: 'content:resource-check' as const, urls, inReply: true });

describe('resource check with allowLists.imageHosts', () => {
  it('flags a data-carrying image without the allow-list', async () => {
    const service = createResourceService({ sites: [chatgpt], allow: async () => ok(null), allowedImageHosts: async () => [] });
    expect(await service.check(check([BLOB]), 1, 'https://chatgpt.com/c/1')).toMatchObject({ ok: true, value: [{ outcome: 'blocked' }] });
  });

  it('trusts allow-listed hosts: never flagged, let through the network rule (outcome allowed)', async () => {
    const allow = vi.fn(async () => ok(null));
    const hosts = vi.fn(async () => ['*.example.org']);
    const service = createResourceService({ sites: [chatgpt], allow, allowedImageHosts: hosts });
    expect(await service.check(check([BLOB]), 7, 'https://chatgpt.com/c/1')).toMatchObject({ ok: true, value: [{ outcome: 'allowed', reasons: [] }] });
    expect(allow).toHaveBeenCalledWith(7, [BLOB]);
    expect(hosts).toHaveBeenCalledTimes(1);
  });

  it('reads the allow-list on every check, and a failing read trusts nothing', async () => {
    const service = createResourceService({ sites: [chatgpt], allow: async () => ok(null), allowedImageHosts: () => Promise.reject(new Error('storage')) });
    expect(await service.check(check([BLOB]), 1, 'https://chatgpt.com/c/1')).toMatchObject({ ok: true, value: [{ outcome: 'blocked' }] });
  });

  it('does not count trusted hosts towards a series', () => {
    const urls = ['a', 'b', 'c', 'd', 'e'].map((name) => `https://img.example.org/${name}.png`);
    const context = { ownHosts: ['chatgpt.com'], inReply: true };
    expect(classifyResourceUrls(urls, context).every((verdict) => verdict.flagged)).toBe(true);
    expect(classifyResourceUrls(urls, { ...context, trustedHosts: ['example.org'] }).some((verdict) => verdict.flagged || verdict.ownHost)).toBe(false);
  });
});
