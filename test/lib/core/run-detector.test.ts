import { describe, expect, it } from 'vitest';
import { CircuitBreakers } from '../../../lib/core/circuit-breaker.ts';
import { normalize } from '../../../lib/core/normalize.ts';
import { runDetector } from '../../../lib/core/run-detector.ts';
import { fakeDetector, finding, reportOf } from '../../support/fake-detectors.ts';

const context = {
  text: normalize('hello'),
  direction: 'inbound' as const,
  site: 'test',
  profileId: 'standard',
  maxScanChars: 100,
  conversationText: '',
  gateFindings: [],
};
const settings = { timeoutMs: 30, shadow: false, breaker: { failureThreshold: 3, baseBackoffMs: 10, maxBackoffMs: 10 } };
const run = (detector: Parameters<typeof runDetector>[0]) =>
  runDetector(detector, context, settings, new CircuitBreakers(() => 0), () => performance.now());

describe('runDetector', () => {
  it('stamps findings with the detector id', async () => {
    const outcome = await run(fakeDetector('d', () => reportOf(finding('d', 0.4))));
    expect(outcome).toMatchObject({ status: 'ok', detectorId: 'd', findings: [{ detectorId: 'd', ruleId: 'd/hit' }] });
  });

  it('returns a synchronous detector\'s outcome as it is (no promise), an asynchronous one\'s as a promise', async () => {
    const sync = run(fakeDetector('d', () => reportOf(finding('d', 0.4))));
    expect(sync).not.toBeInstanceOf(Promise);
    expect(sync).toMatchObject({ status: 'ok', findings: [{ detectorId: 'd' }] });
    const later = run(fakeDetector('d', () => Promise.resolve(reportOf(finding('d', 0.4)))));
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toMatchObject({ status: 'ok', findings: [{ detectorId: 'd' }] });
  });

  it('gives a detector that does not read its signal no AbortController, and one that does a live signal', () => {
    let signal: AbortSignal | undefined;
    const detector = fakeDetector('d', () => reportOf());
    detector.run = (call) => {
      signal = call.signal;
      return reportOf();
    };
    run(detector);
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal!.aborted).toBe(false);
  });

  it('turns a rejected promise into failed(threw)', async () => {
    const outcome = await run(fakeDetector('d', () => Promise.reject(new Error('x'))));
    expect(outcome).toMatchObject({ status: 'failed', code: 'threw' });
  });

  it('aborts the signal of a detector that runs out of time', async () => {
    let aborted = false;
    const detector = fakeDetector('d', () => reportOf());
    detector.run = ({ signal }) =>
      new Promise(() => {
        signal.addEventListener('abort', () => (aborted = true));
      });
    expect(await run(detector)).toMatchObject({ status: 'failed', code: 'timeout' });
    expect(aborted).toBe(true);
  });

  it('records a detector that declines as skipped with its reason', async () => {
    const outcome = await run(fakeDetector('d', () => ({ status: 'skipped', reason: 'model-unavailable' })));
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'detector:model-unavailable' });
  });
});
