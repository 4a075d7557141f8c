import type { AnyDetector, DetectorMeta, DetectorReport } from '../core/detector.ts';
import type { Finding, Severity } from '../core/finding.ts';
import { payloadReading } from '../models/featurize.ts';
import type { ModelProvider, ModelRole } from '../models/model-provider.ts';

/** Model findings below this calibrated probability are not reported (they would only be noise). */
export const DEFAULT_REPORT_FLOOR = 0.3;

/**
 * How long a model detector may take: enough for the first run after a service-worker wake, which
 * reads the file, checks its hash and creates the ONNX session (420–690 ms measured in Chromium).
 */
export const MODEL_TIMEOUT_MS = 3_000;

export interface ModelDetectorOptions {
  reportFloor: number;
}

/**
 * What every model detector shares: costly (the router decides), about a millisecond per
 * 2,048-character window once loaded, longer texts read window by window.
 */
export const MODEL_META_DEFAULTS = {
  cost: 'costly',
  expectedMs: 1,
  maxChars: 200_000,
  window: { chars: 2_048, overlapChars: 256 },
  defaultOptions: { reportFloor: DEFAULT_REPORT_FLOOR },
} as const satisfies Partial<DetectorMeta<ModelDetectorOptions>>;

/** A detector backed by one of Rampart's models: its meta, and how scores become findings. */
export interface ModelDetectorDefinition {
  modelId: string;
  meta: Omit<DetectorMeta<ModelDetectorOptions>, 'version' | 'candidate' | 'timeoutMs'>;
  /**
   * The rule (without the detector prefix) a score vector is reported as, and its score; the
   * first output is the model's headline probability.
   */
  classify(scores: Float32Array, outputs: readonly string[]): { rule: string; score: number };
}

const severityOf = (score: number): Severity => (score >= 0.9 ? 'high' : score >= 0.6 ? 'medium' : 'low');

/** The name of the highest-scoring output among `names` (ties: the first). */
export function strongestOutput(scores: Float32Array, outputs: readonly string[], names: readonly string[]): string {
  let best = names[0]!;
  let bestScore = -1;
  for (const name of names) {
    const index = outputs.indexOf(name);
    if (index >= 0 && scores[index]! > bestScore) {
      best = name;
      bestScore = scores[index]!;
    }
  }
  return best;
}

/**
 * Builds the detector that runs `role`'s version of a model. The candidate (shadow) version gets
 * its own id (`<id>-candidate`) so both can run in one scan and be compared in eval. Returns
 * undefined when the manifest has no such version.
 */
export function createModelDetector(
  definition: ModelDetectorDefinition,
  provider: ModelProvider,
  role: ModelRole = 'active',
): AnyDetector | undefined {
  const version = provider.versionFor(definition.modelId, role);
  if (!version) return undefined;
  const id = role === 'active' ? definition.meta.id : `${definition.meta.id}-candidate`;
  const meta: DetectorMeta<ModelDetectorOptions> = {
    ...definition.meta,
    id,
    version: `${definition.modelId}@${version.version}`,
    timeoutMs: MODEL_TIMEOUT_MS,
    ...(role === 'shadow' ? { candidate: true } : {}),
  };
  return {
    meta,
    async run(context): Promise<DetectorReport> {
      const model = await provider.load(definition.modelId, role);
      if (!model.ok) return { status: 'failed', code: 'model-unavailable' };
      let { scores } = await model.value.infer(context.text);
      // An encoded payload beside other text is also read on its own; each output keeps the higher score.
      const payload = payloadReading(context.text, model.value.version.featurizer.maxChars);
      if (payload !== undefined) {
        const payloadScores = (await model.value.infer(payload)).scores;
        scores = scores.map((score, k) => Math.max(score, payloadScores[k] ?? 0));
      }
      const { rule, score } = definition.classify(scores, model.value.version.outputs);
      if (!(score >= context.options.reportFloor)) return { status: 'ok', findings: [] };
      const finding: Finding = {
        ruleId: `${id}/${rule}`,
        category: definition.meta.categories[0]!,
        severity: severityOf(score),
        score: Math.min(1, Math.max(0, score)),
        spans: [{ start: 0, end: context.text.original.length }],
      };
      return { status: 'ok', findings: [finding] };
    },
  };
}
