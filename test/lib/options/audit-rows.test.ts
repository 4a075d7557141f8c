import { describe, expect, it } from 'vitest';
import { readAuditRows, readChainCheck, readExportFile, readForwardingStatus } from '../../../lib/options/audit-rows.ts';

describe('audit answers', () => {
  it('reads records newest first, skipping malformed ones and unknown categories', () => {
    const rows = readAuditRows([
      { seq: 1, at: 5, site: 'chatgpt.com', direction: 'inbound', action: 'block', categories: ['prompt-attack', 'bogus'], ruleIds: ['prompt-attack/ignore'], profile: 'standard@2' },
      { seq: 2, at: 6, site: '', override: 'protection-paused', categories: [], ruleIds: [], profile: 'standard@2' },
      { at: 7 },
      'junk',
    ]);
    expect(rows.map((r) => r.seq)).toEqual([2, 1]);
    expect(rows[1]).toEqual({ seq: 1, at: 5, site: 'chatgpt.com', direction: 'inbound', action: 'block', categories: ['prompt-attack'], ruleIds: ['prompt-attack/ignore'], profile: 'standard@2' });
    expect(readAuditRows({ records: [{ seq: 3, at: 1 }] }).map((r) => r.seq)).toEqual([3]);
  });

  it('reads a chain check and a forwarding status, or nothing', () => {
    expect(readChainCheck({ ok: false, checked: 12, brokenAt: 7 })).toEqual({ ok: false, checked: 12, brokenAt: 7 });
    expect(readChainCheck({ ok: 'yes' })).toBeUndefined();
    expect(readForwardingStatus({ configured: true, sent: 4, dropped: -1, lastError: 'HTTP 503' })).toEqual({ configured: true, sent: 4, dropped: 0, pending: 0, lastError: 'HTTP 503' });
    expect(readForwardingStatus(null)).toBeUndefined();
  });

  it('keeps an export’s download name to a plain file name', () => {
    expect(readExportFile({ text: 'a', filename: '../../evil name.csv' })).toEqual({ text: 'a', filename: '.._.._evil_name.csv' });
    expect(readExportFile({ text: 1, filename: 'x' })).toBeUndefined();
  });
});
