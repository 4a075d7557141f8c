import * as ort from 'onnxruntime-web/wasm';
import { browser } from 'wxt/browser';
import manifestJson from '../../../models/manifest.json';
import { validateManifest, type ModelManifest } from '../../models/manifest.ts';
import { ModelProvider, type InferenceEngine } from '../../models/model-provider.ts';
import { RegistrySnapshotProvider } from '../../packages/registry-snapshot-provider.ts';
import { createOrtEngine } from '../ort/ort-engine.ts';
import { hasOffscreenDocuments, offscreenSessionHost } from './offscreen-sessions.ts';

/** Where the build puts the ONNX runtime's WASM binary and the model files (wxt.config.ts copies them). */
export const ORT_WASM_PATH = '/ort/ort-wasm-simd-threaded.wasm';
export const MODELS_PATH = '/models/';

const extensionUrl = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

/**
 * The bundled models, run by onnxruntime-web in Chrome's offscreen document (measured: a stopped
 * and restarted service worker then answers in ~0.2–0.3 s instead of ~0.7 s, because the runtime
 * and the sessions were not lost with it) or in Firefox's event page. Per
 * ../shared/PLATFORM-NOTES.md: one thread, and the WASM path given as an object (a string prefix
 * makes ORT call `import()`, which service workers forbid). Nothing is loaded here: sessions are
 * created on the first scan that needs them, and a model that cannot load is reported as
 * `failed(model-unavailable)` while the rules carry on.
 */
export function extensionModelProvider(manifest: ModelManifest = bundledManifest()): ModelProvider {
  // Chrome: the sessions live in the offscreen document and outlast the service worker; Firefox's
  // event page runs them itself.
  return new ModelProvider(manifest, packagedModelFile, hasOffscreenDocuments() ? offscreenSessionHost() : extensionOrtEngine());
}

/** onnxruntime-web configured for an extension context (one thread, the packaged WASM file). */
export function extensionOrtEngine(): InferenceEngine {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = { wasm: extensionUrl(ORT_WASM_PATH) };
  return createOrtEngine(ort);
}

export function bundledManifest(): ModelManifest {
  const manifest = validateManifest(manifestJson);
  if (!manifest.ok) console.error('Rampart: bundled model manifest is invalid; running rules-only.');
  return manifest.ok ? manifest.value : { schema: 1, models: {} };
}

export const packagedModelFile = (file: string): Promise<Uint8Array> => packagedFile(`${MODELS_PATH}${file}`);

/** The extension's own packaged file: not a network request. */
async function packagedFile(path: string): Promise<Uint8Array> {
  const response = await fetch(extensionUrl(path));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Where the build puts package-check's registry snapshot (public/registry/, see build:registry). */
export const REGISTRY_SNAPSHOT_URL_PATH = '/registry/package-names.bin';

/** package-check's registry snapshot, fetched from the package on the first reply that names a package. */
export const extensionRegistryProvider = (): RegistrySnapshotProvider =>
  new RegistrySnapshotProvider(() => packagedFile(REGISTRY_SNAPSHOT_URL_PATH));
