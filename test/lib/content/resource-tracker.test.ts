import { describe, expect, it } from 'vitest';
import { ResourceTracker } from '../../../lib/content/resource-tracker.ts';
import type { ResourceCheckResult } from '../../../lib/exfil/resource-check.ts';

const A = 'https://a.example/1';
const B = 'https://b.example/2';
const result = (url: string, outcome: ResourceCheckResult['outcome']): ResourceCheckResult => ({ url, host: new URL(url).hostname, outcome, reasons: [] });

describe('ResourceTracker', () => {
  it('asks about each URL once and tells every element that waited', () => {
    const tracker = new ResourceTracker<string>();
    expect(tracker.observe('img1', [A, B, A])).toEqual({ toCheck: [A, B], known: [] });
    expect(tracker.observe('img2', [A])).toEqual({ toCheck: [], known: [] });
    expect(tracker.pendingCount).toBe(2);
    const updates = tracker.settle([result(A, 'allowed'), result(B, 'blocked')]);
    expect(updates.map((update) => [update.element, update.result.url, update.result.outcome])).toEqual([
      ['img1', A, 'allowed'],
      ['img2', A, 'allowed'],
      ['img1', B, 'blocked'],
    ]);
    expect(tracker.pendingCount).toBe(0);
  });

  it('answers later elements from what it knows: blocked ones need a placeholder, allowed ones load by themselves', () => {
    const tracker = new ResourceTracker<string>();
    tracker.observe('img1', [A, B]);
    tracker.settle([result(A, 'allowed'), result(B, 'blocked')]);
    expect(tracker.observe('img3', [A, B])).toEqual({ toCheck: [], known: [{ element: 'img3', result: result(B, 'blocked') }] });
  });

  it('ignores results nobody asked for', () => {
    const tracker = new ResourceTracker<string>();
    expect(tracker.settle([result(A, 'allowed')])).toEqual([]);
    expect(tracker.resultFor(A)).toBeUndefined();
  });

  it('marks what a failed check left undecided as unavailable', () => {
    const tracker = new ResourceTracker<string>();
    tracker.observe('img1', [A, B]);
    tracker.settle([result(A, 'allowed')]);
    const updates = tracker.fail([A, B], (url) => new URL(url).hostname);
    expect(updates).toEqual([{ element: 'img1', result: { url: B, host: 'b.example', outcome: 'unavailable', reasons: [] } }]);
    expect(tracker.resultFor(A)?.outcome).toBe('allowed');
  });

  it('remembers a URL the user loaded on purpose as allowed', () => {
    const tracker = new ResourceTracker<string>();
    tracker.observe('img1', [B]);
    tracker.settle([result(B, 'blocked')]);
    tracker.markAllowed(B, 'b.example');
    expect(tracker.observe('img2', [B])).toEqual({ toCheck: [], known: [] });
  });
});
