import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, type Result } from '../../../lib/core/result.ts';
import { createPrescanner, PRESCAN_IDLE_MS, PRESCAN_MAX_CHARS, PRESCAN_TTL_MS } from '../../../lib/content/prescan.ts';
import { createSendController } from '../../../lib/content/send-controller.ts';
import type { ScanReply } from '../../../lib/messaging/scan-reply.ts';
import { reply } from '../../support/verdict-fixtures.ts';

function setup(answer: (text: string) => Promise<Result<ScanReply>> = async () => reply('allow')) {
  const page = { text: '' as string | undefined };
  const scan = vi.fn(answer);
  const prescanner = createPrescanner({
    readText: () => page.text,
    scan,
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });
  /** One keystroke: the text changes and an input event arrives. */
  const type = (text: string) => {
    page.text = text;
    prescanner.noteInput();
  };
  return { page, scan, prescanner, type };
}

describe('pre-scan', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('scans once the user paused typing, not on every keystroke', async () => {
    const s = setup();
    s.type('h');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS - 1);
    s.type('he');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS - 1);
    s.type('hello');
    expect(s.scan).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    expect(s.scan).toHaveBeenCalledOnce();
    expect(s.scan).toHaveBeenCalledWith('hello');
    expect(s.prescanner.isAllowed('hello')).toBe(true);
    expect(s.prescanner.isAllowed('hello!')).toBe(false);
  });

  it('keeps only the newest text’s verdict', async () => {
    const s = setup();
    s.type('first');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    s.type('second');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    expect(s.prescanner.isAllowed('second')).toBe(true);
    expect(s.prescanner.isAllowed('first')).toBe(false);
  });

  it('does not let a slow older scan replace a newer one', async () => {
    const pending = new Map<string, (value: Result<ScanReply>) => void>();
    const s = setup((text) => new Promise((resolve) => pending.set(text, resolve)));
    s.type('old');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    s.type('new');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    pending.get('new')!(reply('allow'));
    await vi.advanceTimersByTimeAsync(0);
    pending.get('old')!(reply('allow'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.prescanner.isAllowed('new')).toBe(true);
    expect(s.prescanner.isAllowed('old')).toBe(false);
  });

  it('remembers a non-allow verdict without calling it allowed, and forgets failures', async () => {
    const s = setup(async (text) => (text === 'secret' ? reply('redact') : err('no answer within 8 s')));
    s.type('secret');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    expect(s.prescanner.replyFor('secret')?.verdict.action).toBe('redact');
    expect(s.prescanner.isAllowed('secret')).toBe(false);
    s.type('hello');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    expect(s.prescanner.isAllowed('hello')).toBe(false);
    expect(s.prescanner.replyFor('hello')).toBeUndefined();
  });

  it('forgets a verdict after its time to live', async () => {
    const s = setup();
    s.type('hello');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    await vi.advanceTimersByTimeAsync(PRESCAN_TTL_MS);
    expect(s.prescanner.isAllowed('hello')).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.prescanner.isAllowed('hello')).toBe(false);
  });

  it('skips empty, oversized and already-scanned text', async () => {
    const s = setup();
    s.type('   ');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    s.type('x'.repeat(PRESCAN_MAX_CHARS + 1));
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    s.type('same');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    s.type('same');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    expect(s.scan.mock.calls).toEqual([['same']]);
  });

  it('stops: no more scans, nothing remembered', async () => {
    const s = setup();
    s.type('hello');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    s.prescanner.stop();
    s.type('again');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    expect(s.scan).toHaveBeenCalledOnce();
    expect(s.prescanner.isAllowed('hello')).toBe(false);
  });

  it('with the send controller: a clean pre-scanned send is not intercepted, anything else is', async () => {
    const s = setup(async (text) => reply(text.includes('key') ? 'redact' : 'allow'));
    const sent: string[] = [];
    const controller = createSendController({
      readText: () => s.page.text,
      writeText: () => false,
      focusComposer: () => undefined,
      scan: s.scan,
      ui: { show: () => undefined, hide: () => undefined },
      now: () => Date.now(),
      isPreApproved: (text) => s.prescanner.isAllowed(text),
    });
    const replay = () => sent.push(s.page.text!);

    s.type('hello there');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    expect(controller.attempt(replay, true)).toBe(false);
    expect(s.scan).toHaveBeenCalledOnce();

    // Enter before the pause elapsed: the usual path (hold, scan, release).
    s.type('hello there!');
    expect(controller.attempt(replay, true)).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['hello there!']);

    s.type('my key is sk-123');
    await vi.advanceTimersByTimeAsync(PRESCAN_IDLE_MS);
    expect(controller.attempt(replay, true)).toBe(true);
  });
});
