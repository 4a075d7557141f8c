import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's models/ folder (resolved from this file, not the cwd). */
export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../models');
export const MANIFEST_PATH = resolve(MODELS_DIR, 'manifest.json');

/** The package-name registry snapshot (public/registry/, built by `npm run build:registry`). */
export const REGISTRY_SNAPSHOT_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/registry/package-names.bin');
