import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConversationIndex } from '../../../lib/exfil/conversation-overlap.ts';
import { analyzeUrl, urlParts, type SensitiveScan } from '../../../lib/exfil/url-signals.ts';

const none: SensitiveScan = { secret: () => false, pii: () => false };
const empty = new ConversationIndex('');
const signals = (url: string, conversation = empty, sensitive = none) => analyzeUrl(url, conversation, sensitive).signals;

describe('urlParts', () => {
  it('decodes query values, the fragment and path segments', () => {
    expect(urlParts('https://Host.test/a%20b/c?x=1+2&y=%F0%9F%98%80#frag%21')).toEqual({
      scheme: 'https',
      host: 'host.test',
      pathSegments: ['a b', 'c'],
      values: ['1 2', '😀', 'frag!'],
    });
  });

  it('splits what WHATWG URL rejects without throwing', () => {
    expect(urlParts('http://bad host/p?q=%E0%A4%A').host).toBe('bad host');
    expect(urlParts('/relative/path?q=1').host).toBe('');
  });
});

describe('analyzeUrl', () => {
  it('flags conversation text in a query or path', () => {
    const conversation = new ConversationIndex('Please summarise the merger plan for Northwind Traders');
    expect(signals('https://e.test/?q=the+merger+plan', conversation)).toContain('conversation');
    expect(signals('https://e.test/merger-plan-for/x', conversation)).not.toContain('conversation');
    expect(analyzeUrl('https://e.test/merger-plan-for/x', conversation, none).pathConversation).toBe(true);
    expect(signals('https://e.test/?who=northwind', conversation)).not.toContain('conversation');
    expect(signals('https://e.test/?c=Northwindtraders', new ConversationIndex('user Northwindtraders'))).toContain('conversation');
  });

  it('does not count a long conversation word in a path (documentation links name the topic)', () => {
    expect(signals('https://docs.test/kubernetes/deployment', new ConversationIndex('kubernetes deployment rollback'))).toEqual([]);
  });

  it('flags encoded blobs but not slugs, hex ids of normal length or file names', () => {
    expect(signals('https://e.test/i.png?d=U2VjcmV0IHF1YXJ0ZXJseSBudW1iZXJz')).toContain('encoded-blob');
    expect(signals('https://e.test/' + 'a3f9'.repeat(10))).toContain('encoded-blob');
    expect(signals('https://e.test/how-to-install-node-on-ubuntu-22-04-with-nvm-and-npm')).toEqual([]);
    expect(signals('https://e.test/commit/3f9a1c2')).toEqual([]);
    expect(signals('https://e.test/files/quarterly_report_final_version_2025_reviewed_by_legal.pdf')).toEqual([]);
  });

  it('flags free text in a query value', () => {
    expect(signals('https://e.test/?m=the+user+said+their+account+is+locked')).toContain('long-text');
    expect(signals('https://www.google.com/search?q=rust+borrow+checker')).toEqual([]);
  });

  it('asks the sensitive-data scanners about each part', () => {
    const seen: string[] = [];
    const spy: SensitiveScan = { secret: (t) => (seen.push(t), t === 'KEY'), pii: (t) => t === 'me@x.test' };
    expect(signals('https://e.test/p?k=KEY&e=me%40x.test', empty, spy)).toEqual(expect.arrayContaining(['secret', 'pii']));
    expect(seen).toContain('KEY');
  });

  it('ignores schemes that fetch nothing', () => {
    expect(signals('mailto:dana@acme-mail.test', empty, { secret: () => true, pii: () => true })).toEqual([]);
  });

  it('flags script schemes', () => {
    expect(signals('javascript:alert(1)')).toContain('dangerous-scheme');
    expect(signals(' JavaScript:void(0)')).toContain('dangerous-scheme');
    expect(signals('data:text/html;base64,PHNjcmlwdD4=')).toContain('dangerous-scheme');
    expect(signals('data:image/png;base64,iVBORw0KGgo=')).not.toContain('dangerous-scheme');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string(), (url, talk) => void analyzeUrl(url, new ConversationIndex(talk), none)));
  });
});
