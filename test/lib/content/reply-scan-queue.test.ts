import { describe, expect, it } from 'vitest';
import {
  createFullScanMemo,
  createReplyScanQueue,
  textKey,
  type ReplyScanRequest,
  type ReplyScanScope,
} from '../../../lib/content/reply-scan-queue.ts';
import { err, type Result } from '../../../lib/core/result.ts';
import type { ScanReply } from '../../../lib/messaging/scan-reply.ts';
import { reply } from '../../support/verdict-fixtures.ts';

/** A background whose answers the test releases one at a time. */
function background() {
  const requests: ReplyScanRequest[] = [];
  const waiting: Array<(result: Result<ScanReply>) => void> = [];
  const results: Array<{ scope: ReplyScanScope; action: string; text: string }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const queue = (options: { stepChars?: number; overlapChars?: number; memo?: ReturnType<typeof createFullScanMemo> } = {}) =>
    createReplyScanQueue({
      stepChars: 10,
      overlapChars: 3,
      ...options,
      scan: (request) => {
        requests.push(request);
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return new Promise((resolve) =>
          waiting.push((result) => {
            inFlight -= 1;
            resolve(result);
          }),
        );
      },
      onResult: (scope, result, text) => results.push({ scope, action: result.ok ? result.value.verdict.action : `error: ${result.error}`, text }),
    });
  const answer = async (result: Result<ScanReply> = reply('allow')) => {
    waiting.shift()!(result);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { queue, requests, results, answer, maxInFlight: () => maxInFlight, waiting };
}

describe('createReplyScanQueue', () => {
  it('scans nothing until a window of new text has arrived, then windows with overlap', async () => {
    const bg = background();
    const q = bg.queue();
    q.progress('abcdefgh');
    expect(bg.requests).toEqual([]);
    q.progress('abcdefghijkl');
    expect(bg.requests).toEqual([{ text: 'abcdefghijkl', scope: 'window' }]);
    await bg.answer();
    q.progress('abcdefghijklmnopqrstuv');
    // 12 scanned: the next window starts 3 characters back.
    expect(bg.requests[1]).toEqual({ text: 'jklmnopqrstuv', scope: 'window' });
  });

  it('keeps one scan in flight and coalesces everything that arrives meanwhile into one window', async () => {
    const bg = background();
    const q = bg.queue();
    let text = '';
    for (let i = 0; i < 20; i += 1) {
      text += 'xxxxx';
      q.progress(text);
    }
    expect(bg.requests).toHaveLength(1);
    await bg.answer();
    expect(bg.requests).toHaveLength(2);
    expect(bg.requests[1]!.text).toBe(text.slice(7)); // all 90 new characters (and 3 of overlap) at once
    await bg.answer();
    expect(bg.requests).toHaveLength(2);
    expect(bg.maxInFlight()).toBe(1);
  });

  it('runs the full scan at settle after the window in flight, and drops windows not yet sent', async () => {
    const bg = background();
    const q = bg.queue();
    q.progress('0123456789ab');
    q.progress('0123456789abcdefghijklmnop');
    q.settle('0123456789abcdefghijklmnop');
    expect(bg.requests).toHaveLength(1);
    await bg.answer(reply('warn'));
    expect(bg.requests[1]).toEqual({ text: '0123456789abcdefghijklmnop', scope: 'full' });
    await bg.answer(reply('block'));
    expect(bg.requests).toHaveLength(2);
    expect(bg.results).toEqual([
      { scope: 'window', action: 'warn', text: '0123456789ab' },
      { scope: 'full', action: 'block', text: '0123456789abcdefghijklmnop' },
    ]);
  });

  it('never sends the same full text twice, but answers a repeated settle with the known verdict', async () => {
    const bg = background();
    const q = bg.queue();
    q.progress('short');
    q.settle('short');
    await bg.answer(reply('warn'));
    q.progress('short and more');
    q.progress('short');
    q.settle('short');
    expect(bg.requests.filter((r) => r.scope === 'full')).toHaveLength(1);
    expect(bg.results.map((r) => `${r.scope}:${r.action}`)).toEqual(['full:warn', 'full:warn']);
  });

  it('skips the full scan of a text another reply already had scanned (memo), and of an empty reply', async () => {
    const bg = background();
    const memo = createFullScanMemo();
    const first = bg.queue({ memo });
    first.settle('the same answer');
    await bg.answer(reply('warn'));
    const rerendered = bg.queue({ memo });
    rerendered.settle('the same answer');
    rerendered.settle('   ');
    expect(bg.requests).toHaveLength(1);
    expect(bg.results.at(-1)).toEqual({ scope: 'full', action: 'warn', text: 'the same answer' });
  });

  it('does not retry a failed window (a dead background would loop) and still scans in full at settle', async () => {
    const bg = background();
    const q = bg.queue();
    q.progress('0123456789ab');
    await bg.answer(err('no answer within 8 s'));
    expect(bg.requests).toHaveLength(1);
    q.settle('0123456789ab');
    expect(bg.requests[1]!.scope).toBe('full');
    await bg.answer(err('no answer within 20 s'));
    expect(bg.results.map((r) => r.action)).toEqual(['error: no answer within 8 s', 'error: no answer within 20 s']);
  });

  it('turns a rejecting scan into an error result', async () => {
    const results: string[] = [];
    const q = createReplyScanQueue({
      scan: () => Promise.reject(new Error('boom')),
      onResult: (_scope, result) => results.push(result.ok ? 'ok' : result.error),
    });
    q.settle('text');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(results).toEqual(['boom']);
  });

  it('re-scans from where old and new text agree when the page rewrites scanned text', async () => {
    const bg = background();
    const q = bg.queue();
    q.progress('0123456789ABCDEF');
    await bg.answer();
    // Markdown rendering changed characters 5.. (e.g. "**" turned into bold).
    q.progress('01234xxxxxxxxxxxxxxxxxxxx');
    expect(bg.requests[1]).toEqual({ text: '234xxxxxxxxxxxxxxxxxxxx', scope: 'window' });
  });
});

describe('createFullScanMemo / textKey', () => {
  it('keeps a bounded number of verdicts, least recently used dropped first', () => {
    const memo = createFullScanMemo(2);
    memo.set('a', reply('warn'));
    memo.set('b', reply('block'));
    memo.get('a');
    memo.set('c', reply('allow'));
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBeDefined();
    expect(memo.get('c')).toBeDefined();
  });

  it('keys texts by hash and length, not by the text', () => {
    expect(textKey('secret reply')).not.toContain('secret');
    expect(textKey('abc')).not.toBe(textKey('abd'));
    expect(textKey('abc')).toBe(textKey('abc'));
  });
});
