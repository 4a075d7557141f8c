import type { CircuitBreakerSettings } from '../policy/profile.ts';
import type { CircuitBreakers } from './circuit-breaker.ts';
import type { Clock } from './clock.ts';
import type { AnyDetector, DetectorContext, DetectorReport } from './detector.ts';
import type { RecordedFinding } from './finding.ts';
import type { DetectorOutcome, FailureCode } from './outcome.ts';
import { invalidFindingReason } from './validate-findings.ts';

export interface RunSettings {
  timeoutMs: number;
  shadow: boolean;
  breaker: CircuitBreakerSettings;
}

const TIMED_OUT = Symbol('timed-out');

function withDeadline<T>(promise: Promise<T>, timeoutMs: number, onTimeout: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve(TIMED_OUT);
    }, timeoutMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Runs one detector so that nothing it does can break the scan: a throw becomes `failed(threw)`,
 * a promise that does not settle in time becomes `failed(timeout)` (its late result is dropped),
 * and malformed findings become `failed(invalid-output)`. Synchronous work cannot be pre-empted
 * in JavaScript, so a synchronous detector that overran its time is also recorded as a timeout:
 * its result is discarded and the circuit breaker stops calling it.
 */
export async function runDetector(
  detector: AnyDetector,
  context: Omit<DetectorContext, 'options' | 'signal'>,
  settings: RunSettings,
  breakers: CircuitBreakers,
  clock: Clock,
): Promise<DetectorOutcome> {
  const { meta } = detector;
  const base = { detectorId: meta.id, version: meta.version, shadow: settings.shadow };
  // Created only when the detector reads `signal`: most detectors are synchronous and never do,
  // and an AbortController per detector per scan was a measurable share of a cheap scan's cost.
  let controller: AbortController | undefined;
  const started = clock();
  const fail = (code: FailureCode): DetectorOutcome => {
    breakers.recordFailure(meta.id, settings.breaker);
    return { ...base, status: 'failed', code, durationMs: clock() - started };
  };

  let report: DetectorReport | typeof TIMED_OUT;
  try {
    const returned = detector.run({
      ...context,
      options: meta.defaultOptions,
      get signal() {
        controller ??= new AbortController();
        return controller.signal;
      },
    });
    report =
      returned instanceof Promise ? await withDeadline(returned, settings.timeoutMs, () => controller?.abort()) : returned;
  } catch {
    return fail('threw');
  }
  const durationMs = clock() - started;
  if (report === TIMED_OUT || durationMs > settings.timeoutMs) return fail('timeout');
  if (typeof report !== 'object' || report === null) return fail('invalid-output');
  if (report.status === 'skipped') {
    breakers.recordSuccess(meta.id);
    return { ...base, status: 'skipped', reason: `detector:${String(report.reason).slice(0, 64)}` };
  }
  if (report.status === 'failed' && report.code === 'model-unavailable') return fail('model-unavailable');
  if (report.status !== 'ok' || !Array.isArray(report.findings)) return fail('invalid-output');

  const textLength = context.text.original.length;
  const recorded: RecordedFinding[] = [];
  for (const finding of report.findings) {
    if (invalidFindingReason(finding, meta, textLength) !== undefined) return fail('invalid-output');
    recorded.push({ ...finding, detectorId: meta.id });
  }
  breakers.recordSuccess(meta.id);
  return { ...base, status: 'ok', findings: recorded, durationMs };
}
