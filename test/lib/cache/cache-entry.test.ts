import { describe, expect, it } from 'vitest';
import { parseCacheEntry, toCachedVerdict, type CacheEntry } from '../../../lib/cache/cache-entry.ts';
import type { VerdictSummary } from '../../../lib/messaging/verdict-summary.ts';

const summary: VerdictSummary = {
  at: 5,
  direction: 'inbound',
  action: 'redact',
  profileId: 'standard',
  risk: 0.85,
  reasons: [{ category: 'secrets', action: 'redact', risk: 0.85, ruleIds: ['secrets/github-pat'] }],
  spans: [{ start: 6, end: 46 }],
  redactions: [{ start: 6, end: 46, category: 'secrets', placeholder: '[GITHUB_TOKEN_1]' }],
  failedDetectors: [],
  detectorMs: { secrets: 0.2 },
  latencyMs: 3,
};

const entry: CacheEntry = {
  key: 'a'.repeat(64),
  scope: 'b'.repeat(64),
  verdict: toCachedVerdict(summary),
  vector: new Float32Array([0.6, 0.8]),
  createdAt: 1_000,
  lastUsedAt: 2_000,
  hits: 3,
};

describe('toCachedVerdict', () => {
  it('keeps what describes the text and drops what describes one scan', () => {
    expect(toCachedVerdict(summary)).toEqual({
      direction: 'inbound',
      action: 'redact',
      profileId: 'standard',
      risk: 0.85,
      reasons: summary.reasons,
      spans: summary.spans,
      redactions: summary.redactions,
    });
  });
});

describe('parseCacheEntry', () => {
  it('accepts what the cache writes, rebuilt from the known fields only', () => {
    expect(parseCacheEntry(structuredClone(entry))).toEqual(entry);
    const extra = parseCacheEntry({ ...structuredClone(entry), text: 'smuggled', verdict: { ...entry.verdict, note: 'x' } });
    expect(extra).toEqual(entry);
    expect(JSON.stringify(extra)).not.toContain('smuggled');
    const { vector: _vector, ...exactOnly } = entry;
    expect(parseCacheEntry(exactOnly)).toEqual(exactOnly);
  });

  it('refuses anything malformed, so a damaged record never decides a scan', () => {
    const broken: unknown[] = [
      null,
      'entry',
      { ...entry, key: 'not-hex' },
      { ...entry, scope: undefined },
      { ...entry, createdAt: Number.NaN },
      { ...entry, hits: -1 },
      { ...entry, vector: [0.6, 0.8] },
      { ...entry, vector: new Float32Array(0) },
      { ...entry, verdict: { ...entry.verdict, action: 'allow-all' } },
      { ...entry, verdict: { ...entry.verdict, risk: 2 } },
      { ...entry, verdict: { ...entry.verdict, direction: 'sideways' } },
      { ...entry, verdict: { ...entry.verdict, reasons: [{ category: 'made-up', action: 'warn', risk: 0.5, ruleIds: [] }] } },
      { ...entry, verdict: { ...entry.verdict, spans: [{ start: 5, end: 2 }] } },
      { ...entry, verdict: { ...entry.verdict, redactions: [{ start: 0, end: 2, category: 'secrets' }] } },
      { ...entry, verdict: { ...entry.verdict, spans: Array.from({ length: 300 }, () => ({ start: 0, end: 1 })) } },
    ];
    for (const value of broken) expect(parseCacheEntry(value)).toBeUndefined();
  });
});
