import type { Category } from '../core/category.ts';
import { findings, type Detector, type DetectorContext, type DetectorMeta, type DetectorReport } from '../core/detector.ts';
import type { Finding, Severity } from '../core/finding.ts';
import { modelText } from '../models/featurize.ts';
import { attackProbability, type NeighbourEvidence } from '../vector/attack-score.ts';
import type { Embedder } from '../vector/embedder.ts';
import { EXEMPLAR_FAMILIES, FAMILY_CATEGORY, type AttackFamily } from '../vector/exemplar-family.ts';
import type { ExemplarIndex } from '../vector/exemplar-index.ts';
import type { FeedbackRecord } from '../vector/feedback-store.ts';
import { searchExemplars } from '../vector/nearest-exemplars.ts';
import { TopK } from '../vector/top-k.ts';
import { dot, l2Normalized } from '../vector/vector-math.ts';

/** A value, or how to load it (lazily, once; a failed load is tried again on the next scan). */
export type Lazy<T> = T | (() => Promise<T>);

export interface VectorGuardOptions {
  embedder: Lazy<Embedder>;
  index: Lazy<ExemplarIndex>;
  /** The local exemplars (FeedbackStore satisfies this); none when omitted. */
  feedback?: { list(): Promise<readonly FeedbackRecord[]> };
  /** Findings below this probability are not reported (they would only add noise to the noisy-OR). */
  minScore?: number;
  /** Characters the embedder sees at once; longer texts are scanned window by window. */
  window?: { chars: number; overlapChars: number };
  /** Texts longer than this are skipped (reason `size`): bounds the number of windows embedded. */
  maxChars?: number;
  /** Typical milliseconds per 2,000-character window (embedding + search), for the router. */
  expectedMs?: number;
  /** Ceiling above the profile's detector timeout, for the first run that loads model and index. */
  timeoutMs?: number;
  /**
   * Score given to a text that is a near-duplicate of something the user reported as an attack,
   * when the bundled calibration alone scores it lower: the user's own label is the best evidence
   * about their own traffic. Below standard's block threshold (0.9) so that one click cannot make
   * a text unsendable; it warns there and blocks in strict.
   */
  feedbackAttackScore?: number;
  /**
   * Told what went wrong where the report cannot say it: why the model or the index cannot be
   * used (a load error, an index built for another embedder; the report carries only the code),
   * or that the local feedback could not be read (the scan then goes on with the bundled index
   * alone). For the background's model status and logs; never given any scanned text.
   */
  onProblem?: (reason: string) => void;
}

/**
 * An `anomalous` finding (high score without any close known attack) is capped here, as the
 * prompt-attack rules with little evidence are: it may warn, but it does not block in `standard`
 * on its own.
 */
const ANOMALY_SCORE_CAP = 0.85;
const DEFAULT_WINDOW = { chars: 2_000, overlapChars: 200 };

const MESSAGES = {
  'near-known-attack': 'Very similar to a known attack (or to a text you reported as one).',
  anomalous: 'Unlike the texts people normally send and closer to known attacks than to them.',
} as const;

export function vectorGuardMeta(options: Pick<VectorGuardOptions, 'window' | 'maxChars' | 'expectedMs' | 'timeoutMs'> = {}): DetectorMeta {
  return {
    id: 'vector-guard',
    description:
      'Embedding similarity to a bundled index of known attack exemplars (jailbreaks, injections, exfiltration…) plus a k-NN density score against a benign reference set, combined into one calibrated probability. Catches paraphrases and near-duplicates of known attacks that no rule phrase matches. Learns locally from user feedback ("this was an attack" / "this was fine"); nothing leaves the machine.',
    version: '1.0.0',
    directions: ['inbound'],
    categories: ['prompt-attack', 'exfiltration', 'content-safety', 'code-intent'],
    cost: 'costly',
    expectedMs: options.expectedMs ?? 2,
    maxChars: options.maxChars ?? 20_000,
    window: options.window ?? DEFAULT_WINDOW,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    defaultOptions: {},
    messages: MESSAGES,
  };
}

const UNAVAILABLE: DetectorReport = { status: 'failed', code: 'model-unavailable' };

type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

function lazy<T>(source: Lazy<T>, what: string): () => Promise<Loaded<T>> {
  if (typeof source !== 'function') return () => Promise.resolve({ ok: true, value: source });
  let pending: Promise<Loaded<T>> | undefined;
  return () => {
    // The promise is kept while loading, so scans during a slow first load share it (and one that
    // timed out leaves the load running for the next scan); a failure is forgotten, to be retried
    // on a later scan (the circuit breaker spaces those out).
    pending ??= (source as () => Promise<T>)().then(
      (value): Loaded<T> => ({ ok: true, value }),
      (cause: unknown): Loaded<T> => {
        pending = undefined;
        return { ok: false, reason: `could not load the ${what}: ${cause instanceof Error ? cause.message : String(cause)}`.slice(0, 300) };
      },
    );
    return pending;
  };
}

const severityOf = (score: number): Severity => (score >= 0.9 ? 'high' : score >= 0.6 ? 'medium' : 'low');

/** What the bundled index and the user's feedback say about one text's neighbourhood. */
interface Neighbourhood extends NeighbourEvidence {
  /** Category of the nearest attack exemplar. */
  attackCategory: Category;
  attackFromFeedback: boolean;
  /** Cosine to the nearest text the user said was fine (−1 when none). */
  fineSimilarity: number;
}

