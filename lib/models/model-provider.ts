import type { NormalizedText } from '../core/normalized-text.ts';
import { err, ok, type Result } from '../core/result.ts';
import { serialQueue } from '../core/serial-queue.ts';
import { featurize, type Features } from './featurize.ts';
import { versionOf, type ModelManifest, type ModelVersion } from './manifest.ts';

export interface ModelOutput {
  /** Calibrated probabilities, one per `ModelVersion.outputs` name. */
  scores: Float32Array;
  /** The hidden layer, L2-normalised (VectorGuard and the semantic cache compare these). */
  embedding: Float32Array;
}

/** One loaded ONNX session (lib/adapters/ort/ort-engine.ts implements it with onnxruntime). */
export interface ModelSession {
  run(features: Features): Promise<{ scores: Float32Array; embedding: Float32Array }>;
}

export interface InferenceEngine {
  createSession(bytes: Uint8Array): Promise<ModelSession>;
}

/**
 * Sessions that live somewhere else and outlast this process: Chrome's offscreen document keeps
 * the models loaded while the service worker is stopped and started again
 * (lib/adapters/background/offscreen-sessions.ts). It reads and verifies the files itself.
 */
export interface SessionHost {
  open(version: ModelVersion): Promise<ModelSession>;
}

/** Reads a model file named in the manifest (fs in Node, the extension's own URL in a browser). */
export type ModelBytesSource = (file: string) => Promise<Uint8Array>;

export type ModelState = 'not-loaded' | 'loading' | 'ready' | 'unavailable';

export interface ModelStatus {
  id: string;
  version: string;
  role: 'active' | 'shadow';
  state: ModelState;
  /** Why it is unavailable (never includes any scanned text). */
  reason?: string;
  /** Milliseconds from first request to a usable session (cold start). */
  loadMs?: number;
}

export interface LoadedModel {
  version: ModelVersion;
  infer(text: NormalizedText | string): Promise<ModelOutput>;
}

export type ModelRole = 'active' | 'shadow';

function l2Normalised(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  return norm > 0 ? vector.map((value) => value / norm) : vector;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A manifest asset's bytes, refused unless their size and SHA-256 are the manifest's. */
export async function verifiedAsset(source: ModelBytesSource, asset: { file: string; bytes: number; sha256: string }): Promise<Uint8Array> {
  const bytes = await source(asset.file);
  if (bytes.byteLength !== asset.bytes) throw new Error(`size ${bytes.byteLength} ≠ manifest ${asset.bytes}`);
  if ((await sha256Hex(bytes)) !== asset.sha256) throw new Error('SHA-256 does not match the manifest');
  return bytes;
}

/**
 * Loads models lazily (one session per model version, created on first use — never at start-up, so
 * a service-worker wake stays cheap), refuses a file whose SHA-256 is not the manifest's, and
 * queues inference per session (a WASM session runs one request at a time). A model that cannot
 * load stays `unavailable` with its reason; callers degrade to rules-only.
 */
export class ModelProvider {
  private readonly loads = new Map<string, Promise<Result<LoadedModel>>>();
  private readonly statuses = new Map<string, ModelStatus>();

  constructor(
    private readonly manifest: ModelManifest,
    private readonly source: ModelBytesSource,
    /** Creates sessions here from verified bytes, or a host that keeps them elsewhere. */
    private readonly engine: InferenceEngine | SessionHost,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The version a role runs, or undefined (no such model, or no shadow configured). */
  versionFor(id: string, role: ModelRole): ModelVersion | undefined {
    const entry = this.manifest.models[id];
    if (!entry) return undefined;
    const name = role === 'active' ? entry.active : entry.shadow;
    return name === undefined ? undefined : versionOf(entry, name);
  }

  status(): ModelStatus[] {
    const all: ModelStatus[] = [];
    for (const [id, entry] of Object.entries(this.manifest.models)) {
      for (const role of ['active', 'shadow'] as const) {
        const version = role === 'active' ? entry.active : entry.shadow;
        if (version === undefined) continue;
        all.push(this.statuses.get(`${id}@${version}`) ?? { id, version, role, state: 'not-loaded' });
      }
    }
    return all;
  }

  load(id: string, role: ModelRole = 'active'): Promise<Result<LoadedModel>> {
    const version = this.versionFor(id, role);
    if (!version) return Promise.resolve(err(`no ${role} version of model ${id} in the manifest`));
    const key = `${id}@${version.version}`;
    let pending = this.loads.get(key);
    if (!pending) {
      pending = this.open(id, role, version);
      this.loads.set(key, pending);
      // A failed load is forgotten, so a later scan tries again (a transient read error must not
      // leave the model off until the service worker restarts); the circuit breaker spaces the
      // retries out.
      void pending.then((loaded) => {
        if (!loaded.ok) this.loads.delete(key);
      });
    }
    return pending;
  }

  /** Loads every active model now (results land in `status()`); for a "the user is typing" hint. */
  warmUp(): void {
    for (const id of Object.keys(this.manifest.models)) void this.load(id, 'active');
  }

  /**
   * The bytes of the exemplar index that goes with `role`'s version of a model, checked against
   * the manifest's size and SHA-256 like a model file.
   */
  async loadExemplarIndex(id: string, role: ModelRole = 'active'): Promise<Result<Uint8Array>> {
    const asset = this.versionFor(id, role)?.exemplarIndex;
    if (!asset) return err(`model ${id} has no exemplar index in the manifest`);
    try {
      return ok(await verifiedAsset(this.source, asset));
    } catch (error) {
      return err(`${asset.file}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300));
    }
  }

  private async session(version: ModelVersion): Promise<ModelSession> {
    if ('open' in this.engine) return this.engine.open(version);
    return this.engine.createSession(await verifiedAsset(this.source, version));
  }

  private async open(id: string, role: ModelRole, version: ModelVersion): Promise<Result<LoadedModel>> {
    const key = `${id}@${version.version}`;
    const started = this.clock();
    const record = (state: ModelState, reason?: string) =>
      this.statuses.set(key, {
        id,
        version: version.version,
        role,
        state,
        ...(reason === undefined ? {} : { reason }),
        ...(state === 'ready' ? { loadMs: this.clock() - started } : {}),
      });
    record('loading');
    let session: ModelSession;
    try {
      session = await this.session(version);
    } catch (error) {
      const reason = `${version.file}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
      record('unavailable', reason);
      return err(reason);
    }
    record('ready');

    const enqueue = serialQueue();
    const infer = (text: NormalizedText | string): Promise<ModelOutput> => {
      const features = featurize(text, version.featurizer);
      return enqueue(async () => {
        const output = await session.run(features);
        return { scores: output.scores, embedding: l2Normalised(output.embedding) };
      });
    };
    return ok({ version, infer });
  }
}
