import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import { buildScanReply, parseScanReply, ruleMessagesFor } from '../../../lib/messaging/scan-reply.ts';
import { summary } from '../../support/verdict-fixtures.ts';

describe('ruleMessagesFor', () => {
  it('looks up each rule’s message in its detector’s meta', () => {
    const messages = ruleMessagesFor(['size/over-limit'], DETECTORS);
    expect(messages['size/over-limit']).toMatch(/longer than this profile checks/);
  });

  it('skips rules without a detector or message (and prototype keys)', () => {
    expect(ruleMessagesFor(['nope/x', 'size/no-such-rule', 'size/toString', 'size', '/x'], DETECTORS)).toEqual({});
  });
});

describe('buildScanReply', () => {
  it('carries the summary and messages, never the text', async () => {
    const text = 'SECRET-MARKER '.repeat(8_000);
    const result = await createPipeline({ detectors: DETECTORS }).scan({ text, direction: 'inbound' });
    if (!result.ok) throw new Error(result.error);
    const reply = buildScanReply(result.value, DETECTORS, 99);
    expect(reply.verdict).toMatchObject({ at: 99, action: 'warn' });
    expect(Object.keys(reply.ruleMessages)).toEqual(['size/over-limit']);
    expect(JSON.stringify(reply)).not.toContain('SECRET-MARKER');
  });
});

describe('parseScanReply', () => {
  it('accepts a well-formed reply', () => {
    const value = { verdict: summary('warn'), ruleMessages: {} };
    expect(parseScanReply({ ok: true, value })).toEqual({ ok: true, value });
  });

  it('passes the background’s error through', () => {
    expect(parseScanReply({ ok: false, error: 'unknown profile "x"' })).toEqual({ ok: false, error: 'unknown profile "x"' });
  });

  it('rejects no answer and malformed answers', () => {
    for (const raw of [undefined, null, 'allow', {}, { ok: true }, { ok: true, value: { verdict: { action: 'allow' } } }]) {
      expect(parseScanReply(raw).ok).toBe(false);
    }
    const badAction = { ok: true, value: { verdict: { ...summary('allow'), action: 'send-it' }, ruleMessages: {} } };
    expect(parseScanReply(badAction).ok).toBe(false);
  });
});
