import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { createOrtEngine } from '../adapters/ort/ort-engine.ts';
import type { AnyDetector } from '../core/detector.ts';
import { createModelDetectors } from '../detectors/model-detectors.ts';
import { validateManifest, type ModelManifest } from '../models/manifest.ts';
import { ModelProvider } from '../models/model-provider.ts';
import { ruleDetectors } from '../detectors/rule-detectors.ts';
import { RegistrySnapshotProvider } from '../packages/registry-snapshot-provider.ts';
import { MANIFEST_PATH, MODELS_DIR, REGISTRY_SNAPSHOT_PATH } from './models-dir.ts';

// One thread, as in the service worker: the CLI measures what the extension will do.
ort.env.wasm.numThreads = 1;

/** The models of models/manifest.json, read from disk and run by onnxruntime-web's WASM backend in Node. */
export async function nodeModelProvider(manifestPath = MANIFEST_PATH, modelsDir = MODELS_DIR): Promise<ModelProvider> {
  return providerFor(await readManifest(manifestPath), modelsDir);
}

async function readManifest(manifestPath: string): Promise<ModelManifest> {
  try {
    const parsed = validateManifest(JSON.parse(await readFile(manifestPath, 'utf8')));
    if (parsed.ok) return parsed.value;
  } catch {
    // No manifest: no models; the scan runs rules-only (the detectors list says so).
  }
  return { schema: 1, models: {} };
}

function providerFor(manifest: ModelManifest, modelsDir: string): ModelProvider {
  return new ModelProvider(manifest, async (file) => new Uint8Array(await readFile(join(modelsDir, file))), createOrtEngine(ort));
}

/** The registry snapshot package-check looks names up in, read from disk (built by `npm run build:registry`). */
const diskRegistry = () => new RegistrySnapshotProvider(async () => new Uint8Array(await readFile(REGISTRY_SNAPSHOT_PATH)));

/**
 * The CLI's detectors: the rule detectors, plus the models unless `rulesOnly`. `activeVersions`
 * swaps a model's active version (`{ 'prompt-attack': '2' }`) — how eval compares versions.
 */
export async function cliDetectors(rulesOnly = false, activeVersions: Record<string, string> = {}): Promise<AnyDetector[]> {
  if (rulesOnly) return ruleDetectors(diskRegistry());
  const manifest = await readManifest(MANIFEST_PATH);
  for (const [id, version] of Object.entries(activeVersions)) {
    const entry = manifest.models[id];
    if (!entry || !entry.versions.some((candidate) => candidate.version === version)) {
      throw new Error(`model ${id} has no version ${version} in the manifest`);
    }
    manifest.models[id] = { active: version, versions: entry.versions };
  }
  return [...ruleDetectors(diskRegistry()), ...createModelDetectors(providerFor(manifest, MODELS_DIR))];
}
