import * as ort from 'onnxruntime-web/wasm';
import { browser } from 'wxt/browser';
import manifestJson from '../../../models/manifest.json';
import { validateManifest } from '../../models/manifest.ts';
import { ModelProvider } from '../../models/model-provider.ts';
import { RegistrySnapshotProvider } from '../../packages/registry-snapshot-provider.ts';
import { createOrtEngine } from '../ort/ort-engine.ts';

/** Where the build puts the ONNX runtime's WASM binary and the model files (wxt.config.ts copies them). */
export const ORT_WASM_PATH = '/ort/ort-wasm-simd-threaded.wasm';
export const MODELS_PATH = '/models/';

const extensionUrl = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

/**
 * The bundled models, run by onnxruntime-web in the service worker / event page. Per
 * ../shared/PLATFORM-NOTES.md: one thread, and the WASM path given as an object (a string prefix
 * makes ORT call `import()`, which service workers forbid). Nothing is loaded here: sessions are
 * created on the first scan that needs them, and a model that cannot load is reported as
 * `failed(model-unavailable)` while the rules carry on.
 */
export function extensionModelProvider(): ModelProvider {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = { wasm: extensionUrl(ORT_WASM_PATH) };
  const manifest = validateManifest(manifestJson);
  if (!manifest.ok) console.error('Rampart: bundled model manifest is invalid; running rules-only.');
  return new ModelProvider(
    manifest.ok ? manifest.value : { schema: 1, models: {} },
    (file) => packagedFile(`${MODELS_PATH}${file}`),
    createOrtEngine(ort),
  );
}

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
