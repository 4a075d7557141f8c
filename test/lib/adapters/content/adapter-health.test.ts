import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HEALTH_CHECK_INTERVAL_MS, probePage, sendHealthReport, startAdapterHealth } from '../../../../lib/adapters/content/adapter-health.ts';
import { HEALTH_GRACE_MS, type SiteHealth } from '../../../../lib/sites/site-health.ts';
import { DEMO_SITE } from '../../../../lib/sites/sites.ts';
import { FakeDocument } from '../../../support/fake-dom.ts';

/** The demo composer (and send button) as the page renders them. */
function addComposer(doc: FakeDocument, value = '') {
  const composer = Object.assign(doc.createElement('textarea'), { value });
  composer.setAttribute('data-rampart-demo', 'composer');
  doc.body.append(composer);
  return composer;
}

describe('probePage', () => {
  it('finds the composer, and asks for a send control only once text is typed', () => {
    const doc = new FakeDocument();
    const page = doc as unknown as Document;
    expect(probePage(page, DEMO_SITE)).toEqual({ composer: false });
    const composer = addComposer(doc);
    expect(probePage(page, DEMO_SITE)).toEqual({ composer: true });
    composer.value = 'hello';
    expect(probePage(page, DEMO_SITE)).toEqual({ composer: true, send: false });
    const send = doc.createElement('button');
    send.setAttribute('data-rampart-demo', 'send');
    doc.body.append(send);
    expect(probePage(page, DEMO_SITE)).toEqual({ composer: true, send: true });
  });
});

describe('startAdapterHealth', () => {
  let observers: Array<() => void>;
  beforeEach(() => {
    vi.useFakeTimers();
    observers = [];
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor(callback: () => void) {
          observers.push(callback);
        }
        observe() {}
        disconnect() {
          observers = [];
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const page = () => {
    const doc = new FakeDocument();
    const win = { document: doc, addEventListener: vi.fn() } as unknown as Window;
    return { doc, win, mutate: () => observers.forEach((callback) => callback()) };
  };

  it('reports degraded when the page never shows a composer, and ok when one appears', async () => {
    const p = page();
    const reports: SiteHealth[] = [];
    startAdapterHealth(p.win, DEMO_SITE, { report: (h) => reports.push(h) });
    await vi.advanceTimersByTimeAsync(HEALTH_GRACE_MS + HEALTH_CHECK_INTERVAL_MS);
    expect(reports).toEqual([{ state: 'degraded', missing: ['composer'] }]);
    addComposer(p.doc);
    p.mutate();
    await vi.advanceTimersByTimeAsync(HEALTH_CHECK_INTERVAL_MS);
    expect(reports.at(-1)).toEqual({ state: 'ok', missing: [] });
  });

  it('looks at most once per interval however busy the page is', async () => {
    const p = page();
    addComposer(p.doc);
    const probe = vi.spyOn(p.doc, 'querySelector');
    startAdapterHealth(p.win, DEMO_SITE, { report: () => undefined });
    await vi.advanceTimersByTimeAsync(0);
    const first = probe.mock.calls.length;
    for (let i = 0; i < 50; i++) p.mutate();
    await vi.advanceTimersByTimeAsync(HEALTH_CHECK_INTERVAL_MS);
    // One more look for the 50 mutations (the probe queries a selector or two per look).
    expect(probe.mock.calls.length - first).toBeLessThanOrEqual(2);
    expect(probe.mock.calls.length - first).toBeGreaterThan(0);
  });

  it('stops observing and reporting when stopped', async () => {
    const p = page();
    const report = vi.fn();
    const stop = startAdapterHealth(p.win, DEMO_SITE, { report });
    stop();
    await vi.advanceTimersByTimeAsync(HEALTH_GRACE_MS * 2);
    expect(report).not.toHaveBeenCalled();
    expect(observers).toEqual([]);
  });
});

describe('sendHealthReport', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('sends the text-free health message and ignores a missing listener', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    sendHealthReport({ state: 'degraded', missing: ['composer'] });
    await Promise.resolve();
    expect(send).toHaveBeenCalledWith({ type: 'content:health', state: 'degraded', missing: ['composer'] });
  });
});
