import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../lib/core/result.ts';
import { scanWithNotice } from '../../../lib/content/scan-with-notice.ts';
import type { ScanReply } from '../../../lib/messaging/scan-reply.ts';

const reply = { verdict: { action: 'allow' }, ruleMessages: {} } as unknown as ScanReply;

describe('scanWithNotice', () => {
  afterEach(() => vi.useRealTimers());

  it('shows no notice for a fast answer', async () => {
    vi.useFakeTimers();
    const show = vi.fn();
    const result = await scanWithNotice(async () => ok(reply), 'hi', show, 250);
    vi.advanceTimersByTime(1_000);
    expect(result).toEqual(ok(reply));
    expect(show).not.toHaveBeenCalled();
  });

  it('shows the notice once the answer takes longer than the delay', async () => {
    vi.useFakeTimers();
    const show = vi.fn();
    let answer: (value: ReturnType<typeof ok<ScanReply>>) => void = () => undefined;
    const pending = scanWithNotice(() => new Promise((resolve) => (answer = resolve)), 'hi', show, 250);
    vi.advanceTimersByTime(300);
    expect(show).toHaveBeenCalledTimes(1);
    answer(ok(reply));
    expect(await pending).toEqual(ok(reply));
  });

  it('turns a thrown scan into an error result (could not check), never a rejection', async () => {
    const result = await scanWithNotice(async () => { throw new Error('port closed'); }, 'hi', () => undefined, 250);
    expect(result).toEqual({ ok: false, error: 'port closed' });
  });
});
