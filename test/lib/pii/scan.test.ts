import { describe, expect, it } from 'vitest';
import { PII_RULES } from '../../../lib/pii/rules/index.ts';
import { scanPii } from '../../../lib/pii/scan.ts';

const REGIONS = ['US', 'GB', 'DE'];

describe('scanPii', () => {
  it('finds each kind once, in text order, with offsets of the text', () => {
    const text = 'Mail ana@mail.co.uk, card 4377 8771 8963 5137, ip 41.176.181.243.';
    const { hits } = scanPii(text, { regions: REGIONS });
    expect(hits.map((hit) => hit.rule)).toEqual(['email', 'payment-card', 'ipv4']);
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['ana@mail.co.uk', '4377 8771 8963 5137', '41.176.181.243']);
  });
  it('lets the higher-priority rule keep an overlapping span', () => {
    const { hits } = scanPii('SSN: 588-46-6702', { regions: REGIONS });
    expect(hits.map((hit) => hit.rule)).toEqual(['us-ssn']);
  });
  it('defers checks that need hashing', async () => {
    const { hits, deferred } = scanPii('send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', { regions: REGIONS });
    expect(hits).toEqual([]);
    expect(deferred.map((hit) => hit.rule)).toEqual(['btc-address']);
    expect(await deferred[0]!.verify()).toBe(true);
  });
  it('caps the number of hits', () => {
    const text = Array.from({ length: 50 }, (_, i) => `user${i}@mail.co.uk`).join(' ');
    expect(scanPii(text, { regions: REGIONS, maxHits: 10 }).hits).toHaveLength(10);
  });
  it('runs only the rules it is given', () => {
    const email = PII_RULES.find((rule) => rule.id === 'email')!;
    expect(scanPii('ana@mail.co.uk 4377 8771 8963 5137', { regions: REGIONS, rules: [email] }).hits).toHaveLength(1);
  });
  it('stays fast on hostile inputs', () => {
    for (const hostile of ['1 '.repeat(50_000), '+1 (212) '.repeat(10_000), 'a@'.repeat(50_000), '12 Main Street Apt 4 '.repeat(4_000), '::1:'.repeat(25_000)]) {
      const started = performance.now();
      scanPii(hostile, { regions: REGIONS });
      expect(performance.now() - started).toBeLessThan(1_500);
    }
  });
});
