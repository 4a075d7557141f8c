import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReplyWatch, type ReplyEvent, type ReplySnapshot } from '../../../lib/content/reply-watch.ts';

/** A page whose newest reply the test controls; every change pokes the watch like a mutation would. */
function page(options: { streaming?: boolean | undefined } = {}) {
  let snapshot: ReplySnapshot<string> | undefined;
  const events: Array<ReplyEvent<string>> = [];
  const watch = createReplyWatch<string>({
    read: () => snapshot,
    onEvent: (event) => events.push(event),
    throttleMs: 100,
    quietMs: 800,
    noSignalQuietMs: 2_000,
    stuckSignalMs: 20_000,
  });
  const set = (reply: string, text: string, streaming: boolean | undefined = options.streaming) => {
    snapshot = { reply, text, streaming };
    watch.poke();
  };
  const settles = () => events.filter((event) => event.type === 'settle');
  return { set, events, settles, watch };
}

describe('createReplyWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('settles 800 ms after the streaming signal is off and the text stopped changing', async () => {
    const p = page();
    p.set('r1', 'Hel', true);
    await vi.advanceTimersByTimeAsync(150);
    p.set('r1', 'Hello', true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(p.settles()).toEqual([]); // still streaming: the signal holds it open
    p.set('r1', 'Hello', false);
    await vi.advanceTimersByTimeAsync(100);
    // The text last changed 5 s ago, so the signal going off settles it at once.
    expect(p.settles()).toEqual([{ type: 'settle', reply: 'r1', text: 'Hello' }]);
  });

  it('waits out the quiet period when the text is still changing as the signal drops', async () => {
    const p = page();
    p.set('r1', 'a', true);
    await vi.advanceTimersByTimeAsync(150);
    p.set('r1', 'ab', false);
    await vi.advanceTimersByTimeAsync(700);
    expect(p.settles()).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(p.settles()).toEqual([{ type: 'settle', reply: 'r1', text: 'ab' }]);
  });

  it('uses the longer quiet period on a site without a streaming signal', async () => {
    const p = page({ streaming: undefined });
    p.set('r1', 'answer');
    await vi.advanceTimersByTimeAsync(1_900);
    expect(p.settles()).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(p.settles()).toHaveLength(1);
  });

  it('settles a reply whose streaming signal never goes away after the stuck-signal wait', async () => {
    const p = page();
    p.set('r1', 'answer', true);
    await vi.advanceTimersByTimeAsync(19_000);
    expect(p.settles()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_200);
    expect(p.settles()).toEqual([{ type: 'settle', reply: 'r1', text: 'answer' }]);
  });

  it('reads the page at most once per throttle period however many mutations arrive', async () => {
    let reads = 0;
    const watch = createReplyWatch<string>({
      read: () => {
        reads += 1;
        return { reply: 'r', text: 'x', streaming: true };
      },
      onEvent: () => undefined,
      throttleMs: 100,
    });
    for (let i = 0; i < 50; i += 1) {
      watch.poke();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(reads).toBeGreaterThanOrEqual(4);
    expect(reads).toBeLessThanOrEqual(6);
    watch.stop();
  });

  it('reports start and progress, and reopens a settled reply that changes again', async () => {
    const p = page();
    p.set('r1', 'one', false);
    await vi.advanceTimersByTimeAsync(1_000);
    p.set('r1', 'one two', false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(p.events).toEqual([
      { type: 'start', reply: 'r1' },
      { type: 'progress', reply: 'r1', text: 'one' },
      { type: 'settle', reply: 'r1', text: 'one' },
      { type: 'progress', reply: 'r1', text: 'one two' },
      { type: 'settle', reply: 'r1', text: 'one two' },
    ]);
  });

  it('settles a reply superseded mid-stream with its last text, then follows the new one', async () => {
    const p = page();
    p.set('r1', 'partial', true);
    await vi.advanceTimersByTimeAsync(150);
    p.set('r2', '', true);
    await vi.advanceTimersByTimeAsync(150);
    expect(p.events).toEqual([
      { type: 'start', reply: 'r1' },
      { type: 'progress', reply: 'r1', text: 'partial' },
      { type: 'settle', reply: 'r1', text: 'partial' },
      { type: 'start', reply: 'r2' },
    ]);
  });

  it('does nothing after stop', async () => {
    const p = page();
    p.set('r1', 'text', false);
    p.watch.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(p.events).toEqual([]);
  });
});
