import { describe, expect, it } from 'vitest';
import {
  ALLOW_RULE_ID_BASE,
  ALLOW_RULE_PRIORITY,
  allowedUrlOf,
  allowRuleFor,
  BLOCKED_RESOURCE_TYPES,
  isAllowRuleId,
  isSiteRuleId,
  SITE_RULE_ID_BASE,
  SITE_RULE_PRIORITY,
  siteBlockRules,
} from '../../../lib/exfil/resource-rules.ts';
import type { SiteAdapter } from '../../../lib/sites/site-adapter.ts';
import { DEMO_SITE } from '../../../lib/sites/sites.ts';

const site = (id: string, hosts: string[]): SiteAdapter => ({ ...DEMO_SITE, id, hosts });
const chatgpt = site('chatgpt', ['chatgpt.com', 'chat.openai.com']);
const claude = site('claude', ['claude.ai']);

describe('siteBlockRules', () => {
  it('blocks auto-loaded resources from each site to every host that is not its own', () => {
    const [rule] = siteBlockRules([chatgpt]);
    expect(rule).toEqual({
      id: SITE_RULE_ID_BASE,
      priority: SITE_RULE_PRIORITY,
      action: { type: 'block' },
      condition: {
        initiatorDomains: ['chatgpt.com', 'chat.openai.com'],
        excludedRequestDomains: expect.arrayContaining(['chatgpt.com', 'chat.openai.com', 'oaiusercontent.com', 'oaistatic.com', 'openai.com']),
        resourceTypes: ['image', 'media', 'object'],
      },
    });
  });

  it('never blocks what the app itself needs', () => {
    for (const type of ['xmlhttprequest', 'script', 'main_frame', 'sub_frame', 'websocket', 'stylesheet', 'font']) {
      expect(BLOCKED_RESOURCE_TYPES).not.toContain(type);
    }
  });

  it('gives each site a stable id from its place in the list, and skips loopback demo hosts', () => {
    const rules = siteBlockRules([DEMO_SITE, chatgpt, claude, site('local', ['localhost', '[::1]'])]);
    expect(rules.map((rule) => rule.id)).toEqual([SITE_RULE_ID_BASE + 1, SITE_RULE_ID_BASE + 2]);
    expect(rules.every((rule) => isSiteRuleId(rule.id) && !isAllowRuleId(rule.id))).toBe(true);
    expect(siteBlockRules([DEMO_SITE, chatgpt, claude])).toEqual(rules);
  });

  it('adds admin-allowed hosts to every site', () => {
    expect(siteBlockRules([claude], ['wiki.corp.test'])[0]!.condition.excludedRequestDomains).toContain('wiki.corp.test');
  });
});

describe('allowRuleFor', () => {
  it('allows exactly one URL in one tab, above the site rule', () => {
    const rule = allowRuleFor(ALLOW_RULE_ID_BASE, 7, 'https://images.example/cat.png?size=2');
    expect(rule).toEqual({
      ok: true,
      value: {
        id: ALLOW_RULE_ID_BASE,
        priority: ALLOW_RULE_PRIORITY,
        action: { type: 'allow' },
        condition: {
          urlFilter: '|https://images.example/cat.png?size=2|',
          isUrlFilterCaseSensitive: true,
          tabIds: [7],
          resourceTypes: ['image', 'media', 'object'],
        },
      },
    });
    expect(ALLOW_RULE_PRIORITY).toBeGreaterThan(SITE_RULE_PRIORITY);
  });

  it('uses an escaped, anchored regex when the URL holds urlFilter syntax', () => {
    const url = 'https://a.example/x*y?q=^|(.)';
    const rule = allowRuleFor(ALLOW_RULE_ID_BASE + 1, 7, url);
    expect(rule.ok && rule.value.condition).toMatchObject({ regexFilter: '^https://a\\.example/x\\*y\\?q=\\^\\|\\(\\.\\)$' });
    expect(rule.ok && rule.value.condition.urlFilter).toBeUndefined();
    const regex = new RegExp(rule.ok ? rule.value.condition.regexFilter! : '');
    expect(regex.test(url)).toBe(true);
    expect(regex.test('https://a.example/xSECRETy?q=^|(.)')).toBe(false);
  });

  it('refuses URLs it cannot match exactly, and bad ids or tabs', () => {
    expect(allowRuleFor(ALLOW_RULE_ID_BASE, 7, 'https://a.example/p#frag').ok).toBe(false);
    expect(allowRuleFor(ALLOW_RULE_ID_BASE, 7, 'https://a.example/€').ok).toBe(false);
    expect(allowRuleFor(ALLOW_RULE_ID_BASE, 7, 'data:image/png;base64,AA').ok).toBe(false);
    expect(allowRuleFor(SITE_RULE_ID_BASE, 7, 'https://a.example/p').ok).toBe(false);
    expect(allowRuleFor(ALLOW_RULE_ID_BASE, -1, 'https://a.example/p').ok).toBe(false);
  });

  it('reads the URL back from either kind of rule', () => {
    for (const url of ['https://images.example/cat.png', 'https://a.example/x*y?q=^|(.)\\']) {
      const rule = allowRuleFor(ALLOW_RULE_ID_BASE, 1, url);
      expect(rule.ok && allowedUrlOf(rule.value)).toBe(url);
    }
    expect(allowedUrlOf({ id: 1, priority: 1, action: { type: 'block' }, condition: { resourceTypes: ['image'] } })).toBeUndefined();
  });
});