function neighbourhood(index: ExemplarIndex, query: Float32Array, feedback: readonly FeedbackRecord[], embedderId: string): Neighbourhood {
  const k = index.calibration.benignNeighbours;
  const found = searchExemplars(index, query, { attack: 1, benign: k });
  const nearestAttack = found.attack[0];
  let attackSimilarity = nearestAttack?.similarity ?? -1;
  let attackCategory: Category = nearestAttack
    ? FAMILY_CATEGORY[EXEMPLAR_FAMILIES[index.families[nearestAttack.row]!] as AttackFamily]
    : 'prompt-attack';
  let attackFromFeedback = false;
  let fineSimilarity = -1;
  // The user's 'fine' texts are benign traffic too: they join the density estimate.
  const benign = new TopK(k);
  found.benign.forEach((neighbour, i) => benign.offer(i, neighbour.similarity));
  feedback.forEach((record, i) => {
    if (record.embedderId !== embedderId || record.vector.length !== query.length) return;
    const similarity = dot(record.vector, query);
    if (record.label === 'fine') {
      fineSimilarity = Math.max(fineSimilarity, similarity);
      benign.offer(k + i, similarity);
    } else if (similarity > attackSimilarity) {
      attackSimilarity = similarity;
      attackCategory = 'prompt-attack';
      attackFromFeedback = true;
    }
  });
  const density = benign.items.length ? benign.items.reduce((sum, n) => sum + n.similarity, 0) / benign.items.length : -1;
  return { attackSimilarity, benignDensity: density, attackCategory, attackFromFeedback, fineSimilarity };
}

/**
 * vector-guard: nearest-neighbour similarity to known attack exemplars and density against benign
 * traffic, scored by the logistic calibration carried in the index (lib/vector/attack-score.ts;
 * vector-guard.md explains the formula). The embedder and index are injected — loaded lazily when
 * given as functions — so the detector runs the same with the shipped ONNX model, a model pack or
 * a test's fake. A missing or mismatched model or index is reported as `failed(model-unavailable)`
 * (the policy's onDetectorFailure decides what that means), never as "clean".
 */
export function createVectorGuard(options: VectorGuardOptions): Detector {
  const meta = vectorGuardMeta(options);
  const loadEmbedder = lazy(options.embedder, 'embedding model');
  const loadIndex = lazy(options.index, 'exemplar index');
  const minScore = options.minScore ?? 0.5;
  const feedbackAttackScore = options.feedbackAttackScore ?? 0.8;
  const windowChars = meta.window!.chars;

  async function run({ text, signal }: DetectorContext): Promise<DetectorReport> {
    // The reading the models read (decoded layers, look-alikes folded): Morse or base64 is
    // compared by what it says, not by looking like the encoded attacks in the index.
    const reading = modelText(text, windowChars);
    if (reading === '') return findings([]);
    const [loadedEmbedder, loadedIndex] = await Promise.all([loadEmbedder(), loadIndex()]);
    const unavailable = (reason: string): DetectorReport => {
      options.onProblem?.(`vector-guard: ${reason}`);
      return UNAVAILABLE;
    };
    if (!loadedEmbedder.ok) return unavailable(loadedEmbedder.reason);
    if (!loadedIndex.ok) return unavailable(loadedIndex.reason);
    const [embedder, index] = [loadedEmbedder.value, loadedIndex.value];
    if (embedder.id !== index.embedderId || embedder.dims !== index.dims) {
      return unavailable(
        `the index was built with ${index.embedderId} (${index.dims} dims) but the model is ${embedder.id} (${embedder.dims} dims)`,
      );
    }
    const embedded = await embedder.embed(reading, signal);
    if (!(embedded instanceof Float32Array) || embedded.length !== embedder.dims || !embedded.every(Number.isFinite)) {
      throw new Error(`vector-guard: the embedder returned something other than ${embedder.dims} finite numbers`);
    }
    const query = l2Normalized(embedded);
    if (!query) return findings([]); // no features at all (e.g. only punctuation): nothing to compare
    let feedback: readonly FeedbackRecord[] = [];
    try {
      feedback = (await options.feedback?.list()) ?? [];
    } catch (cause) {
      // The bundled index still works: a broken feedback database must not switch the detector off.
      options.onProblem?.(`vector-guard: local feedback could not be read (${cause instanceof Error ? cause.message : String(cause)})`);
    }

    const near = neighbourhood(index, query, feedback, embedder.id);
    const { nearAttackSimilarity } = index.calibration;
    const isNearAttack = near.attackSimilarity >= nearAttackSimilarity;
    // "This was fine": a text at least as close to something the user accepted as to any attack,
    // and a near-duplicate of it, is not this detector's business any more.
    if (near.fineSimilarity >= nearAttackSimilarity && near.fineSimilarity >= near.attackSimilarity) return findings([]);

    let score = attackProbability(near, index.calibration);
    if (isNearAttack && near.attackFromFeedback) score = Math.max(score, feedbackAttackScore);
    if (!isNearAttack) score = Math.min(score, ANOMALY_SCORE_CAP);
    if (score < minScore) return findings([]);
    const rule: keyof typeof MESSAGES = isNearAttack ? 'near-known-attack' : 'anomalous';
    const finding: Finding = {
      ruleId: `${meta.id}/${rule}`,
      category: isNearAttack ? near.attackCategory : 'prompt-attack',
      severity: severityOf(score),
      score,
      // The whole text (or window): the judgement is about all of it, and a window's span shows
      // which part of a long paste looked like an attack.
      spans: [{ start: 0, end: text.original.length }],
    };
    return findings([finding]);
  }

  return { meta, run };
}
