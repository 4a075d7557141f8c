import { MAX_SCAN_CHARS } from './limits.ts';
import { err, ok, type Result } from './result.ts';
import { chunked } from './chunked-detector.ts';
import { CircuitBreakers } from './circuit-breaker.ts';
import { monotonicClock, type Clock } from './clock.ts';
import type { AnyDetector } from './detector.ts';
import type { RecordedFinding } from './finding.ts';
import { normalize as normalizeText } from './normalize.ts';
import type { NormalizedText } from './normalized-text.ts';
import type { DetectorOutcome } from './outcome.ts';
import { route, type RouteInput } from './router.ts';
import { runDetector } from './run-detector.ts';
import type { ScanInput } from './scan-input.ts';
import type { Verdict } from './verdict.ts';
import { compilePolicy, type CompiledPolicy } from '../policy/compiled-policy.ts';
import { decide } from '../policy/decide.ts';
import type { PolicyContext } from '../policy/profile.ts';
import { DEFAULT_PROFILE_ID, PROFILES } from '../policy/profiles.ts';

export interface PipelineOptions {
  detectors: readonly AnyDetector[];
  clock?: Clock;
  /** The normalize stage; replaceable so bench can time the orchestration on its own. */
  normalize?: (original: string) => NormalizedText;
  /** Turn routing off to measure what it saves and what it misses (eval --compare-routing). */
  routing?: boolean;
}

export interface Pipeline {
  /** Never rejects for a valid input; an invalid input (unknown profile, bad policy) is an error. */
  scan(input: ScanInput): Promise<Result<Verdict>>;
  readonly detectors: readonly AnyDetector[];
}

function resolvePolicy(profile: ScanInput['profile']): Result<CompiledPolicy> {
  if (profile === undefined) return compilePolicy(PROFILES[DEFAULT_PROFILE_ID]!);
  if (typeof profile === 'string') {
    const builtIn = Object.prototype.hasOwnProperty.call(PROFILES, profile) ? PROFILES[profile] : undefined;
    return builtIn ? compilePolicy(builtIn) : err(`unknown profile "${profile}"`);
  }
  return compilePolicy(profile);
}

const collectFindings = (outcomes: readonly DetectorOutcome[]): RecordedFinding[] =>
  outcomes.flatMap((outcome) => (outcome.status === 'ok' && !outcome.shadow ? outcome.findings : []));

/**
 * scan(input) → Verdict: normalize → gate (cheap detectors) → route → costly detectors → decide.
 * Built once with its detectors; keeps per-detector circuit breakers across scans.
 *
 * Stage latencies: `gate` is the time of the cheap detectors; `route` is the preliminary decision
 * on the gate's findings that the router needs (zero when no costly detector is registered);
 * `detectors` is the time of the costly detectors that ran.
 */
export function createPipeline(options: PipelineOptions): Pipeline {
  const clock = options.clock ?? monotonicClock;
  const routing = options.routing ?? true;
  const normalize = options.normalize ?? normalizeText;
  const breakers = new CircuitBreakers(clock);
  const detectors = options.detectors.map(chunked);
  const gateDetectors = detectors.filter((d) => d.meta.cost === 'cheap');
  const costlyDetectors = detectors.filter((d) => d.meta.cost === 'costly');

  async function runStage(
    detectors: readonly AnyDetector[],
    stage: 'gate' | 'costly',
    routeInput: RouteInput,
    context: Parameters<typeof runDetector>[1],
    policy: CompiledPolicy,
  ): Promise<DetectorOutcome[]> {
    const pending: Array<DetectorOutcome | Promise<DetectorOutcome>> = [];
    for (const detector of detectors) {
      const { meta } = detector;
      const shadow = policy.shadow.has(meta.id);
      const decision = route(detector, routeInput, routing ? stage : 'gate');
      if (!decision.run) {
        pending.push({ detectorId: meta.id, version: meta.version, shadow, status: 'skipped', reason: decision.reason });
        continue;
      }
      const settings = { timeoutMs: policy.profile.detectorTimeoutMs, shadow, breaker: policy.profile.breaker };
      pending.push(runDetector(detector, context, settings, breakers, clock));
    }
    return Promise.all(pending);
  }

  async function scan(input: ScanInput): Promise<Result<Verdict>> {
    const started = clock();
    if (typeof input?.text !== 'string') return err('text must be a string');
    if (input.text.length > MAX_SCAN_CHARS) {
      return err(`text is ${input.text.length} characters; Rampart scans at most ${MAX_SCAN_CHARS}`);
    }
    if (input.direction !== 'inbound' && input.direction !== 'outbound') {
      return err('direction must be "inbound" or "outbound"');
    }
    const resolved = resolvePolicy(input.profile);
    if (!resolved.ok) return resolved;
    const policy = resolved.value;
    const site = input.site ?? 'unknown';
    const policyContext: PolicyContext = {
      site,
      direction: input.direction,
      profile: policy.profile.id,
      tier: input.tier ?? 'standard',
      chars: input.text.length,
    };

    const text = normalize(input.text);
    const normalized = clock();

    const context = { text, direction: input.direction, site, profileId: policy.profile.id, maxScanChars: policy.profile.maxScanChars, gateFindings: [] };
    const routeInput: RouteInput = {
      direction: input.direction,
      textLength: input.text.length,
      policy,
      gateAction: 'allow',
      elapsedMs: 0,
      breakerAllows: (id) => breakers.allow(id, policy.profile.breaker),
    };
    const gateOutcomes = gateDetectors.length ? await runStage(gateDetectors, 'gate', routeInput, context, policy) : [];
    const gated = clock();

    let outcomes = gateOutcomes;
    let routedAt = gated;
    let detected = gated;
    if (costlyDetectors.length) {
      const gateFindings = collectFindings(gateOutcomes);
      routeInput.gateAction = decide(input.text, gateFindings, gateOutcomes, policy, policyContext).action;
      routeInput.elapsedMs = gated - started;
      routedAt = clock();
      const costly = await runStage(costlyDetectors, 'costly', routeInput, { ...context, gateFindings }, policy);
      outcomes = [...gateOutcomes, ...costly];
      detected = clock();
    }

    const findings = collectFindings(outcomes);
    const decision = decide(input.text, findings, outcomes, policy, policyContext);
    const decided = clock();
    return ok({
      action: decision.action,
      direction: input.direction,
      profileId: policy.profile.id,
      risk: decision.risk,
      reasons: decision.reasons,
      findings,
      outcomes,
      redactions: decision.redactions,
      policyVersion: policy.version,
      latencyMs: {
        normalize: normalized - started,
        gate: gated - normalized,
        route: routedAt - gated,
        detectors: detected - routedAt,
        decide: decided - detected,
        total: decided - started,
      },
      fromCache: false,
    });
  }

  return { scan, detectors: options.detectors };
}
