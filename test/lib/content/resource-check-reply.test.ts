import { describe, expect, it } from 'vitest';
import { parseResourceCheckReply } from '../../../lib/content/resource-check-reply.ts';

const good = { url: 'https://a.example/p', host: 'a.example', outcome: 'blocked', reasons: ['pii'] };

describe('parseResourceCheckReply', () => {
  it('accepts a well-formed answer', () => {
    expect(parseResourceCheckReply({ ok: true, value: [good] })).toEqual({ ok: true, value: [good] });
  });

  it('passes the background’s error on', () => {
    expect(parseResourceCheckReply({ ok: false, error: 'not a supported chat site' })).toEqual({ ok: false, error: 'not a supported chat site' });
  });

  it.each([
    ['nothing', undefined],
    ['a non-array value', { ok: true, value: good }],
    ['an unknown outcome', { ok: true, value: [{ ...good, outcome: 'maybe' }] }],
    ['an unknown reason', { ok: true, value: [{ ...good, reasons: ['vibes'] }] }],
    ['a missing host', { ok: true, value: [{ ...good, host: undefined }] }],
  ])('refuses %s', (_name, raw) => {
    expect(parseResourceCheckReply(raw).ok).toBe(false);
  });
});
