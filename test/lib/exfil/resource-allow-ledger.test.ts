import { describe, expect, it } from 'vitest';
import { ALLOW_RULE_ID_LIMIT, AllowRuleLedger, MAX_ALLOW_RULES } from '../../../lib/exfil/resource-allow-ledger.ts';
import { ALLOW_RULE_ID_BASE } from '../../../lib/exfil/resource-rules.ts';

describe('AllowRuleLedger', () => {
  it('allocates increasing ids and reuses the entry for the same tab and URL', () => {
    const ledger = new AllowRuleLedger();
    const first = ledger.grant(1, 'https://a.example/1');
    const second = ledger.grant(1, 'https://a.example/2');
    const otherTab = ledger.grant(2, 'https://a.example/1');
    expect([first.entry.id, second.entry.id, otherTab.entry.id]).toEqual([ALLOW_RULE_ID_BASE, ALLOW_RULE_ID_BASE + 1, ALLOW_RULE_ID_BASE + 2]);
    expect(ledger.grant(1, 'https://a.example/1')).toEqual({ entry: first.entry, created: false, evicted: [] });
    expect(ledger.size).toBe(3);
  });

  it('evicts the oldest rules past its bound', () => {
    const ledger = new AllowRuleLedger([], 3);
    const ids = [1, 2, 3].map((n) => ledger.grant(1, `https://a.example/${n}`).entry.id);
    const fourth = ledger.grant(2, 'https://a.example/4');
    expect(fourth.evicted).toEqual([ids[0]]);
    expect(ledger.size).toBe(3);
    expect(ledger.find(1, 'https://a.example/1')).toBeUndefined();
    expect(ledger.grant(2, 'https://a.example/5').evicted).toEqual([ids[1]]);
  });

  it('defaults to a bound well below the browsers’ 5,000 session rules', () => {
    const ledger = new AllowRuleLedger();
    for (let n = 0; n < MAX_ALLOW_RULES + 10; n++) ledger.grant(1, `https://a.example/${n}`);
    expect(ledger.size).toBe(MAX_ALLOW_RULES);
    expect(MAX_ALLOW_RULES).toBeLessThanOrEqual(1_000);
  });

  it('forgets a closed tab and returns its rule ids', () => {
    const ledger = new AllowRuleLedger();
    const a = ledger.grant(1, 'https://a.example/1').entry.id;
    ledger.grant(2, 'https://a.example/2');
    const c = ledger.grant(1, 'https://a.example/3').entry.id;
    expect(ledger.removeTab(1)).toEqual([a, c]);
    expect(ledger.removeTab(1)).toEqual([]);
    expect(ledger.list().map((entry) => entry.tabId)).toEqual([2]);
  });

  it('is rebuilt from existing rules: oldest by id, new ids above them', () => {
    const ledger = new AllowRuleLedger(
      [
        { id: ALLOW_RULE_ID_BASE + 9, tabId: 1, url: 'https://a.example/new' },
        { id: ALLOW_RULE_ID_BASE + 4, tabId: 1, url: 'https://a.example/old' },
      ],
      2,
    );
    const grant = ledger.grant(1, 'https://a.example/next');
    expect(grant.entry.id).toBe(ALLOW_RULE_ID_BASE + 10);
    expect(grant.evicted).toEqual([ALLOW_RULE_ID_BASE + 4]);
  });

  it('wraps around past the largest rule id, skipping ids in use', () => {
    const ledger = new AllowRuleLedger([
      { id: ALLOW_RULE_ID_LIMIT, tabId: 1, url: 'https://a.example/last' },
      { id: ALLOW_RULE_ID_BASE, tabId: 1, url: 'https://a.example/first' },
    ]);
    expect(ledger.grant(1, 'https://a.example/wrapped').entry.id).toBe(ALLOW_RULE_ID_BASE + 1);
  });
});
